import { TesseraError } from '../core/errors.ts';
import type { Counters } from './counters/index.ts';

/**
 * The wrong-code ledger per number (SPEC §4), across codes and flows: a new code does not reset
 * it; from the 10th wrong code a wait of 30 s doubling to 1 h; at 100, SMS verification for the
 * number stops until an operator (or another factor) clears it; any success resets it.
 */
const FREE = 9;
const STOP_AT = 100;
const MEMORY_SECONDS = 30 * 86_400;

const fails = (e164: string) => `ledger:${e164}:fails`;
const wait = (e164: string) => `ledger:${e164}:wait`;

export function ledgerDelaySeconds(wrong: number): number {
  return wrong <= FREE ? 0 : Math.min(3600, 30 * 2 ** (wrong - FREE - 1));
}

/** Before a code is sent: refuses while a wait runs, and for good at 100. */
export async function checkCodeLedger(counters: Counters, e164: string): Promise<void> {
  const wrong = (await counters.peek(fails(e164)))?.count ?? 0;
  if (wrong >= STOP_AT) throw stopped();
  const left = await counters.ttl(wait(e164));
  if (left > 0) throw new TesseraError('rate_limited', { retryAfterSeconds: left, scope: 'number' });
}

function stopped(): TesseraError {
  return new TesseraError('code_attempts_exceeded', { scope: 'number', clearedBy: 'operator_or_other_factor' });
}

/**
 * Before a code is evaluated: every guess is counted as wrong up front (atomically), so however
 * many arrive at once, no more than 100 are ever evaluated; a right guess then clears the ledger.
 */
export async function reserveCodeGuess(counters: Counters, e164: string): Promise<number> {
  const left = await counters.ttl(wait(e164));
  if (left > 0) throw new TesseraError('rate_limited', { retryAfterSeconds: left, scope: 'number' });
  const { count } = await counters.hit(fails(e164), MEMORY_SECONDS);
  if (count > STOP_AT) throw stopped();
  return count;
}

/** After the evaluation: a right code clears the ledger, a wrong one starts the wait it earned. */
export async function settleCodeGuess(counters: Counters, e164: string, ok: boolean, count: number): Promise<void> {
  if (ok) return clearCodeLedger(counters, e164);
  const delay = ledgerDelaySeconds(count);
  if (delay > 0) {
    await counters.reset(wait(e164));
    await counters.claim(wait(e164), delay);
  }
}

export async function clearCodeLedger(counters: Counters, e164: string): Promise<void> {
  await counters.reset(fails(e164));
  await counters.reset(wait(e164));
}

export async function codeLedgerState(counters: Counters, e164: string) {
  return { wrongCodes: (await counters.peek(fails(e164)))?.count ?? 0, waitSeconds: await counters.ttl(wait(e164)), stopAt: STOP_AT };
}
