import { TesseraError } from '../core/errors.ts';
import type { AccountRecord } from '../accounts/index.ts';
import { handleKey } from '../handles/index.ts';
import type { QueuePlace } from '../passwords/index.ts';
import { parsePhone } from '../phone/index.ts';
import { admitLoginAttempt, type LoginAttempt } from '../policy/login-throttle.ts';
import type { FlowDeps, RequestContext } from './deps.ts';

/** An account id no account has (the nil UUID). */
export const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';

/**
 * A phone number in any accepted form, or a handle; `named` is how the login throttle knows the
 * name (`phone:+86…`, `handle:…`), alike whether or not an account has it. Unparseable input
 * simply finds no account.
 */
export async function findByIdentifier(deps: FlowDeps, identifier: string): Promise<{ account: AccountRecord | null; named: string }> {
  const trimmed = identifier.normalize('NFKC').trim();
  if (/^[+\d(]/.test(trimmed)) {
    try {
      const e164 = parsePhone(trimmed).e164;
      return { account: await deps.accounts.findByPhone(e164), named: `phone:${e164}` };
    } catch {
      return { account: null, named: `raw:${trimmed.toLowerCase().slice(0, 64)}` };
    }
  }
  return { account: await deps.accounts.findByHandle(trimmed), named: `handle:${handleKey(trimmed).slice(0, 64)}` };
}

/** The names an account goes by in the login throttle (policy/login-throttle.ts). */
export function accountNames(account: Pick<AccountRecord, 'phone' | 'handle'>): string[] {
  return [...(account.phone ? [`phone:${account.phone}`] : []), `handle:${handleKey(account.handle)}`];
}

/**
 * Runs `work` with a place taken in the hasher's queue for the password check it will make, taken
 * before `work` does anything else: when more than the bound of password work is queued, the
 * request is refused (`server_busy`) before a single read (docs/abuse.md). The place is given back if
 * `work` ends without using it.
 */
export async function withHashPlace<T>(deps: FlowDeps, work: (place: QueuePlace) => Promise<T>): Promise<T> {
  const place = deps.hasher.reserve();
  try {
    return await work(place);
  } finally {
    place.cancel();
  }
}

/**
 * One password check, as every way in makes it: through the login throttle (counted before it is
 * evaluated), with the same reads and a dummy hash when there is no account or the throttle says
 * not to evaluate, so the answer's time tells nothing (docs/abuse.md). False when wrong. `place`: the
 * hasher's place the request took on arrival (`withHashPlace`); else one is taken here.
 */
export async function throttledPasswordCheck(deps: FlowDeps, attempt: Omit<LoginAttempt, 'method'>, password: string, place?: QueuePlace): Promise<boolean> {
  if (!place) return withHashPlace(deps, (taken) => throttledPasswordCheck(deps, attempt, password, taken));
  const admission = await admitLoginAttempt(deps.loginCounters, { ...attempt, method: 'password' });
  const hash = await deps.accounts.passwordHash(attempt.accountId ?? NO_ACCOUNT);
  if (!admission.evaluate || !hash) {
    await deps.hasher.dummyVerify(password, place);
    return false;
  }
  const ok = await deps.hasher.verify(hash, password, place);
  if (ok) await admission.succeeded();
  return ok;
}

/** The signed-in owner's password (a session names the account: the known-device run); false when wrong. */
export async function passwordMatches(
  deps: FlowDeps,
  account: Pick<AccountRecord, 'id' | 'phone' | 'handle'>,
  password: string,
  ctx: RequestContext,
): Promise<boolean> {
  return throttledPasswordCheck(deps, { ip: ctx.ip, accountId: account.id, named: null, aliases: accountNames(account) }, password);
}

/**
 * An identifier and a password checked exactly as `POST /v1/sessions` checks them: the same
 * throttle and counters, a dummy hash for unknown accounts, one `invalid_credentials` for every
 * failure. For the ways in that have no session (freezing a lost phone, unfreezing).
 */
export async function identifiedAccount(deps: FlowDeps, identifier: string, password: string, ctx: RequestContext, action: string): Promise<AccountRecord> {
  const { account, ok } = await withHashPlace(deps, async (place) => {
    const { account, named } = await findByIdentifier(deps, identifier);
    const ok = await throttledPasswordCheck(
      deps,
      { ip: ctx.ip, accountId: account?.id ?? null, named, aliases: account ? accountNames(account) : [] },
      password,
      place,
    );
    return { account, ok };
  });
  if (!ok || !account) {
    if (account) await deps.audit.append({ accountId: account.id, actor: 'anonymous', action, outcome: 'failure', ip: ctx.ip }, deps.clock.now());
    throw new TesseraError('invalid_credentials');
  }
  return account;
}
