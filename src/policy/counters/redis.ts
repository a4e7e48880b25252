import type { Redis } from 'ioredis';
import type { CounterHit, Counters } from './port.ts';
import { bucketCount, checkAttempt, checkKey, checkPositive, checkRules, checkSeconds, secondsLeft } from './args.ts';
import { ATTEMPT, HIT, HIT_EACH, PEEK, RELEASE, SLIDING_HIT, SLIDING_PEEK } from './redis-scripts.ts';

/**
 * Counters in Redis, with expiry by Redis's own TTLs. The client is the caller's; errors
 * (connection refused, timeouts) are not caught here: they reject, and the caller fails closed.
 * Fixed counters and claims live under `${prefix}f:`, sliding windows under `${prefix}s:`.
 */
export interface RedisCountersOptions {
  /** Default `tessera:c:`. */
  prefix?: string;
}

interface Scripts {
  tesseraCounterHit(key: string, windowMs: number, cost: number): Promise<[number, number]>;
  tesseraCounterPeek(key: string): Promise<[number, number] | null>;
  tesseraCounterRelease(key: string): Promise<number>;
  tesseraCounterAttempt(
    run: string,
    wait: string,
    memoryMs: number,
    stopAt: number,
    waits: 0 | 1,
    free: number,
    first: number,
    max: number,
  ): Promise<[0, 'wait' | 'stop', number] | [1, number, number]>;
  tesseraCounterHitEach(keyCount: number, ...keysThenArgs: (string | number)[]): Promise<[number, number, number] | null>;
  tesseraSlidingHit(key: string, bucketSeconds: number, buckets: number, cost: number, keepMs: number): Promise<number>;
  tesseraSlidingPeek(key: string, bucketSeconds: number, buckets: number): Promise<number>;
}

export function createRedisCounters(redis: Redis, options: RedisCountersOptions = {}): Counters {
  const prefix = options.prefix ?? 'tessera:c:';
  const fixedKey = (key: string) => `${prefix}f:${key}`;
  const slidingKey = (key: string) => `${prefix}s:${key}`;

  // Defining again on a shared client only replaces the same script.
  redis.defineCommand('tesseraCounterHit', { numberOfKeys: 1, lua: HIT });
  redis.defineCommand('tesseraCounterPeek', { numberOfKeys: 1, lua: PEEK });
  redis.defineCommand('tesseraCounterRelease', { numberOfKeys: 1, lua: RELEASE });
  redis.defineCommand('tesseraCounterAttempt', { numberOfKeys: 2, lua: ATTEMPT });
  // No fixed key count: the first argument says how many keys follow.
  redis.defineCommand('tesseraCounterHitEach', { lua: HIT_EACH });
  redis.defineCommand('tesseraSlidingHit', { numberOfKeys: 1, lua: SLIDING_HIT });
  redis.defineCommand('tesseraSlidingPeek', { numberOfKeys: 1, lua: SLIDING_PEEK });
  const scripts = redis as unknown as Scripts;

  return {
    async hit(key, windowSeconds, cost = 1): Promise<CounterHit> {
      checkKey(key);
      checkSeconds('windowSeconds', windowSeconds);
      checkPositive('cost', cost);
      const [count, leftMs] = await scripts.tesseraCounterHit(fixedKey(key), windowSeconds * 1000, cost);
      return { count, resetInSeconds: secondsLeft(leftMs) };
    },

    async hitEach(rules) {
      checkRules(rules);
      if (rules.length === 0) return null;
      const found = await scripts.tesseraCounterHitEach(
        rules.length,
        ...rules.map((r) => fixedKey(r.key)),
        ...rules.map((r) => r.windowSeconds * 1000),
        ...rules.map((r) => r.limit),
      );
      return found ? { index: found[0], hit: { count: found[1], resetInSeconds: secondsLeft(found[2]) } } : null;
    },

    async release(key) {
      checkKey(key);
      await scripts.tesseraCounterRelease(fixedKey(key));
    },

    async attempt(rule) {
      checkAttempt(rule);
      const w = rule.wait;
      const out = await scripts.tesseraCounterAttempt(
        fixedKey(rule.key),
        fixedKey(w?.key ?? `${rule.key}:wait`),
        rule.memorySeconds * 1000,
        rule.stopAt,
        w ? 1 : 0,
        w?.freeFailures ?? 0,
        w?.firstSeconds ?? 1,
        w?.maxSeconds ?? 1,
      );
      if (out[0] === 1) return { admitted: true, count: out[1], waitSeconds: out[2] };
      return { admitted: false, kind: out[1], retryAfterSeconds: out[1] === 'wait' ? secondsLeft(out[2]) : 0 };
    },

    async peek(key) {
      checkKey(key);
      const found = await scripts.tesseraCounterPeek(fixedKey(key));
      return found ? { count: found[0], resetInSeconds: secondsLeft(found[1]) } : null;
    },

    async claim(key, ttlSeconds) {
      checkKey(key);
      checkSeconds('ttlSeconds', ttlSeconds);
      return (await redis.set(fixedKey(key), '1', 'PX', ttlSeconds * 1000, 'NX')) === 'OK';
    },

    async ttl(key) {
      checkKey(key);
      const leftMs = await redis.pttl(fixedKey(key));
      return leftMs > 0 ? secondsLeft(leftMs) : 0;
    },

    async reset(key) {
      checkKey(key);
      await redis.del(fixedKey(key), slidingKey(key));
    },

    async slidingHit(key, windowSeconds, bucketSeconds, cost = 1) {
      checkKey(key);
      const n = bucketCount(windowSeconds, bucketSeconds);
      checkPositive('cost', cost);
      const keepMs = (windowSeconds + bucketSeconds) * 1000;
      return scripts.tesseraSlidingHit(slidingKey(key), bucketSeconds, n, cost, keepMs);
    },

    async slidingPeek(key, windowSeconds, bucketSeconds) {
      checkKey(key);
      const n = bucketCount(windowSeconds, bucketSeconds);
      return scripts.tesseraSlidingPeek(slidingKey(key), bucketSeconds, n);
    },
  };
}
