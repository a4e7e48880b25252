import type { Counters } from './counters/index.ts';

/**
 * A run of consecutive failed attempts (wrong codes on a number, wrong passwords on an account),
 * kept so that it holds under any concurrency and across nodes (SPEC §4):
 *
 * - every attempt is counted as failed *before* it is evaluated, so however many arrive at once,
 *   no more than `stopAt` in a row are ever evaluated;
 * - the wait that a failure earns (from the 10th: 30 s doubling to 1 h) is claimed by the attempt
 *   that would earn it, at the moment it is admitted, so parallel attempts behind it find the wait
 *   already running and are refused, not evaluated;
 * - an attempt refused before evaluation gives back what it counted (`release`), so a burst of
 *   refused attempts does not push the run towards its stop;
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

const FREE_FAILURES = 9;
const MAX_WAIT_SECONDS = 3600;

/** The wait after the `failures`-th failure in a row: none up to 9, then 30 s doubling to 1 h. */
export function runDelaySeconds(failures: number): number {
  return failures <= FREE_FAILURES ? 0 : Math.min(MAX_WAIT_SECONDS, 30 * 2 ** (failures - FREE_FAILURES - 1));
}

const failsKey = (run: AttemptRun) => `${run.key}:fails`;
const waitKey = (run: AttemptRun) => `${run.key}:wait`;

export interface Reservation {
  /** The first run that refused, or null when every run admitted the attempt. */
  refusal: RunRefusal | null;
  /** Takes the attempt back from every run (its counts and any wait it claimed): it was not evaluated after all. */
  undo(): Promise<void>;
}

/**
 * Counts one attempt on each run in order. When every run admits it, the attempt stays counted as
 * failed until `clearRuns`; on the first refusal nothing of this attempt stays counted on any run.
 */
export async function reserveAttempt(counters: Counters, runs: readonly AttemptRun[]): Promise<Reservation> {
  const taken: { run: AttemptRun; claimedWait: boolean }[] = [];
  const undo = async () => {
    for (const t of taken.splice(0).reverse()) {
      await counters.release(failsKey(t.run));
      if (t.claimedWait) await counters.reset(waitKey(t.run));
    }
  };
  const refuse = async (refusal: RunRefusal): Promise<Reservation> => {
    await undo();
    return { refusal, undo };
  };
  for (const [index, run] of runs.entries()) {
    if (run.waits) {
      const left = await counters.ttl(waitKey(run));
      if (left > 0) return refuse({ run: index, kind: 'wait', retryAfterSeconds: left });
    }
    const { count } = await counters.hit(failsKey(run), run.memorySeconds);
    const entry = { run, claimedWait: false };
    taken.push(entry);
    if (count > run.stopAt) return refuse({ run: index, kind: 'stop', retryAfterSeconds: MAX_WAIT_SECONDS });
    const delay = run.waits ? runDelaySeconds(count) : 0;
    if (delay > 0) {
      // Exactly one attempt holds the wait; the others that raced past the ttl check lose here.
      if (!(await counters.claim(waitKey(run), delay))) {
        return refuse({ run: index, kind: 'wait', retryAfterSeconds: Math.max(1, await counters.ttl(waitKey(run))) });
      }
      entry.claimedWait = true;
    }
  }
  return { refusal: null, undo };
}

/** A success: the runs and their waits end. */
export async function clearRuns(counters: Counters, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    await counters.reset(`${key}:fails`);
    await counters.reset(`${key}:wait`);
  }
}

/** How many failures in a row a run holds, and the wait left. */
export async function runState(counters: Counters, key: string): Promise<{ failures: number; waitSeconds: number }> {
  return { failures: (await counters.peek(`${key}:fails`))?.count ?? 0, waitSeconds: await counters.ttl(`${key}:wait`) };
}
