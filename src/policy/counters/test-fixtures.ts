import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { Redis } from 'ioredis';
import type { Counters } from './port.ts';
import { COUNTERS_DDL, createPostgresCounters } from './postgres.ts';
import { createRedisCounters } from './redis.ts';

/*
 * Throwaway Postgres and Redis counters for the contract suite and the benchmark: a fresh schema
 * dropped on close, a fresh key prefix deleted on close. Not part of the runtime API.
 */

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const runId = () => `${process.pid}_${randomBytes(4).toString('hex')}`;

export interface ScratchPostgres {
  db: Kysely<any>;
  counters: Counters;
  close(): Promise<void>;
}

export async function openScratchPostgres(poolSize = 10): Promise<ScratchPostgres> {
  const schema = `counters_test_${runId()}`;
  const admin = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 1, connectionTimeoutMillis: 3_000 });
  try {
    await admin.query(`create schema ${schema}`);
  } catch (error) {
    await admin.end();
    throw error;
  }
  const pool = new pg.Pool({
    connectionString: TEST_DATABASE_URL,
    max: poolSize,
    connectionTimeoutMillis: 3_000,
    options: `-c search_path=${schema}`,
  });
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  await sql.raw(COUNTERS_DDL).execute(db);
  return {
    db,
    counters: createPostgresCounters(db),
    async close() {
      await db.destroy();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

export interface ScratchRedis {
  redis: Redis;
  prefix: string;
  counters: Counters;
  close(): Promise<void>;
}

export async function openScratchRedis(): Promise<ScratchRedis> {
  const redis = new Redis(TEST_REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  let cause: unknown;
  const remember = (error: unknown) => (cause = error);
  redis.on('error', remember);
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    // connect() only says "Connection is closed"; the error event says why.
    throw cause ?? error;
  }
  redis.off('error', remember);
  const prefix = `tessera:c:test:${runId()}:`;
  return {
    redis,
    prefix,
    counters: createRedisCounters(redis, { prefix }),
    async close() {
      const stream = redis.scanStream({ match: `${prefix}*`, count: 1000 });
      for await (const keys of stream as AsyncIterable<string[]>) if (keys.length > 0) await redis.unlink(...keys);
      await redis.quit();
    },
  };
}
