export type { CounterHit, Counters } from './port.ts';
export { createMemoryCounters, type MemoryCounters, type MemoryCountersOptions } from './memory.ts';
export { createPostgresCounters, sweepExpired, COUNTERS_DDL } from './postgres.ts';
export { createRedisCounters, type RedisCountersOptions } from './redis.ts';
