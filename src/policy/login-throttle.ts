import { TesseraError } from '../core/errors.ts';
import { clearRuns, reserveAttempt, runDelaySeconds, type AttemptRun } from './attempt-runs.ts';
import type { Counters } from './counters/index.ts';
import { ipBudgetKey } from './ip.ts';

/**
 * Failed logins (docs/abuse.md), wherever a password or a second factor is checked, each way (`method`)
 * counted apart. Every attempt is counted as failed before it is evaluated and a success clears
 * the runs (attempt-runs.ts), so the bounds hold exactly under any concurrency and across nodes.
 *
 * An attempt that names the account by an identifier (a phone number or a handle, from a device
 * the account does not know) runs through:
 * - the client IP's failures of the hour across all accounts (100; credential stuffing);
 * - the identifier as it was named, and the pair (identifier, IP): a wait from the 10th failure,
 *   30 s doubling to 1 h, and a stop at 100. These are keyed by the name, not by the account, so a
 *   throttled account answers exactly as a throttled unknown identifier does, and failures by
 *   number never show on the handle (they would link the two);
 * - the account's run: at most 100 consecutive failures on the account however it was named and
 *   from however many IPs. Past it a password is not evaluated and the answer is the one a wrong
 *   password gets (`evaluate: false`), since a refusal here would tell that two names share one account.
 *
 * An attempt on a device the account knows, or from one of its sessions (re-authentication,
 * password and handle changes), names the account itself: its own run with the same wait and
 * stop, which also counts on the account's run (so a device token gives no extra guesses), but is
 * not stopped by it: an attacker without the device cannot lock its owner out of it. A person
 * stopped on a new device gets in by SMS (a login code, a recovery) or from a device it knows.
 */
const STOP_AT = 100;
const MEMORY_SECONDS = 7 * 86_400;
const IP_FAILURES_PER_HOUR = 100;
const HOUR = 3600;

export const delaySeconds = runDelaySeconds;

export interface LoginAttempt {
  /** The way in: password, sms, totp, recovery_code, passkey — each counted apart. */
  method: string;
  ip: string;
  /** The account the attempt is against; null when the identifier names none. */
  accountId: string | null;
  /**
   * How the attempt named the account (`phone:+86…`, `handle:…`, `id:<challenge's account>`), or
   * null when a known device or a session did.
   */
  named: string | null;
  /** The other names the account goes by: a success clears their runs too. */
  aliases?: readonly string[];
}

const run = (key: string, waits: boolean, stopAt = STOP_AT): AttemptRun => ({ key, memorySeconds: MEMORY_SECONDS, stopAt, waits });
const ipRun = (a: LoginAttempt): AttemptRun => ({ key: `login:from:${ipBudgetKey(a.ip)}`, memorySeconds: HOUR, stopAt: IP_FAILURES_PER_HOUR, waits: false });
const namedKey = (a: LoginAttempt, name: string) => `login:${a.method}:${name}`;
const pairKey = (a: LoginAttempt, name: string) => `${namedKey(a, name)}:ip:${ipBudgetKey(a.ip)}`;
const knownKey = (a: LoginAttempt, accountId: string) => `login:${a.method}:known:${accountId}`;
const accountKey = (a: LoginAttempt, accountId: string) => `login:${a.method}:${accountId}`;
/** Names as typed by people (a number, a handle): the account's run past its stop must not tell them apart. */
const identifies = (named: string) => !named.startsWith('id:');

export interface LoginAdmission {
  /** False when the account's run is over: answer as a wrong password, without evaluating it. */
  evaluate: boolean;
  /** The answer was right: the runs of the account end. A wrong (or unevaluated) answer needs no call: it stays counted. */
  succeeded(): Promise<void>;
}

const refuse = (retryAfterSeconds: number) => new TesseraError('rate_limited', { retryAfterSeconds, scope: 'login' });

/** Counts the attempt before it is evaluated; throws `rate_limited` while a wait runs or past a stop. */
export async function admitLoginAttempt(counters: Counters, a: LoginAttempt): Promise<LoginAdmission> {
  const named = a.named;
  const first: AttemptRun[] =
    named !== null ? [ipRun(a), run(namedKey(a, named), true), run(pairKey(a, named), true)] : a.accountId ? [run(knownKey(a, a.accountId), true)] : [];
  const held = await reserveAttempt(counters, first);
  if (held.refusal) throw refuse(held.refusal.retryAfterSeconds);
  let evaluate = true;
  // A name without an account takes the same step on a run of its own, so that the work (a round
  // trip to the counter store) is the same whether the name has an account or not (docs/abuse.md).
  const accountRun = a.accountId ? accountKey(a, a.accountId) : named !== null ? `${namedKey(a, named)}:nobody` : null;
  if (accountRun) {
    // A known device's failures count on the account's run but are never stopped by it.
    const account = await reserveAttempt(counters, [run(accountRun, false, named === null ? Number.MAX_SAFE_INTEGER : STOP_AT)]);
    if (account.refusal) {
      if (named === null || !identifies(named)) {
        await held.undo();
        throw refuse(account.refusal.retryAfterSeconds);
      }
      evaluate = false;
    }
  }
  return { evaluate, succeeded: () => loginSucceeded(counters, a) };
}

/** The runs of the account end; the IP's hour keeps only failures, so this attempt is given back there. */
async function loginSucceeded(counters: Counters, a: LoginAttempt): Promise<void> {
  const names = [...(a.named !== null ? [a.named] : []), ...(a.aliases ?? [])];
  const keys = names.flatMap((name) => [namedKey(a, name), pairKey(a, name)]);
  if (a.accountId) keys.push(knownKey(a, a.accountId), accountKey(a, a.accountId));
  await clearRuns(counters, keys);
  if (a.named !== null) await counters.release(`${ipRun(a).key}:fails`);
}
