import { waitAfter, type CounterHit, type Counters } from './port.ts';
import { bucketCount, checkAttempt, checkKey, checkPositive, checkRules, checkSeconds, secondsLeft, slotOf } from './args.ts';

/**
 * Counters in one process's memory: for `tessera dev`, tests and single-node installs. Limits are
 * per process, so a multi-node deployment must use Postgres or Redis.
 */
export interface MemoryCountersOptions {
  /** Milliseconds since the epoch; inject a frozen clock in tests. */
  clock?: () => number;
  /** How often expired keys are dropped; reads also drop them lazily. Default 60 s. */
  sweepIntervalMs?: number;
}

export interface MemoryCounters extends Counters {
  /** Drops every expired entry now; returns how many went. */
  sweep(): number;
  /** Live and not-yet-swept entries, both namespaces. */
  readonly size: number;
  close(): Promise<void>;
}

interface Entry {
  count: number;
  expiresAt: number;
}

interface Sliding {
  buckets: Map<number, number>;
  expiresAt: number;
}

export function createMemoryCounters(options: MemoryCountersOptions = {}): MemoryCounters {
  const clock = options.clock ?? Date.now;
  const fixed = new Map<string, Entry>();
  const sliding = new Map<string, Sliding>();

  const live = <T extends { expiresAt: number }>(map: Map<string, T>, key: string, now: number): T | undefined => {
    const entry = map.get(key);
    if (entry === undefined || entry.expiresAt > now) return entry;
    map.delete(key);
    return undefined;
  };

  const sumBuckets = (entry: Sliding | undefined, slot: number, n: number): number => {
    let sum = 0;
    for (const [s, count] of entry?.buckets ?? []) if (s > slot - n && s <= slot) sum += count;
    return sum;
  };

  const sweep = (): number => {
    const now = clock();
    let removed = 0;
    for (const map of [fixed, sliding] as Map<string, { expiresAt: number }>[]) {
      for (const [key, entry] of map) {
        if (entry.expiresAt <= now) {
          map.delete(key);
          removed++;
        }
      }
    }
    return removed;
  };

  // Unref'd: a pending sweep never keeps the process alive.
  const timer = setInterval(sweep, options.sweepIntervalMs ?? 60_000);
  timer.unref();

  const hitNow = (key: string, windowSeconds: number, cost: number, now: number): CounterHit => {
    let entry = live(fixed, key, now);
    if (entry === undefined) {
      entry = { count: 0, expiresAt: now + windowSeconds * 1000 };
      fixed.set(key, entry);
    }
    entry.count += cost;
    return { count: entry.count, resetInSeconds: secondsLeft(entry.expiresAt - now) };
  };

  return {
    async hit(key, windowSeconds, cost = 1): Promise<CounterHit> {
      checkKey(key);
      checkSeconds('windowSeconds', windowSeconds);
      checkPositive('cost', cost);
      return hitNow(key, windowSeconds, cost, clock());
    },

    async hitEach(rules) {
      checkRules(rules);
      const now = clock();
      for (const [index, rule] of rules.entries()) {
        const hit = hitNow(rule.key, rule.windowSeconds, 1, now);
        if (hit.count > rule.limit) return { index, hit };
      }
      return null;
    },

    async release(key) {
      checkKey(key);
      const entry = live(fixed, key, clock());
      if (entry !== undefined) entry.count = Math.max(0, entry.count - 1);
    },

    async attempt(rule) {
      checkAttempt(rule);
      const now = clock();
      const wait = rule.wait ? live(fixed, rule.wait.key, now) : undefined;
      if (wait !== undefined) return { admitted: false, kind: 'wait', retryAfterSeconds: secondsLeft(wait.expiresAt - now) };
      if ((live(fixed, rule.key, now)?.count ?? 0) >= rule.stopAt) return { admitted: false, kind: 'stop', retryAfterSeconds: 0 };
      const { count } = hitNow(rule.key, rule.memorySeconds, 1, now);
      const waitSeconds = rule.wait ? waitAfter(rule.wait, count) : 0;
      if (rule.wait && waitSeconds > 0) fixed.set(rule.wait.key, { count: 1, expiresAt: now + waitSeconds * 1000 });
      return { admitted: true, count, waitSeconds };
    },

    async peek(key) {
      checkKey(key);
      const now = clock();
      const entry = live(fixed, key, now);
      return entry ? { count: entry.count, resetInSeconds: secondsLeft(entry.expiresAt - now) } : null;
    },

    async claim(key, ttlSeconds) {
      checkKey(key);
      checkSeconds('ttlSeconds', ttlSeconds);
      const now = clock();
      if (live(fixed, key, now) !== undefined) return false;
      fixed.set(key, { count: 1, expiresAt: now + ttlSeconds * 1000 });
      return true;
    },

    async ttl(key) {
      checkKey(key);
      const now = clock();
      const entry = live(fixed, key, now);
      return entry ? secondsLeft(entry.expiresAt - now) : 0;
    },

    async reset(key) {
      checkKey(key);
      fixed.delete(key);
      sliding.delete(key);
    },

    async slidingHit(key, windowSeconds, bucketSeconds, cost = 1) {
      checkKey(key);
      const n = bucketCount(windowSeconds, bucketSeconds);
      checkPositive('cost', cost);
      const now = clock();
      const slot = slotOf(now, bucketSeconds);
      let entry = live(sliding, key, now);
      if (entry === undefined) {
        entry = { buckets: new Map(), expiresAt: 0 };
        sliding.set(key, entry);
      }
      // Old buckets go as we pass, so one busy key stays at n entries.
      for (const s of entry.buckets.keys()) if (s <= slot - n) entry.buckets.delete(s);
      entry.buckets.set(slot, (entry.buckets.get(slot) ?? 0) + cost);
      entry.expiresAt = now + (windowSeconds + bucketSeconds) * 1000;
      return sumBuckets(entry, slot, n);
    },

    async slidingPeek(key, windowSeconds, bucketSeconds) {
      checkKey(key);
      const n = bucketCount(windowSeconds, bucketSeconds);
      const now = clock();
      return sumBuckets(live(sliding, key, now), slotOf(now, bucketSeconds), n);
    },

    sweep,

    get size() {
      return fixed.size + sliding.size;
    },

    async close() {
      clearInterval(timer);
    },
  };
}
