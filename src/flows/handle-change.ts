import { addSeconds } from '../core/clock.ts';
import { TesseraError } from '../core/errors.ts';
import { publicAccount, type AccountRecord } from '../accounts/index.ts';
import { GENERATED_HANDLE_PREFIX, assertHandleAllowed } from '../handles/index.ts';
import { requireRecentAuth, type SessionRecord } from '../sessions/index.ts';
import { sendSecurityAlert } from './alerts.ts';
import { suggestHandles } from './completion.ts';
import type { FlowDeps, RequestContext } from './deps.ts';
import { HANDLE_CHANGE_EVERY_DAYS, HANDLE_HOLD_DAYS } from './lifecycle-policy.ts';
import { passwordMatches } from './password-check.ts';
import { sessionAccount } from './security.ts';

/**
 * When the account may next change its handle: at once while it still has the generated `tid_`
 * handle it was given (that first change is free), else 365 days after the handle was last set
 * (changed, or chosen at registration).
 */
export function nextHandleChangeAt(account: AccountRecord): Date | null {
  if (account.handle.startsWith(GENERATED_HANDLE_PREFIX) && (account.handleChanges ?? 0) === 0) return null;
  return addSeconds(account.handleChangedAt ?? account.createdAt, HANDLE_CHANGE_EVERY_DAYS * 86_400);
}

/**
 * PUT /v1/me/handle {handle, password}
 * recent authentication → handle rules → the yearly rule → password → rename, the old handle held
 * for 180 days (one transaction) → notice → audit
 */
export async function changeHandle(deps: FlowDeps, session: SessionRecord, input: { handle: string; password: string }, ctx: RequestContext) {
  const now = deps.clock.now();
  requireRecentAuth(session, now);
  const account = await sessionAccount(deps, session);
  assertHandleAllowed(input.handle);
  if (input.handle === account.handle) throw new TesseraError('invalid_request', { field: 'handle', reason: 'unchanged' });
  const next = nextHandleChangeAt(account);
  if (next && next > now) {
    throw new TesseraError('rate_limited', {
      retryAfterSeconds: Math.ceil((next.getTime() - now.getTime()) / 1000),
      scope: 'handle',
      nextChangeAt: next.toISOString(),
    });
  }
  if (!(await passwordMatches(deps, account, input.password, ctx))) {
    await deps.audit.append(
      {
        accountId: account.id,
        actor: 'account',
        action: 'handle.changed',
        outcome: 'failure',
        ip: ctx.ip,
        deviceId: session.deviceId,
        details: { reason: 'password' },
      },
      now,
    );
    throw new TesseraError('invalid_credentials');
  }
  const outcome = await deps.accounts.changeHandle(account.id, account.handle, input.handle, addSeconds(now, HANDLE_HOLD_DAYS * 86_400), now);
  if (outcome === 'taken') throw new TesseraError('handle_taken', { suggestions: await suggestHandles(deps, input.handle) });
  if (outcome === 'changed') throw new TesseraError('flow_state_invalid', { state: 'changed' });
  await deps.audit.append(
    {
      accountId: account.id,
      actor: 'account',
      action: 'handle.changed',
      outcome: 'success',
      ip: ctx.ip,
      deviceId: session.deviceId,
      details: { from: account.handle, to: input.handle, free: next === null },
    },
    now,
  );
  await sendSecurityAlert(deps, account, 'handle_changed', {}, ctx);
  const updated = (await deps.accounts.findById(account.id)) ?? account;
  return { account: publicAccount(updated), nextChangeAt: nextHandleChangeAt(updated)?.toISOString() ?? null };
}
