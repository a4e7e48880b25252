// The answers of the account's own export and entitlements (routes/lifecycle.ts).
import { Type, type TSchema } from 'typebox';
import { ENTITLEMENTS } from '../../trust/index.ts';
import { AccountFields, DateTime } from '../schemas.ts';

export const orNull = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** One verdict per gated feature: allowed, or why not (docs/accounts.md). */
const Verdict = Type.Union([
  Type.Object({ allowed: Type.Literal(true) }),
  Type.Object({ allowed: Type.Literal(false), reason: Type.Literal('frozen') }),
  Type.Object({ allowed: Type.Literal(false), reason: Type.Literal('trust_level_too_low'), requiredTrustLevel: Type.Integer() }),
  Type.Object({ allowed: Type.Literal(false), reason: Type.Literal('account_too_new'), availableAt: DateTime }),
]);
export const Entitlements = Type.Object(
  Object.fromEntries(ENTITLEMENTS.map((name) => [name, Verdict])) as Record<(typeof ENTITLEMENTS)[number], typeof Verdict>,
);

/** Everything held on the account (flows/export.ts): metadata only, never a hash, secret, code or token. */
export const AccountExport = Type.Object({
  exportedAt: DateTime,
  account: Type.Object({
    ...AccountFields.properties,
    phoneReleasedAt: orNull(DateTime),
    frozenAt: orNull(DateTime),
    deletionRequestedAt: orNull(DateTime),
    deletionScheduledFor: orNull(DateTime),
    passwordChangedAt: orNull(DateTime),
    handleChanges: Type.Integer(),
    handleChangedAt: orNull(DateTime),
    nextHandleChangeAt: orNull(DateTime),
  }),
  entitlements: Entitlements,
  devices: Type.Array(
    Type.Object({
      id: Type.String(),
      name: orNull(Type.String()),
      current: Type.Boolean(),
      createdAt: DateTime,
      lastSeenAt: DateTime,
      forgottenAt: orNull(DateTime),
    }),
  ),
  sessions: Type.Array(
    Type.Object({
      id: Type.String(),
      current: Type.Boolean(),
      deviceId: orNull(Type.String()),
      ip: orNull(Type.String()),
      createdAt: DateTime,
      lastSeenAt: DateTime,
      authenticatedAt: DateTime,
      authMethods: Type.Array(Type.String()),
      expiresAt: DateTime,
      revokedAt: orNull(DateTime),
    }),
  ),
  secondFactors: Type.Object({
    totp: Type.Union([
      Type.Object({ enabled: Type.Boolean(), createdAt: DateTime, confirmedAt: orNull(DateTime) }),
      Type.Object({ enabled: Type.Literal(false) }, { description: 'No TOTP was ever set up.' }),
    ]),
    passkeys: Type.Array(Type.Object({ id: Type.String(), name: orNull(Type.String()), createdAt: DateTime, lastUsedAt: orNull(DateTime) })),
    recoveryCodesRemaining: Type.Integer(),
  }),
  securityEvents: Type.Array(
    Type.Object({
      id: Type.String(),
      action: Type.String(),
      outcome: Type.Union([Type.Literal('success'), Type.Literal('failure'), Type.Literal('refused')]),
      actor: Type.String(),
      ip: orNull(Type.String()),
      deviceId: orNull(Type.String()),
      details: Type.Record(Type.String(), Type.Unknown()),
      createdAt: DateTime,
    }),
    { description: 'Newest first, at most 10,000.' },
  ),
  securityEventsTruncated: Type.Boolean(),
});
