/**
 * Schemas shared by routes. Each is at once the validation, the TypeScript type (`Static`) and
 * the documentation in `/openapi.json` (docs/api.md).
 */
import { Type, type Static, type TSchema, type TUnsafe } from 'typebox';
import { ErrorDetailsSchema, type ErrorCode } from '../core/errors.ts';
import { HTTP_STATUS } from './status.ts';

/** Schemas named once in the document's `components` and referred to from operations. */
export const SHARED_SCHEMAS: { $id: string }[] = [];

function shared<T extends TSchema>(id: string, schema: T): TUnsafe<Static<T>> {
  SHARED_SCHEMAS.push({ ...schema, $id: id });
  return Type.Unsafe<Static<T>>({ $ref: `${id}#` });
}

export const Locale = Type.String({ maxLength: 35, description: 'A language tag (`en`, `zh-Hans`, `zh-Hant`); else Accept-Language decides.' });
export const ClientTime = Type.String({ format: 'date-time', maxLength: 40, description: 'The device clock, for the `clock_skew` hint.' });
/**
 * A password: no maxLength here, so that a long one gets the length rule's own answer,
 * `password_invalid` (422), from its flow or from the edge (http/edge-input.ts), which finds password
 * fields by this format; the body limit (64 KiB) bounds what is read.
 */
export const Password = Type.String({
  format: 'password',
  description: "Its length is the password policy's (`password.minLength`–`password.maxLength`); outside it, `password_invalid`.",
});
export const Pow = Type.String({
  minLength: 1,
  maxLength: 4096,
  description: 'The ALTCHA widget payload (base64 JSON) solving a `challenge_required` challenge.',
});
export const Phone = Type.String({ minLength: 1, maxLength: 64, description: 'The number as typed: E.164 (`+86…`), or national digits with `country`.' });
export const Country = Type.String({ minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2 region for national digits.' });
export const Code = Type.String({ minLength: 1, maxLength: 16, description: 'The code from the SMS.' });
export const DeviceToken = Type.String({ maxLength: 128, description: 'The token of a device this account has verified before.' });
export const DeviceName = Type.String({ minLength: 1, maxLength: 100 });
export const DateTime = Type.String({ format: 'date-time' });
/** A WebAuthn response from the browser, passed to @simplewebauthn/server as it is. */
export const WebAuthnCredential = Type.Record(Type.String(), Type.Unknown(), { description: 'The WebAuthn credential the browser returned (JSON).' });
/** WebAuthn options for `navigator.credentials` (JSON), as @simplewebauthn/server makes them. */
export const WebAuthnOptions = Type.Unsafe<object>({ type: 'object', additionalProperties: true, description: 'WebAuthn options for the browser (JSON).' });

export const FlowId = Type.Object({
  // No maxLength: a malformed id is `flow_not_found` (docs/errors.md); the router bounds its length.
  id: Type.String(),
});
export const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

export const Hint = shared(
  'Hint',
  Type.Object(
    {
      code: Type.Literal('clock_skew'),
      skewSeconds: Type.Integer({ description: 'How far the device clock is off (positive: ahead).' }),
    },
    { description: 'Advice beside an answer: the device clock is more than 5 minutes off.' },
  ),
);
export const Hints = Type.Array(Hint);

export const PhoneView = shared(
  'Phone',
  Type.Object({
    e164: Type.String({ description: 'E.164, e.g. `+8613800138000`.' }),
    region: Type.String({ description: 'ISO 3166-1 alpha-2.' }),
    masked: Type.String({ description: 'For display: `+86 138****8000`.' }),
  }),
);

export const FlowState = Type.Union([Type.Literal('code_sent'), Type.Literal('verified'), Type.Literal('completed'), Type.Literal('cancelled')]);
export const DeliveryStatus = Type.Union([Type.Literal('queued'), Type.Literal('sent'), Type.Literal('delivered'), Type.Literal('failed')]);

const codeSentFields = {
  id: Type.String(),
  phone: PhoneView,
  state: FlowState,
  expiresAt: DateTime,
  resendAt: DateTime,
  code: Type.Object({ length: Type.Integer(), ttlSeconds: Type.Integer() }),
};

/** A code sent for a login or recovery: the same answer whether or not the number has an account. */
export const CodeSent = Type.Object(codeSentFields);

/** A registration flow: its state and the SMS delivery's. */
export const Flow = Type.Object({
  ...codeSentFields,
  sendsLeft: Type.Integer(),
  delivery: Type.Object({ status: DeliveryStatus }),
  hints: Type.Optional(Hints),
});

export const AccountStatus = Type.Union([Type.Literal('active'), Type.Literal('frozen'), Type.Literal('pending_deletion')]);

/** An account's public view, as its fields (for views that extend it). */
export const AccountFields = Type.Object({
  id: Type.String({ format: 'uuid' }),
  phone: Type.Union([PhoneView, Type.Null()]),
  region: Type.String(),
  handle: Type.String(),
  displayName: Type.Union([Type.String(), Type.Null()]),
  status: AccountStatus,
  trustLevel: Type.Integer(),
  createdAt: DateTime,
});

export const Account = shared('Account', AccountFields);

/** A session granted: the account, the session token and, for a newly verified device, its token. */
export const SessionGrant = shared(
  'SessionGrant',
  Type.Object({
    account: Account,
    session: Type.Object({
      token: Type.Optional(Type.String({ description: 'Absent when the session went into a cookie (`X-Tessera-Session: cookie`).' })),
      expiresAt: DateTime,
    }),
    deviceToken: Type.Optional(Type.String({ description: 'Present when this device was verified now; absent when it went into a cookie.' })),
    hints: Type.Optional(Hints),
  }),
);

/** An answer that is not JSON (a page, an asset, metrics text): its media types, each a string. */
export function TextBody(mediaTypes: readonly string[], description: string) {
  return Type.Unsafe<string>({ description, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string' } }])) });
}

/** A count in a query string: query values arrive as strings (type coercion is off), so the schema says digits. */
export const QueryLimit = Type.String({ pattern: '^[1-9][0-9]{0,2}$', description: 'how many, 1–500' });

export function limitOf(value: string | undefined, fallback: number, max: number): number {
  return value === undefined ? fallback : Math.min(Number(value), max);
}

const ErrorDetails = shared('ErrorDetails', ErrorDetailsSchema);

/** The one error envelope (http/envelope.ts), its `code` narrowed to the codes given. */
export function ErrorEnvelope(codes: readonly ErrorCode[]): TSchema {
  return Type.Object(
    {
      error: Type.Object({
        code: Type.Unsafe<ErrorCode>({ type: 'string', enum: [...codes] }),
        message: Type.String({ description: "In the request's language; for people, not for programs." }),
        details: ErrorDetails,
      }),
      hints: Type.Optional(Hints),
    },
    { description: `One of: ${codes.map((c) => `\`${c}\``).join(', ')} (docs/errors.md).` },
  );
}

/** The error responses of an operation: one per status, each listing the codes it can carry. */
export function errorResponses(codes: readonly ErrorCode[]): Record<number, TSchema> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const status = HTTP_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries([...byStatus].map(([status, list]) => [status, ErrorEnvelope(list)]));
}
