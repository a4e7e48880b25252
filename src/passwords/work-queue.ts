import { ConfigError, TesseraError } from '../core/errors.ts';

/**
 * At most `maxConcurrent` tasks run; at most `maxQueue` more wait their turn in FIFO order; a
 * task past both is refused at once with `server_busy` (SPEC §4: "past the queue, 503 with
 * Retry-After, not unbounded memory"). Each argon2 task holds its memory (19 MiB) only while it
 * runs, so the bound on running tasks is the bound on that memory.
 */
export class BoundedWorkQueue {
  readonly #maxConcurrent: number;
  readonly #maxQueue: number;
  readonly #waiting: Array<() => void> = [];
  #running = 0;

  constructor(maxConcurrent: number, maxQueue: number) {
    if (!Number.isSafeInteger(maxConcurrent) || maxConcurrent < 1) {
      throw new ConfigError(`maxConcurrent must be an integer ≥ 1, got ${maxConcurrent}`);
    }
    if (!Number.isSafeInteger(maxQueue) || maxQueue < 0) {
      throw new ConfigError(`maxQueue must be an integer ≥ 0, got ${maxQueue}`);
    }
    this.#maxConcurrent = maxConcurrent;
    this.#maxQueue = maxQueue;
  }

  get running(): number {
    return this.#running;
  }

  get queued(): number {
    return this.#waiting.length;
  }

  /** Runs `task` when a slot is free; rejects with `server_busy` without queueing when full. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#running >= this.#maxConcurrent) {
      if (this.#waiting.length >= this.#maxQueue) {
        throw new TesseraError('server_busy', { retryAfterSeconds: 1 });
      }
      // The slot is handed over by `#release`, so `#running` never dips and no newcomer can
      // overtake a task that has waited.
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running++;
    }
    try {
      return await task();
    } finally {
      this.#release();
    }
  }

  #release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#running--;
  }
}
