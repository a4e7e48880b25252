/**
 * The counter port behind every rate limit, budget, cooldown and breaker of the abuse layer.
 * Backends: memory (one process), Postgres, Redis. All operations are atomic per key, so limits
 * hold under concurrency and across nodes (a shared backend). A rejected promise means the store
 * is unavailable; callers fail closed on it.
 *
 * Keys live in two namespaces: fixed-window counters and claims share one, sliding windows have
 * their own, so `hit('k')` and `slidingHit('k')` never see each other; `reset('k')` clears both.
 */
export interface CounterHit {
  count: number;
  resetInSeconds: number;
}

/** One fixed-window budget for `hitEach`: count more than `limit` within the window and it is spent. */
export interface CounterRule {
  key: string;
  windowSeconds: number;
  limit: number;
}

/**
 * One attempt on a run of consecutive failures (`attempt`): a wrong code on a number, a wrong
 * password on an account. The waits a run earns, when it has any: none for the first
 * `freeFailures`, then `firstSeconds` doubling with each failure up to `maxSeconds`.
 */
/** The waits of a run: none for the first `freeFailures`, then `firstSeconds` doubling up to `maxSeconds`. */
export interface WaitSchedule {
  freeFailures: number;
  firstSeconds: number;
  maxSeconds: number;
}

export interface AttemptRule {
  /** The run's counter; its window (`memorySeconds`) starts at its first attempt. */
  key: string;
  memorySeconds: number;
  /** Once the run holds this many, attempts are refused (`stop`) and not counted. */
  stopAt: number;
  /** The run's wait: while its key lives, attempts are refused (`wait`) and not counted. Null: it never waits. */
  wait: (WaitSchedule & { key: string }) | null;
}

export type AttemptOutcome =
  /** Counted: the run now holds `count`; `waitSeconds` > 0 when this attempt started a wait. */
  { admitted: true; count: number; waitSeconds: number } | { admitted: false; kind: 'wait' | 'stop'; retryAfterSeconds: number };

/** The wait after the `count`-th failure of a run (0: none), as every backend computes it. */
export function waitAfter(wait: WaitSchedule, count: number): number {
  return count <= wait.freeFailures ? 0 : Math.min(wait.maxSeconds, wait.firstSeconds * 2 ** Math.min(count - wait.freeFailures - 1, 30));
}

export interface Counters {
  /**
   * Fixed window: adds `cost` (default 1) to `key`; the window (TTL) starts at the first hit and is not
   * extended by later hits. Returns the count after adding and seconds until reset (ceil, >= 1).
   */
  hit(key: string, windowSeconds: number, cost?: number): Promise<CounterHit>;
  /**
   * `hit` (cost 1) on each rule's key in order, stopping at the first whose count passes its limit:
   * the rules after it are not counted, exactly as if each were hit in turn and the caller stopped
   * at the first refusal, in one round trip. Returns that rule's index and hit, or null when every
   * count stayed within its limit. Each hit is atomic per key, as `hit` is.
   */
  hitEach(rules: readonly CounterRule[]): Promise<{ index: number; hit: CounterHit } | null>;
  /**
   * Takes back one `hit` of a live counter: an attempt counted up front that was then refused
   * before it was evaluated. Never goes below 0 and never touches the window; absent → no-op.
   */
  release(key: string): Promise<void>;
  /**
   * One attempt on a run, as one atomic step on the run and its wait: refused uncounted while the
   * wait lives or once the run is at its stop, else counted, and the wait the count earns started.
   * Attempts racing on one run (on any node, with a shared backend) take turns, so the attempt that
   * earns a wait holds it before the next one is judged: none behind it is admitted.
   */
  attempt(rule: AttemptRule): Promise<AttemptOutcome>;
  /** Current value without changing it; null when absent or expired. */
  peek(key: string): Promise<CounterHit | null>;
  /** Sets key to 1 with ttl only if absent (a cooldown / single-use marker). True if this call set it. */
  claim(key: string, ttlSeconds: number): Promise<boolean>;
  /** Seconds left on a key (0 when absent). */
  ttl(key: string): Promise<number>;
  /** Removes the key's counter or claim and its sliding-window buckets. */
  reset(key: string): Promise<void>;
  /**
   * Sliding-window helper for the SMS-pumping breaker: adds `cost` to the bucket of the current
   * `bucketSeconds` slot and returns the sum over the last `windowSeconds` (buckets kept
   * windowSeconds+bucketSeconds).
   */
  slidingHit(key: string, windowSeconds: number, bucketSeconds: number, cost?: number): Promise<number>;
  slidingPeek(key: string, windowSeconds: number, bucketSeconds: number): Promise<number>;
  close?(): Promise<void>;
}
