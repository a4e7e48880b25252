/**
 * Counter backends under load: `hit()` calls per second at concurrency 1 and 32, 3 s each.
 * Run: node --import tsx bench/counters/run.ts   (TEST_DATABASE_URL / TEST_REDIS_URL as for tests)
 * Prints a markdown report; bench/counters/RESULTS.md is one such run.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createMemoryCounters, type Counters } from '../../src/policy/counters/index.ts';
import { openScratchPostgres, openScratchRedis } from '../../src/policy/counters/test-fixtures.ts';

const SECONDS = 3;
const PG_POOL = 16;

interface Run {
  backend: string;
  concurrency: number;
  keys: string;
  ops: number;
  latenciesMs: number[];
}

async function measure(backend: string, counters: Counters, concurrency: number, keySpace: number): Promise<Run> {
  const latenciesMs: number[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  let next = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      const key = `bench:${next++ % keySpace}`;
      const start = performance.now();
      await counters.hit(key, 60);
      latenciesMs.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { backend, concurrency, keys: keySpace === 1 ? '1 (hot)' : String(keySpace), ops: latenciesMs.length, latenciesMs };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

function row(run: Run): string {
  const sorted = run.latenciesMs.sort((a, b) => a - b);
  const perSecond = Math.round(run.ops / SECONDS).toLocaleString('en-US');
  return `| ${run.backend} | ${run.concurrency} | ${run.keys} | ${perSecond} | ${percentile(sorted, 50).toFixed(3)} | ${percentile(sorted, 99).toFixed(3)} |`;
}

async function suite(backend: string, counters: Counters): Promise<string[]> {
  const rows: string[] = [];
  for (const [concurrency, keySpace] of [
    [1, 1000],
    [32, 1000],
    [32, 1],
  ] as const) {
    rows.push(row(await measure(backend, counters, concurrency, keySpace)));
  }
  return rows;
}

const loadBefore = os.loadavg()[0]!.toFixed(2);
const lines: string[] = [];
const versions: string[] = [`Node ${process.version}`];

const memory = createMemoryCounters();
lines.push(...(await suite('memory', memory)));
await memory.close();

try {
  const pg = await openScratchPostgres(PG_POOL);
  const { rows } = await sql<{ v: string; sync: string }>`
    select current_setting('server_version') as v, current_setting('synchronous_commit') as sync`.execute(pg.db);
  versions.push(`PostgreSQL ${rows[0]!.v} on loopback (pool of ${PG_POOL}, synchronous_commit ${rows[0]!.sync})`);
  lines.push(...(await suite('postgres', pg.counters)));
  await pg.close();
} catch (error) {
  lines.push(`| postgres | – | – | not run: ${(error as Error).message} | | |`);
}

try {
  const redis = await openScratchRedis();
  const info = await redis.redis.info('server');
  versions.push(`Redis ${/redis_version:(\S+)/.exec(info)?.[1] ?? '?'} on loopback (ioredis, one connection)`);
  lines.push(...(await suite('redis', redis.counters)));
  await redis.close();
} catch (error) {
  lines.push(`| redis | – | – | not run: ${(error as Error).message} | | |`);
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const memGiB = (os.totalmem() / 2 ** 30).toFixed(0);
console.log(`# Counter backends: hit() throughput

Machine: ${os.availableParallelism()} vCPU (${cpu}), ${memGiB} GiB RAM, ${os.type()} ${os.release()}; ${versions.join('; ')}.
Load average (1 min) when the run began: ${loadBefore}. Load generator, Node and the stores share those cores. Each row runs ${SECONDS} s of \`hit(key, 60)\`
calls, each worker awaiting one call at a time; keys cycle over the key space.

| backend | concurrency | keys | hits/s | p50 ms | p99 ms |
|---|---|---|---|---|---|
${lines.join('\n')}`);
