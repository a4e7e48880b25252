import { TesseraError } from '../core/errors.ts';
import type { Counters } from './counters/index.ts';
import { ipBudgetKey } from './ip.ts';

/**
 * Failed logins (SPEC §4): counted per account and per (account, IP), atomically; from the 10th
 * consecutive failure a wait of 30 s doubling to 1 h; at 100 the way in that failed stops until a
 * success. The per-account counter never applies to a known device of the account, so an
 * attacker who hammers an account cannot lock its owner out of their own phone.
 *
 * Every attempt is counted as a failure before it is evaluated (`checkLoginThrottle` reserves it)
 * and a success then clears the run, like the wrong-code ledger: however many attempts arrive at
 * once, no more than 100 in a row are ever evaluated. Callers run `checkLoginThrottle` before
 * each evaluation, then exactly one of `recordLoginSuccess` or `recordLoginFailure`; an attempt
 * that stops in between stays counted as failed.
 *
 * Credential stuffing tries one password on each of many accounts, which no per-account counter
 * sees, so one client IP (an IPv6 /64) may also fail at most 100 unknown-device attempts an hour
 * across all accounts and ways in. Only failures count and a success does not clear it (one valid
 * account must not launder a run). Known devices are left out, so people behind one carrier NAT
 * with an attacker still get in from their own phones.
 *
 * `subject` is the account id when the account exists, else the normalised identifier, so the
 * throttle answers alike for accounts that do and do not exist.
 */
const FREE_FAILURES = 9;
const HARD_STOP = 100;
const MEMORY_SECONDS = 7 * 86_400;
const IP_FAILURES_PER_HOUR = 100;
const HOUR = 3600;

export interface ThrottleScope {
  subject: string;
  ip: string;
  /** A known device of the account: only the (account, IP) counter applies. */
  knownDevice: boolean;
  /** The way in: password, sms, totp, recovery_code — each counted apart. */
  method: string;
}

function keys(s: ThrottleScope) {
  const base = `login:${s.method}:${s.subject}`;
  const pair = `${base}:ip:${ipBudgetKey(s.ip)}`;
  return s.knownDevice ? [pair] : [base, pair];
}

const fromIp = (s: ThrottleScope) => `login:from:${ipBudgetKey(s.ip)}`;

export function delaySeconds(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(3600, 30 * 2 ** (failures - FREE_FAILURES - 1));
}

const refuse = (retryAfterSeconds: number) => new TesseraError('rate_limited', { retryAfterSeconds, scope: 'login' });

/**
 * Throws `rate_limited` while a wait is running, after 100 consecutive failures, or when the
 * client IP used up its failures of the hour; otherwise counts the attempt as failed until
 * `recordLoginSuccess` says otherwise.
 */
export async function checkLoginThrottle(counters: Counters, scope: ThrottleScope): Promise<void> {
  for (const key of keys(scope)) {
    const wait = await counters.ttl(`${key}:wait`);
    if (wait > 0) throw refuse(wait);
    const failures = (await counters.peek(`${key}:fails`))?.count ?? 0;
    if (failures >= HARD_STOP) throw refuse(3600);
  }
  if (!scope.knownDevice) {
    const seen = await counters.peek(fromIp(scope));
    if (seen && seen.count >= IP_FAILURES_PER_HOUR) throw refuse(seen.resetInSeconds);
  }
  for (const key of keys(scope)) {
    const { count } = await counters.hit(`${key}:fails`, MEMORY_SECONDS);
    if (count > HARD_STOP) throw refuse(3600);
  }
}

/** The attempt failed: it stays counted, and starts the wait its place in the run earns. */
export async function recordLoginFailure(counters: Counters, scope: ThrottleScope): Promise<void> {
  for (const key of keys(scope)) {
    const count = (await counters.peek(`${key}:fails`))?.count ?? 0;
    const wait = delaySeconds(count);
    if (wait > 0) {
      await counters.reset(`${key}:wait`);
      await counters.claim(`${key}:wait`, wait);
    }
  }
  if (!scope.knownDevice) await counters.hit(fromIp(scope), HOUR);
}

/** The attempt succeeded: the run of failures ends (on every counter of the account and this IP). */
export async function recordLoginSuccess(counters: Counters, scope: ThrottleScope): Promise<void> {
  for (const key of keys({ ...scope, knownDevice: false })) {
    await counters.reset(`${key}:fails`);
    await counters.reset(`${key}:wait`);
  }
}
