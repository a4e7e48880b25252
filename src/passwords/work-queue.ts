import { ConfigError, TesseraError } from '../core/errors.ts';

export interface WorkQueueOptions {
  /** Tasks running at once. Each argon2 task holds its memory (19 MiB) only while it runs. */
  maxConcurrent: number;
  /** The most work a newcomer may find ahead of it, in ms of estimated waiting; past it, `server_busy`. */
  maxWaitMs: number;
  /** The estimate of one task's cost before any has been measured, in ms of one core. */
  initialTaskMs: number;
  /** Cores the tasks share (`os.availableParallelism()` for argon2 on libuv's pool). */
  parallelism: number;
  /** A monotonic clock in ms; `performance.now` unless a test drives time. */
  now?: () => number;
}

/** Weight of each new measurement in the running estimate: about the last ten tasks count. */
const EWMA_WEIGHT = 0.1;
/** No estimate goes below this, so the number of waiting tasks stays bounded even so (≤ 1,000 per core and second of wait). */
const MIN_TASK_MS = 1;

/**
 * At most `maxConcurrent` tasks run; the rest wait in FIFO order while the work ahead of them is
 * estimated at no more than `maxWaitMs`; a task that would wait longer is refused at once with
 * `server_busy` and a `retryAfterSeconds` (docs/configuration.md: "when the queue holds more than about 1 s of
 * work, 503 with Retry-After, not seconds of latency or unbounded memory"). A bound by count cannot
 * say that: 256 waiting hashes are 0.3 s of work on one machine and 3 s on another, or on the
 * same machine at another hour.
 *
 * The estimate is a running average (EWMA) of what one task costs in time of one core: its run
 * time, each moment of it weighed by the share of a core it had then, `min(running, parallelism)
 * / running` while `running` tasks share `parallelism` cores. Queued tasks drain at `min(maxConcurrent,
 * parallelism)` of those a time, so a newcomer behind `queued` others waits about
 * `(queued + 1) × estimate / min(maxConcurrent, parallelism)`. Measuring run time alone would
 * take a task that ran by itself on an idle machine for a quarter of what it costs when four
 * share two cores, and the first burst after a quiet spell would be let in at four times the bound.
 * Whatever else takes the cores (the event loop, other processes) lengthens the run times and so
 * the estimate: the bound follows the machine as it is.
 */
/**
 * A place in the queue, taken (and so admitted, or refused) now, for a task given later: the work a
 * request will do is counted from the moment the request arrives, not from when it reaches the
 * task, so requests that will find too much work ahead of them are refused before doing any other.
 */
export interface QueuePlace {
  /** Runs the task in this place (once; a second call, or one after `cancel`, throws). */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Gives the place back unused; after `run` it does nothing. */
  cancel(): void;
}

export class BoundedWorkQueue {
  readonly #maxConcurrent: number;
  readonly #maxWaitMs: number;
  readonly #drainWidth: number;
  readonly #parallelism: number;
  readonly #now: () => number;
  readonly #waiting: Array<() => void> = [];
  #running = 0;
  /** Places taken and not yet run or given back: work on its way. */
  #reserved = 0;
  #taskMs: number;
  /** ∫ (share of a core each running task has) dt since the queue was made, in ms, up to `#sharedAt`. */
  #shared = 0;
  #sharedAt: number;

  constructor(opts: WorkQueueOptions) {
    const { maxConcurrent, maxWaitMs, initialTaskMs, parallelism } = opts;
    if (!Number.isSafeInteger(maxConcurrent) || maxConcurrent < 1) {
      throw new ConfigError(`maxConcurrent must be an integer ≥ 1, got ${maxConcurrent}`);
    }
    if (!Number.isSafeInteger(parallelism) || parallelism < 1) {
      throw new ConfigError(`parallelism must be an integer ≥ 1, got ${parallelism}`);
    }
    if (!Number.isFinite(maxWaitMs) || maxWaitMs < 0) throw new ConfigError(`maxWaitMs must be ≥ 0, got ${maxWaitMs}`);
    if (!Number.isFinite(initialTaskMs) || initialTaskMs < MIN_TASK_MS) {
      throw new ConfigError(`initialTaskMs must be ≥ ${MIN_TASK_MS}, got ${initialTaskMs}`);
    }
    this.#maxConcurrent = maxConcurrent;
    this.#maxWaitMs = maxWaitMs;
    this.#parallelism = parallelism;
    this.#drainWidth = Math.min(maxConcurrent, parallelism);
    this.#now = opts.now ?? (() => performance.now());
    this.#taskMs = initialTaskMs;
    this.#sharedAt = this.#now();
  }

  get running(): number {
    return this.#running;
  }

  get queued(): number {
    return this.#waiting.length;
  }

  /** The running estimate of one task's cost, in ms of one core. */
  get taskMs(): number {
    return this.#taskMs;
  }

  /** Places taken and not yet run or given back. */
  get reserved(): number {
    return this.#reserved;
  }

  /**
   * Estimated ms before a task arriving now would start (0 while a slot is free), counting the
   * places taken for tasks not given yet as work ahead of it.
   */
  get estimatedWaitMs(): number {
    const ahead = this.#running + this.#waiting.length + this.#reserved;
    if (ahead < this.#maxConcurrent) return 0;
    return ((ahead - this.#maxConcurrent + 1) * this.#taskMs) / this.#drainWidth;
  }

  /** Runs `task` when a slot is free; rejects with `server_busy`, without queueing, past the wait bound. */
  run<T>(task: () => Promise<T>): Promise<T> {
    try {
      return this.reserve().run(task);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /** Takes a place now; throws `server_busy` when the work ahead of it is past the wait bound. */
  reserve(): QueuePlace {
    const waitMs = this.estimatedWaitMs;
    if (waitMs > this.#maxWaitMs) {
      // When this task would have started: by then the queue ahead of it has drained.
      throw new TesseraError('server_busy', { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) });
    }
    this.#reserved++;
    let state: 'held' | 'used' | 'cancelled' = 'held';
    return {
      run: <T>(task: () => Promise<T>) => {
        if (state !== 'held') return Promise.reject(new ConfigError(`a queue place runs one task, and this one is ${state}`));
        state = 'used';
        this.#reserved--;
        return this.#runAdmitted(task);
      },
      cancel: () => {
        if (state !== 'held') return;
        state = 'cancelled';
        this.#reserved--;
      },
    };
  }

  async #runAdmitted<T>(task: () => Promise<T>): Promise<T> {
    if (this.#running >= this.#maxConcurrent) {
      // The slot is handed over by `#release`, so `#running` never dips and no newcomer can
      // overtake a task that has waited.
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#accrue();
      this.#running++;
    }
    const started = this.#accrue();
    try {
      return await task();
    } finally {
      const sample = Math.max(MIN_TASK_MS, this.#accrue() - started);
      this.#taskMs += EWMA_WEIGHT * (sample - this.#taskMs);
      this.#release();
    }
  }

  /** Brings `#shared` up to now (call before `#running` changes); returns it. */
  #accrue(): number {
    const now = this.#now();
    if (this.#running > 0) {
      this.#shared += ((now - this.#sharedAt) * Math.min(this.#running, this.#parallelism)) / this.#running;
    }
    this.#sharedAt = now;
    return this.#shared;
  }

  #release(): void {
    const next = this.#waiting.shift();
    if (next) {
      next();
    } else {
      this.#accrue();
      this.#running--;
    }
  }
}
