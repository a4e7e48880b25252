import { publicAccount } from '../accounts/index.ts';
import type { SessionRecord } from '../sessions/index.ts';
import { computeEntitlements } from '../trust/index.ts';
import type { FlowDeps, RequestContext } from './deps.ts';
import { nextHandleChangeAt } from './handle-change.ts';
import { securityEventView, sessionAccount } from './security.ts';

/** The security log an export carries at most (newest first); older events stay in the audit log. */
const MAX_EVENTS = 10_000;

function iso(d: Date): string;
function iso(d: Date | null | undefined): string | null;
function iso(d: Date | null | undefined): string | null {
  return d ? d.toISOString() : null;
}

/**
 * GET /v1/me/export: everything held on the account, as JSON — the account, its devices and
 * sessions, its security events and its second factors' metadata. Never a hash, a secret, a code
 * or a token: the records are read column by column, not as whole rows.
 */
export async function exportAccount(deps: FlowDeps, session: SessionRecord, ctx: RequestContext) {
  const account = await sessionAccount(deps, session);
  const now = deps.clock.now();
  const [records, events] = await Promise.all([deps.accounts.exportRecords(account.id), deps.audit.forAccount(account.id, { limit: MAX_EVENTS })]);
  await deps.audit.append(
    { accountId: account.id, actor: 'account', action: 'account.exported', outcome: 'success', ip: ctx.ip, deviceId: session.deviceId },
    now,
  );
  return {
    exportedAt: now.toISOString(),
    account: {
      ...publicAccount(account),
      phoneReleasedAt: iso(records.lifecycle.phoneReleasedAt),
      frozenAt: iso(records.lifecycle.frozenAt),
      deletionRequestedAt: iso(records.lifecycle.deletionRequestedAt),
      deletionScheduledFor: iso(account.deletionScheduledFor),
      passwordChangedAt: iso(records.lifecycle.passwordChangedAt),
      handleChanges: account.handleChanges ?? 0,
      handleChangedAt: iso(account.handleChangedAt),
      nextHandleChangeAt: iso(nextHandleChangeAt(account)),
    },
    entitlements: computeEntitlements(account, now),
    devices: records.devices.map((d) => ({
      id: d.id,
      name: d.name,
      current: d.id === session.deviceId,
      createdAt: iso(d.createdAt),
      lastSeenAt: iso(d.lastSeenAt),
      forgottenAt: iso(d.revokedAt),
    })),
    sessions: records.sessions.map((s) => ({
      id: s.id,
      current: s.id === session.id,
      deviceId: s.deviceId,
      ip: s.ip,
      createdAt: iso(s.createdAt),
      lastSeenAt: iso(s.lastSeenAt),
      authenticatedAt: iso(s.authAt),
      authMethods: s.authMethods,
      expiresAt: iso(s.expiresAt),
      revokedAt: iso(s.revokedAt),
    })),
    secondFactors: {
      totp: records.totp
        ? { enabled: records.totp.enabled, createdAt: iso(records.totp.createdAt), confirmedAt: iso(records.totp.confirmedAt) }
        : { enabled: false as const },
      passkeys: records.passkeys.map((p) => ({ id: p.id, name: p.name, createdAt: iso(p.createdAt), lastUsedAt: iso(p.lastUsedAt) })),
      recoveryCodesRemaining: records.recoveryCodesRemaining,
    },
    securityEvents: events.map(securityEventView),
    securityEventsTruncated: events.length >= MAX_EVENTS,
  };
}

/** GET /v1/me/entitlements */
export async function myEntitlements(deps: FlowDeps, session: SessionRecord) {
  const account = await sessionAccount(deps, session);
  return { accountId: account.id, trustLevel: account.trustLevel, status: account.status, entitlements: computeEntitlements(account, deps.clock.now()) };
}
