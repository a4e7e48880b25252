import type { Logger } from 'pino';
import type { Clock } from '../core/clock.ts';
import type { Resources } from '../core/resources.ts';
import { runDeletionJob, type FlowDeps } from '../flows/index.ts';

/** How often expired counter rows are deleted, and how many at a time. */
const SWEEP_INTERVAL_MS = 10 * 60_000;
const SWEEP_BATCH = 5000;

/**
 * The periodic work of a serving node; each timer stops when `resources` close. With several nodes
 * each runs them: both jobs are idempotent, and accounts are claimed with skip locked.
 */
export function startJobs(
  deps: {
    accounts: FlowDeps['accounts'];
    /** Deletes up to `limit` expired counter rows (they are invisible already; this keeps the tables small). */
    sweepCounters: (limit: number) => Promise<unknown>;
    deletionIntervalMinutes: number;
    clock: Clock;
    log: Logger;
  },
  resources: Resources,
): void {
  const { log } = deps;
  const sweeper = setInterval(() => {
    deps.sweepCounters(SWEEP_BATCH).catch((err) => log.warn({ err: (err as Error).message }, 'counter sweep failed'));
  }, SWEEP_INTERVAL_MS).unref();
  resources.defer('counter sweep timer', () => clearInterval(sweeper));
  // Accounts past their deletion grace are erased by whichever node gets there first.
  const deletion = setInterval(() => {
    runDeletionJob(deps, deps.clock.now())
      .then((erased) => {
        if (erased > 0) log.info({ erased }, 'deletion job: accounts erased');
      })
      .catch((err) => log.warn({ err: (err as Error).message }, 'deletion job failed'));
  }, deps.deletionIntervalMinutes * 60_000).unref();
  resources.defer('deletion job timer', () => clearInterval(deletion));
}
