import { addSeconds } from '../core/clock.ts';
import { TesseraError } from '../core/errors.ts';
import type { AccountRecord } from '../accounts/index.ts';
import { requireRecentAuth, type SessionRecord } from '../sessions/index.ts';
import { sendSecurityAlert } from './alerts.ts';
import type { FlowDeps, RequestContext } from './deps.ts';
import { HANDLE_HOLD_DAYS } from './lifecycle-policy.ts';
import { sessionAccount } from './security.ts';

/**
 * POST /v1/me/deletion: recent authentication → `pending_deletion` with the erasure due after the
 * grace period (`deletion.graceDays`) → notice → audit. Asking again answers the same date.
 * Sessions stay: the owner may still cancel with `DELETE /v1/me/deletion`, and any new login cancels.
 */
export async function requestDeletion(deps: FlowDeps, session: SessionRecord, ctx: RequestContext) {
  const now = deps.clock.now();
  requireRecentAuth(session, now);
  const account = await sessionAccount(deps, session);
  if (account.status === 'pending_deletion' && account.deletionScheduledFor) {
    return { status: account.status, scheduledFor: account.deletionScheduledFor.toISOString() };
  }
  const scheduledFor = addSeconds(now, deps.policy.deletion.graceDays * 86_400);
  const updated = await deps.accounts.changeStatus(account.id, { from: ['active'], to: 'pending_deletion', deletionScheduledFor: scheduledFor }, now);
  if (!updated) throw new TesseraError('flow_state_invalid', { state: account.status });
  await deps.audit.append(
    {
      accountId: account.id,
      actor: 'account',
      action: 'account.deletion_requested',
      outcome: 'success',
      ip: ctx.ip,
      deviceId: session.deviceId,
      details: { scheduledFor: scheduledFor.toISOString() },
    },
    now,
  );
  await sendSecurityAlert(deps, account, 'deletion_scheduled', {}, ctx);
  return { status: 'pending_deletion' as const, scheduledFor: scheduledFor.toISOString() };
}

/** Back to `active`, audited and told; the account as it is now (unchanged if it was not pending). */
export async function cancelDeletion(
  deps: FlowDeps,
  account: AccountRecord,
  ctx: RequestContext,
  via: 'login' | 'request',
  deviceId: string | null,
): Promise<AccountRecord> {
  const now = deps.clock.now();
  const updated = await deps.accounts.changeStatus(account.id, { from: ['pending_deletion'], to: 'active' }, now);
  if (!updated) return (await deps.accounts.findById(account.id)) ?? account;
  await deps.audit.append(
    { accountId: account.id, actor: 'account', action: 'account.deletion_cancelled', outcome: 'success', ip: ctx.ip, deviceId, details: { via } },
    now,
  );
  await sendSecurityAlert(deps, updated, 'deletion_cancelled', {}, ctx);
  return updated;
}

/** DELETE /v1/me/deletion: cancels a pending deletion; nothing pending is no error. */
export async function cancelDeletionRequest(deps: FlowDeps, session: SessionRecord, ctx: RequestContext) {
  const account = await sessionAccount(deps, session);
  const current = account.status === 'pending_deletion' ? await cancelDeletion(deps, account, ctx, 'request', session.deviceId) : account;
  return { status: current.status };
}

const BATCH = 100;

/**
 * Erases every account whose grace period is over: its number, names, password, sessions,
 * devices and second factors go, its handle is held for 180 days, its status becomes `deleted`,
 * and one audit record says so. Idempotent, and safe on any number of nodes at once: each batch
 * claims its rows with `for update skip locked`. Returns how many accounts it erased.
 */
export async function runDeletionJob(deps: Pick<FlowDeps, 'accounts'>, now: Date): Promise<number> {
  const holdUntil = addSeconds(now, HANDLE_HOLD_DAYS * 86_400);
  let total = 0;
  for (;;) {
    const erased = await deps.accounts.eraseDue(now, holdUntil, BATCH);
    total += erased.length;
    if (erased.length < BATCH) return total;
  }
}
