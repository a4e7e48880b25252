/**
 * Complete registrations per second (start → read the code → verify → complete) against the real
 * server process, on PGlite and on Postgres, at concurrency 1 and 16, next to the machine's argon2
 * ceiling. See README.md. Run: npm run bench:registration
 *   BENCH_SECONDS (10) and BENCH_WARMUP_SECONDS (2) set each measurement's window;
 *   BENCH_DATABASE_URL names the Postgres server (a scratch database is created and dropped);
 *   BENCH_REDIS_URL (redis://127.0.0.1:6379/15) the Redis of the "Postgres + Redis" row (that database index is emptied);
 *   `-- --profile` runs only Postgres at 16 with the server under --cpu-prof and prints where its
 *   main thread spends its time (RESULTS.md is left alone);
 *   `-- --quick` runs only Postgres at 16 and the two floor rows against one ceiling, and prints them
 *   (RESULTS.md is left alone).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { measureArgon2Ceiling, type Argon2Ceiling } from './argon2.ts';
import { runLoad } from './load.ts';
import { summariseProfile } from './profile.ts';
import { breakdownTable, disturbance, FLOOR, FLOOR_STRENGTH, machineDescription, mainTable, perSecond, TARGET_RATIO, type Row } from './report.ts';
import { httpJson } from './client.ts';
import { REPO_ROOT, startFloorServer, startServer, type ServerChild } from './server.ts';
import { ADMIN_URL, createScratchPostgres, inspectPglite, pgliteVersion } from './stores.ts';

const WINDOW_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const WARMUP_MS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2) * 1000;
const CONCURRENCIES = [1, 16];
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/15';
const ARGON2_CONCURRENCY = 16;
const profiling = process.argv.includes('--profile');
const quick = process.argv.includes('--quick');

const workDir = mkdtempSync(join(os.tmpdir(), 'tessera-bench-'));
const loadBefore = os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(' / ');
const loadAverage1 = os.loadavg()[0]!;
const versions: string[] = [];
const checks: string[] = [];
const rows: Row[] = [];
const log = (line: string) => console.error(`[bench] ${line}`);

/** The code measured: the server runs from the working tree, which may differ from the commit. */
function codeVersion(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'bin', 'package.json') !== '';
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ', with uncommitted changes in src/' : ''}`;
  } catch {
    return 'not a git checkout';
  }
}

async function measureStore(store: Row['store'], concurrencies: number[], postgres?: { url: string; name: string }, cpuProfileDir?: string, redisUrl?: string) {
  const dir = store.toLowerCase().replace(/[^a-z]+/g, '-');
  const server = await startServer({ workDir: join(workDir, dir), databaseUrl: postgres?.url, cpuProfileDir, redisUrl });
  try {
    return { completed: await measureServer(store, server, concurrencies, postgres?.name, redisUrl !== undefined), logFile: server.logFile };
  } finally {
    await server.stop();
  }
}

/** Runs each concurrency against a started server; returns the registrations completed in all. */
async function measureServer(store: Row['store'], server: ServerChild, concurrencies: number[], postgresDatabase?: string, redis = false) {
  let completed = 0;
  for (const concurrency of concurrencies) {
    log(`${store}, concurrency ${concurrency}: ${WARMUP_MS / 1000} s warm-up + ${WINDOW_MS / 1000} s`);
    const load = await runLoad({
      baseUrl: server.baseUrl,
      serverPid: server.pid,
      postgresDatabase,
      redis,
      concurrency,
      warmupMs: WARMUP_MS,
      windowMs: WINDOW_MS,
    });
    completed += load.completedTotal;
    log(`  ${perSecond(load).toFixed(1)} registrations/s, ${[...load.failures.values()].reduce((a, b) => a + b, 0)} failed`);
    rows.push({ store, load });
  }
  return completed;
}

async function ceiling(label: string): Promise<Argon2Ceiling> {
  log(`argon2 ceiling (${label}): ${WARMUP_MS / 1000} s warm-up + ${WINDOW_MS / 1000} s at concurrency ${ARGON2_CONCURRENCY}`);
  const c = await measureArgon2Ceiling(ARGON2_CONCURRENCY, WARMUP_MS, WINDOW_MS);
  log(`  ${c.hashesPerSecond.toFixed(1)} hashes/s`);
  return c;
}

async function onPostgres(concurrencies: number[], cpuProfileDir?: string) {
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>> | undefined;
  try {
    scratch = await createScratchPostgres();
  } catch (err) {
    rows.push({ store: 'Postgres', load: null, skipped: `${ADMIN_URL.replace(/\/\/[^@]*@/, '//…@')}: ${(err as Error).message}` });
    return;
  }
  try {
    versions.push(`PostgreSQL ${scratch.version} on loopback (${scratch.settings}; the server's pool of 16 connections)`);
    const { completed } = await measureStore('Postgres', concurrencies, scratch, cpuProfileDir);
    checks.push(`Postgres: ${await scratch.countAccounts()} accounts in the database, ${completed} registrations completed by the clients`);
  } finally {
    await scratch.drop();
  }
}

/**
 * Postgres with the counters in Redis, as a deployment of several nodes runs: concurrency 16 only.
 * A database index of its own on BENCH_REDIS_URL, emptied first; skipped (with the reason) when
 * Redis does not answer.
 */
