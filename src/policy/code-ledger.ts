import { TesseraError } from '../core/errors.ts';
import { clearRuns, reserveAttempt, runDelaySeconds, runState, type AttemptRun } from './attempt-runs.ts';
import type { Counters } from './counters/index.ts';

/**
 * The wrong-code ledger per number (docs/abuse.md), across codes and flows: a new code does not reset
 * it; from the 10th wrong code a wait of 30 s doubling to 1 h, during which no code is sent to the
 * number and none for it is checked (parallel guesses included: attempt-runs.ts); at 100, SMS
 * verification for the number stops until an operator (or another factor) clears it; any success
 * resets it.
 */
const STOP_AT = 100;
const MEMORY_SECONDS = 30 * 86_400;

const run = (e164: string): AttemptRun => ({ key: `ledger:${e164}`, memorySeconds: MEMORY_SECONDS, stopAt: STOP_AT, waits: true });

export const ledgerDelaySeconds = runDelaySeconds;

function stopped(): TesseraError {
  return new TesseraError('code_attempts_exceeded', { scope: 'number', clearedBy: 'operator_or_other_factor' });
}

const waiting = (retryAfterSeconds: number) => new TesseraError('rate_limited', { retryAfterSeconds, scope: 'number' });

/** Before a code is sent: refuses while a wait runs, and for good at 100. */
export async function checkCodeLedger(counters: Counters, e164: string): Promise<void> {
  const { failures, waitSeconds } = await runState(counters, run(e164).key);
  if (failures >= STOP_AT) throw stopped();
  if (waitSeconds > 0) throw waiting(waitSeconds);
}

/**
 * Before a code is evaluated: the guess is counted as wrong up front and, from the 10th, takes
 * the wait it would earn; a guess that finds a wait running (or the stop) is refused unevaluated.
 */
export async function reserveCodeGuess(counters: Counters, e164: string): Promise<void> {
  const { refusal } = await reserveAttempt(counters, [run(e164)]);
  if (refusal?.kind === 'stop') throw stopped();
  if (refusal) throw waiting(refusal.retryAfterSeconds);
}

/** After the evaluation: a right code clears the ledger; a wrong one stays counted (its wait already runs). */
export async function settleCodeGuess(counters: Counters, e164: string, ok: boolean): Promise<void> {
  if (ok) await clearCodeLedger(counters, e164);
}

export async function clearCodeLedger(counters: Counters, e164: string): Promise<void> {
  await clearRuns(counters, [run(e164).key]);
}

export async function codeLedgerState(counters: Counters, e164: string) {
  const { failures, waitSeconds } = await runState(counters, run(e164).key);
  return { wrongCodes: failures, waitSeconds, stopAt: STOP_AT };
}
