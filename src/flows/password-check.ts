import { TesseraError } from '../core/errors.ts';
import type { AccountRecord } from '../accounts/index.ts';
import { checkLoginThrottle, recordLoginFailure, recordLoginSuccess } from '../policy/login-throttle.ts';
import type { FlowDeps, RequestContext } from './deps.ts';
import { findByIdentifier } from './login.ts';

/** The signed-in owner's password, through the login throttle (as a known device); false when wrong. */
export async function passwordMatches(deps: FlowDeps, accountId: string, password: string, ctx: RequestContext): Promise<boolean> {
  const scope = { subject: accountId, ip: ctx.ip, knownDevice: true, method: 'password' };
  await checkLoginThrottle(deps.loginCounters, scope);
  const hash = await deps.accounts.passwordHash(accountId);
  const ok = hash !== null && hash !== '' && (await deps.hasher.verify(hash, password));
  if (ok) await recordLoginSuccess(deps.loginCounters, scope);
  else await recordLoginFailure(deps.loginCounters, scope);
  return ok;
}

/**
 * An identifier and a password checked exactly as `POST /v1/sessions` checks them: the same
 * throttle and counters, a dummy hash for unknown accounts, one `invalid_credentials` for every
 * failure. For the ways in that have no session (freezing a lost phone, unfreezing).
 */
export async function identifiedAccount(deps: FlowDeps, identifier: string, password: string, ctx: RequestContext, action: string): Promise<AccountRecord> {
  const { account, subject } = await findByIdentifier(deps, identifier);
  const scope = { subject, ip: ctx.ip, knownDevice: false, method: 'password' };
  await checkLoginThrottle(deps.loginCounters, scope);
  const hash = account ? await deps.accounts.passwordHash(account.id) : null;
  const ok = hash ? await deps.hasher.verify(hash, password) : await deps.hasher.dummyVerify(password);
  if (!ok || !account) {
    await recordLoginFailure(deps.loginCounters, scope);
    if (account) await deps.audit.append({ accountId: account.id, actor: 'anonymous', action, outcome: 'failure', ip: ctx.ip }, deps.clock.now());
    throw new TesseraError('invalid_credentials');
  }
  await recordLoginSuccess(deps.loginCounters, scope);
  return account;
}