async function onPostgresWithRedis() {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on('error', () => {});
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>> | undefined;
  try {
    await redis.connect();
    await redis.flushdb();
    const info = await redis.info('server');
    versions.push(
      `Redis ${/redis_version:(\S+)/.exec(info)?.[1] ?? '?'} on ${new URL(REDIS_URL).host} (the Postgres + Redis row: counters in Redis, ` +
        `database index ${new URL(REDIS_URL).pathname.slice(1) || '0'}, emptied first)`,
    );
    scratch = await createScratchPostgres();
  } catch (err) {
    rows.push({ store: 'Postgres + Redis', load: null, skipped: `${REDIS_URL}: ${(err as Error).message}` });
    redis.disconnect();
    return;
  }
  try {
    const { completed } = await measureStore('Postgres + Redis', [16], scratch, undefined, REDIS_URL);
    checks.push(`Postgres + Redis: ${await scratch.countAccounts()} accounts in the database, ${completed} registrations completed by the clients`);
  } finally {
    await scratch.drop();
    await redis.flushdb().catch(() => {});
    redis.disconnect();
  }
}

/**
 * The floor rows: floor-server.ts (the same exchanges, one argon2 hash, nothing else) under the
 * same load, then the same with Tessera's password strength check. Not Tessera: they say how near
 * the ceiling any registration can come on this machine while the load generator and the HTTP
 * work share its cores, and how near one that keeps docs/configuration.md's strength check can.
 */
async function onFloors() {
  for (const [store, strength] of [
    [FLOOR, false],
    [FLOOR_STRENGTH, true],
  ] as const) {
    const server = await startFloorServer(join(workDir, strength ? 'floor-strength' : 'floor'), strength);
    try {
      const completed = await measureServer(store, server, [16]);
      const { json } = await httpJson(`${server.baseUrl}/accounts`);
      checks.push(`${store}: ${json.count} accounts held, ${completed} registrations completed by the clients`);
    } finally {
      await server.stop();
    }
  }
}

async function onPglite() {
  const { completed } = await measureStore('PGlite', CONCURRENCIES);
  const inspected = await inspectPglite(join(workDir, 'pglite', 'data'));
  versions.push(`PGlite ${pgliteVersion()} (PostgreSQL ${inspected.postgresVersion} in WASM, in the server process, data dir on ${os.tmpdir()})`);
  checks.push(`PGlite: ${inspected.accounts} accounts in the database, ${completed} registrations completed by the clients`);
}

if (profiling) {
  const profileDir = join(workDir, 'profile');
  const before = await ceiling('before');
  await onPostgres([16], profileDir);
  const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
  console.log(mainTable(rows, before.hashesPerSecond));
  console.log(`\n${breakdownTable(rows, before.cpuMsPerHash)}\n`);
  const window = rows[0]?.load?.cpu?.windowMonoUs;
  console.log(file ? summariseProfile(join(profileDir, file), window) : 'no CPU profile was written');
  console.log(`\nProfile kept in ${profileDir} (open it in Chrome DevTools → Performance).`);
} else if (quick) {
  const before = await ceiling('before');
  await onPostgres([16]);
  await onFloors();
  console.log(mainTable(rows, before.hashesPerSecond));
  console.log(`\n${breakdownTable(rows, before.cpuMsPerHash)}`);
  rmSync(workDir, { recursive: true, force: true });
} else {
  const before = await ceiling('before');
  await onPglite();
  await onPostgres(CONCURRENCIES);
  await onPostgresWithRedis();
  await onFloors();
  const after = await ceiling('after');
  const mean = (before.hashesPerSecond + after.hashesPerSecond) / 2;
  const cpuMsPerHash = (before.cpuMsPerHash + after.cpuMsPerHash) / 2;
  const pg16 = rows.find((r) => r.store === 'Postgres' && r.load?.concurrency === 16)?.load;
  const floor = rows.find((r) => r.store === FLOOR)?.load;
  const floorStrength = rows.find((r) => r.store === FLOOR_STRENGTH)?.load;
  const floorLine = [
    floor
      ? `Floor (${FLOOR}, concurrency 16): ${((perSecond(floor) / mean) * 100).toFixed(0)} % of the ceiling: no registration server can come ` +
        `nearer than that on this machine with this load generator.`
      : '',
    floorStrength
      ? `With the strength check of docs/configuration.md (${FLOOR_STRENGTH}): ${((perSecond(floorStrength) / mean) * 100).toFixed(0)} %, ` +
        `before any storage, budget or SMS.`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
  const verdict = pg16
    ? `Target (Postgres, concurrency 16, ≥ ${TARGET_RATIO * 100} % of the ceiling): ` +
      `${perSecond(pg16) / mean >= TARGET_RATIO ? 'met' : 'not met'} (${((perSecond(pg16) / mean) * 100).toFixed(0)} %).`
    : 'Target (Postgres, concurrency 16): not measured.';
  const report =
    `# Registration throughput

${new Date().toISOString().slice(0, 10)} · \`npm run bench:registration\` · ${codeVersion()} · each row ${WARMUP_MS / 1000} s warm-up, then ` +
    `${WINDOW_MS / 1000} s measured

${mainTable(rows, mean)}

argon2 ceiling (@node-rs/argon2, argon2id m = 19456 KiB, t = 2, p = 1, ${ARGON2_CONCURRENCY} at once, own process):
${before.hashesPerSecond.toFixed(1)} hashes/s before the registrations, ${after.hashesPerSecond.toFixed(1)} after; the ratio uses their mean,
${mean.toFixed(1)} hashes/s (${cpuMsPerHash.toFixed(1)} ms of CPU a hash).
${verdict}
${floorLine}

Where the time goes (client-side step latencies; CPU time per registration during the window, by process):

${breakdownTable(rows, cpuMsPerHash)}

${disturbance(rows, loadAverage1)}

Checks: ${checks.join('; ')}.

## Machine

${machineDescription(versions)}
- Load average (1 / 5 / 15 min) when the run began: ${loadBefore}. Server, load generator and Postgres share these cores.
`;
  console.log(report);
  writeFileSync(new URL('./RESULTS.md', import.meta.url), report);
  rmSync(workDir, { recursive: true, force: true });
}
