import { waitAfter, type Counters, type WaitSchedule } from './counters/port.ts';

/**
 * A run of consecutive failed attempts (wrong codes on a number, wrong passwords on an account),
 * kept so that it holds under any concurrency and across nodes (docs/abuse.md):
 *
 * - every attempt is counted as failed *before* it is evaluated, so however many arrive at once,
 *   no more than `stopAt` in a row are ever evaluated;
 * - the wait that a failure earns (from the 10th: 30 s doubling to 1 h) is started by the attempt
 *   that would earn it, in the same atomic step that admits it, so parallel attempts behind it find
 *   the wait already running and are refused, neither evaluated nor counted: a burst of any width
 *   gets exactly the attempts the run has left before its next wait, and the wait is the one its
 *   count earns;
 * - an attempt refused by a later run gives back what the earlier ones counted (`release`);
 * - a success clears the run and its wait.
 *
 * Keys: `${key}:fails` (the run) and `${key}:wait`.
 */
export interface AttemptRun {
  key: string;
  /** How long a run is remembered after its first failure. */
  memorySeconds: number;
  /** The most attempts in a row ever evaluated. */
  stopAt: number;
  /** Whether failures from the 10th earn a wait. */
  waits: boolean;
}

export interface RunRefusal {
  /** Index of the run that refused. */
  run: number;
  kind: 'wait' | 'stop';
  retryAfterSeconds: number;
}

/** Failures before the first wait, the first wait, the longest (docs/abuse.md). */
const SCHEDULE: WaitSchedule = { freeFailures: 9, firstSeconds: 30, maxSeconds: 3600 };

/** The wait after the `failures`-th failure in a row: none up to 9, then 30 s doubling to 1 h. */
export function runDelaySeconds(failures: number): number {
  return waitAfter(SCHEDULE, failures);
}

const failsKey = (run: AttemptRun) => `${run.key}:fails`;
const waitKey = (run: AttemptRun) => `${run.key}:wait`;

export interface Reservation {
  /** The first run that refused, or null when every run admitted the attempt. */
  refusal: RunRefusal | null;
  /** Takes the attempt back from every run (its counts and any wait it started): it was not evaluated after all. */
  undo(): Promise<void>;
}

/**
 * Counts one attempt on each run in order, each as one atomic step of the counter store
 * (`Counters.attempt`): a run refuses while its wait runs or once it is at its stop, without
 * counting. When every run admits the attempt, it stays counted as failed until `clearRuns`; on
 * the first refusal nothing of this attempt stays counted on any run.
 */
export async function reserveAttempt(counters: Counters, runs: readonly AttemptRun[]): Promise<Reservation> {
  const taken: { run: AttemptRun; startedWait: boolean }[] = [];
  const undo = async () => {
    for (const t of taken.splice(0).reverse()) {
      await counters.release(failsKey(t.run));
      if (t.startedWait) await counters.reset(waitKey(t.run));
    }
  };
  for (const [index, run] of runs.entries()) {
    const outcome = await counters.attempt({
      key: failsKey(run),
      memorySeconds: run.memorySeconds,
      stopAt: run.stopAt,
      wait: run.waits ? { key: waitKey(run), ...SCHEDULE } : null,
    });
    if (!outcome.admitted) {
      await undo();
      const retryAfterSeconds = outcome.kind === 'stop' ? SCHEDULE.maxSeconds : outcome.retryAfterSeconds;
      return { refusal: { run: index, kind: outcome.kind, retryAfterSeconds }, undo };
    }
    taken.push({ run, startedWait: outcome.waitSeconds > 0 });
  }
  return { refusal: null, undo };
}

/** A success: the runs and their waits end. */
export async function clearRuns(counters: Counters, keys: readonly string[]): Promise<void> {
  // Independent keys: reset at once, not one round trip after another (a login's success clears six runs).
  await Promise.all(keys.flatMap((key) => [counters.reset(`${key}:fails`), counters.reset(`${key}:wait`)]));
}

/** How many failures in a row a run holds, and the wait left. */
export async function runState(counters: Counters, key: string): Promise<{ failures: number; waitSeconds: number }> {
  return { failures: (await counters.peek(`${key}:fails`))?.count ?? 0, waitSeconds: await counters.ttl(`${key}:wait`) };
}
