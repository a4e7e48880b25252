import { TesseraError } from '../core/errors.ts';
import type { AccountRecord } from '../accounts/index.ts';
import type { SessionRecord } from '../sessions/index.ts';
import { sendSecurityAlert } from './alerts.ts';
import type { FlowDeps, RequestContext } from './deps.ts';
import { createChallenge, type ChallengeMethod } from './challenge-issue.ts';
import { identifiedAccount } from './password-check.ts';
import { sessionAccount } from './security.ts';

/** Frozen: every session ends and no way in opens one, until the owner unfreezes (docs/accounts.md). */
async function freeze(deps: FlowDeps, account: AccountRecord, ctx: RequestContext, via: 'session' | 'password', deviceId: string | null) {
  const now = deps.clock.now();
  const frozen = await deps.accounts.changeStatus(account.id, { from: ['active', 'pending_deletion'], to: 'frozen', revokeSessions: true }, now);
  if (!frozen) return { status: 'frozen' as const };
  await deps.audit.append(
    { accountId: account.id, actor: 'account', action: 'account.frozen', outcome: 'success', ip: ctx.ip, deviceId, details: { via } },
    now,
  );
  await sendSecurityAlert(deps, account, 'account_frozen', {}, ctx);
  return { status: 'frozen' as const };
}

/** POST /v1/me/freeze: the signed-in owner freezes the account (this session ends too). */
export async function freezeSelf(deps: FlowDeps, session: SessionRecord, ctx: RequestContext) {
  return freeze(deps, await sessionAccount(deps, session), ctx, 'session', session.deviceId);
}

/**
 * POST /v1/account-freezes {identifier, password}: a lost phone. The password is checked as a
 * login checks it (throttle, one `invalid_credentials` for every failure); freezing a frozen
 * account answers the same.
 */
export async function freezeWithPassword(deps: FlowDeps, input: { identifier: string; password: string }, ctx: RequestContext) {
  const account = await identifiedAccount(deps, input.identifier, input.password, ctx, 'account.frozen');
  if (account.status === 'frozen') return { status: 'frozen' as const };
  return freeze(deps, account, ctx, 'password', null);
}

/**
 * POST /v1/account-unfreezes {identifier, password}: the password, then a challenge answered with
 * an SMS to the account's number or a second factor (`POST /v1/challenges/{id}/verify`), which
 * unfreezes the account and opens a session. Always ends in `verification_required`.
 */
export async function requestUnfreeze(
  deps: FlowDeps,
  input: { identifier: string; password: string; deviceName?: string | undefined },
  ctx: RequestContext,
): Promise<never> {
  const account = await identifiedAccount(deps, input.identifier, input.password, ctx, 'account.unfrozen');
  if (account.status !== 'frozen') throw new TesseraError('flow_state_invalid', { state: account.status });
  const methods: ChallengeMethod[] = [...(account.phone ? ['sms' as const] : []), ...(await deps.factors.methods(account.id))];
  if (methods.length === 0) throw new TesseraError('forbidden', { reason: 'no_way_to_verify' });
  const challengeId = await createChallenge(deps, account, ctx, methods, input.deviceName ?? null, 'password', 'unfreeze');
  await deps.audit.append(
    { accountId: account.id, actor: 'account', action: 'account.unfreeze_requested', outcome: 'success', ip: ctx.ip, details: { methods } },
    deps.clock.now(),
  );
  throw new TesseraError('verification_required', { challengeId, methods });
}

/** The answered unfreeze challenge: back to `active` (audited, told). The account as it is now. */
export async function unfreezeAccount(deps: FlowDeps, account: AccountRecord, ctx: RequestContext, method: string): Promise<AccountRecord> {
  const now = deps.clock.now();
  const active = await deps.accounts.changeStatus(account.id, { from: ['frozen'], to: 'active' }, now);
  if (!active) return (await deps.accounts.findById(account.id)) ?? account;
  await deps.audit.append({ accountId: account.id, actor: 'account', action: 'account.unfrozen', outcome: 'success', ip: ctx.ip, details: { method } }, now);
  await sendSecurityAlert(deps, active, 'account_unfrozen', {}, ctx);
  return active;
}
