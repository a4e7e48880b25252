import { TesseraError } from '../core/errors.ts';
import { assertPasswordLength, assertStrongPassword, passwordUserInputs } from '../passwords/index.ts';
import { parsePhone } from '../phone/index.ts';
import type { SessionRecord } from '../sessions/index.ts';
import { sendSecurityAlert } from './alerts.ts';
import type { FlowDeps, RequestContext, SecondFactorMethod } from './deps.ts';
import { passwordMatches } from './password-check.ts';
import type { AuditRecord } from '../audit/index.ts';

/** The signed-in account, or `unauthenticated` if it vanished under the session. */
export async function sessionAccount(deps: FlowDeps, session: SessionRecord) {
  const account = await deps.accounts.findById(session.accountId);
  if (!account) throw new TesseraError('unauthenticated');
  return account;
}

/** POST /v1/me/reauthenticate: the password or a second factor refreshes the session's authentication time. */
export async function reauthenticate(
  deps: FlowDeps,
  session: SessionRecord,
  input: { password?: string | undefined; method?: SecondFactorMethod | undefined; code?: string | undefined; credential?: unknown },
  ctx: RequestContext,
) {
  const now = deps.clock.now();
  let method: string;
  let ok: boolean;
  if (input.password !== undefined) {
    method = 'password';
    ok = await passwordMatches(deps, await sessionAccount(deps, session), input.password, ctx);
  } else if (input.method) {
    method = input.method;
    const offered = await deps.factors.methods(session.accountId);
    if (!offered.includes(input.method)) throw new TesseraError('invalid_request', { field: 'method', reason: 'not_enabled' });
    ok = await deps.factors.verify(session.accountId, input.method, { code: input.code, credential: input.credential, challengeId: session.id }, ctx);
  } else {
    throw new TesseraError('invalid_request', { field: 'password', reason: 'required' });
  }
  await deps.audit.append(
    {
      accountId: session.accountId,
      actor: 'account',
      action: 'reauthenticate',
      outcome: ok ? 'success' : 'failure',
      ip: ctx.ip,
      deviceId: session.deviceId,
      details: { method },
    },
    now,
  );
  if (!ok) throw new TesseraError(method === 'password' ? 'invalid_credentials' : 'code_incorrect');
  await deps.sessions.markAuthenticated(session.id, now, [method]);
  return { reauthenticatedAt: now.toISOString() };
}

/** POST /v1/me/password: the current password, a new one that passes the policy; other sessions end on request. */
export async function changePassword(
  deps: FlowDeps,
  session: SessionRecord,
  input: { currentPassword: string; newPassword: string; revokeOtherSessions?: boolean | undefined },
  ctx: RequestContext,
) {
  const account = await sessionAccount(deps, session);
  const { policy } = deps;
  assertPasswordLength(input.newPassword, policy.password);
  if (!(await passwordMatches(deps, account, input.currentPassword, ctx))) throw new TesseraError('invalid_credentials');
  const words = {
    e164: account.phone,
    nationalNumber: account.phone ? parsePhone(account.phone).nationalNumber : null,
    handle: account.handle,
    displayName: account.displayName,
  };
  assertStrongPassword(input.newPassword, passwordUserInputs(words), policy.password);
  const hash = await deps.hasher.hash(input.newPassword);
  const now = deps.clock.now();
  await deps.accounts.setPassword(account.id, hash, now);
  await deps.sessions.markAuthenticated(session.id, now, ['password']);
  const revoked = input.revokeOtherSessions ? await deps.sessions.revokeAll(account.id, now, session.id) : 0;
  await deps.audit.append(
    {
      accountId: account.id,
      actor: 'account',
      action: 'password.changed',
      outcome: 'success',
      ip: ctx.ip,
      deviceId: session.deviceId,
      details: { revokedSessions: revoked },
    },
    now,
  );
  await sendSecurityAlert(deps, account, 'password_changed', {}, ctx);
  return { changed: true, revokedSessions: revoked };
}

export async function listSessions(deps: FlowDeps, session: SessionRecord) {
  const rows = await deps.sessions.listSessions(session.accountId, deps.clock.now());
  return {
    sessions: rows.map((s) => ({
      id: s.id,
      current: s.id === session.id,
      deviceId: s.deviceId,
      deviceName: s.deviceName,
      ip: s.ip,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
    })),
  };
}

export async function listDevices(deps: FlowDeps, session: SessionRecord) {
  const rows = await deps.sessions.listDevices(session.accountId);
  return {
    devices: rows.map((d) => ({
      id: d.id,
      name: d.name,
      current: d.id === session.deviceId,
      createdAt: d.createdAt.toISOString(),
      lastSeenAt: d.lastSeenAt.toISOString(),
    })),
  };
}

export async function revokeSession(deps: FlowDeps, session: SessionRecord, id: string, ctx: RequestContext) {
  const now = deps.clock.now();
  if (!(await deps.sessions.revokeOwned(session.accountId, id, now))) throw new TesseraError('not_found');
  await deps.audit.append(
    {
      accountId: session.accountId,
      actor: 'account',
      action: 'session.revoked',
      outcome: 'success',
      ip: ctx.ip,
      deviceId: session.deviceId,
      details: { sessionId: id.slice(0, 6) },
    },
    now,
  );
}

export async function forgetDevice(deps: FlowDeps, session: SessionRecord, id: string, ctx: RequestContext) {
  const now = deps.clock.now();
  if (!/^[0-9a-f-]{36}$/i.test(id) || !(await deps.sessions.forgetDevice(session.accountId, id, now))) throw new TesseraError('not_found');
  await deps.audit.append({ accountId: session.accountId, actor: 'account', action: 'device.forgotten', outcome: 'success', ip: ctx.ip, deviceId: id }, now);
}

export async function logout(deps: FlowDeps, session: SessionRecord, ctx: RequestContext) {
  const now = deps.clock.now();
  await deps.sessions.revoke(session.id, now);
  await deps.audit.append(
    { accountId: session.accountId, actor: 'account', action: 'logout', outcome: 'success', ip: ctx.ip, deviceId: session.deviceId },
    now,
  );
}

/** One audit event as the account's own security log and its export show it. */
export function securityEventView(e: AuditRecord) {
  return {
    id: e.id,
    action: e.action,
    outcome: e.outcome,
    actor: e.actor,
    ip: e.ip,
    deviceId: e.deviceId,
    details: e.details,
    createdAt: e.createdAt.toISOString(),
  };
}

export async function securityEvents(deps: FlowDeps, session: SessionRecord, options: { limit?: number | undefined; before?: string | undefined }) {
  const rows = await deps.audit.forAccount(session.accountId, {
    limit: Math.min(options.limit ?? 50, 200),
    ...(options.before ? { before: new Date(options.before) } : {}),
  });
  return {
    events: rows.map(securityEventView),
  };
}
