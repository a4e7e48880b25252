/**
 * Session validation (`GET /v1/me`) and access-token issuance (`POST /v1/tokens`) on Postgres,
 * side by side with Better Auth's `get-session` in one run, at 1 and 50 connections, with wrk.
 * See README.md. Run: npm run bench:sessions
 *   BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (2), BENCH_ACCOUNTS (50), BENCH_DATABASE_URL;
 *   `-- --profile` runs Tessera alone at 50 connections under --cpu-prof and writes PROFILE.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { summariseProfile } from '../registration/profile.ts';
import { machineDescription } from '../registration/report.ts';
import { ensurePeerInstalled, livePeerSessions, signUpPeer, startPeer, type PeerChild } from './peer.ts';
import { comparison, cpuTable, disturbance, mainTable, perSecond, VALIDATION, VALIDATION_CACHE_OFF, type Row } from './report.ts';
import { createScratchDatabase, describePostgres, type ScratchDatabase } from './stores.ts';
import { checkAccessToken, liveTesseraSessions, signUpTessera, startTessera } from './tessera.ts';
import { runWrk, wrkVersion, type Target } from './wrk.ts';

const WINDOW_S = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_S = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 50);
const CONNECTIONS = [1, 50];
const profiling = process.argv.includes('--profile');
const log = (line: string) => console.error(`[bench] ${line}`);

const wrk = wrkVersion();
if (!wrk) {
  console.error('wrk is not installed (Debian/Ubuntu: apt-get install -y wrk; macOS: brew install wrk).');
  process.exit(1);
}
const peerVersion = profiling ? null : ensurePeerInstalled(log);

const workDir = mkdtempSync(join(os.tmpdir(), 'tessera-bench-sessions-'));
const loadBefore = os
  .loadavg()
  .map((l) => l.toFixed(2))
  .join(' / ');
const loadAverage1 = os.loadavg()[0]!;
const rows: Row[] = [];
const checks: string[] = [];
const cleanup: (() => Promise<void>)[] = [];

async function measure(target: Target, connections: number): Promise<void> {
  log(`${target.system} ${target.endpoint}, ${connections} connection(s): ${WARMUP_S} s warm-up + ${WINDOW_S} s`);
  const load = await runWrk(target, connections, WARMUP_S, WINDOW_S, workDir);
  log(`  ${perSecond(load).toFixed(0)} req/s, p99 ${load.p99Ms.toFixed(2)} ms, ${load.badStatus + load.socketErrors} errors`);
  rows.push({ system: target.system, endpoint: target.endpoint, load });
}

/** A Tessera server with N accounts; `cacheOff` turns its in-memory session cache off (`sessions.cacheSeconds: 0`). */
async function tessera(db: ScratchDatabase, options: { cpuProfileDir?: string; cacheOff?: boolean } = {}) {
  const server = await startTessera({
    workDir: join(workDir, options.cacheOff ? 'tessera-cache-off' : 'tessera'),
    databaseUrl: db.url,
    cpuProfileDir: options.cpuProfileDir,
    ...(options.cacheOff ? { policy: { sessions: { cacheSeconds: 0 } } } : {}),
  });
  cleanup.push(() => server.stop());
  log(`Tessera${options.cacheOff ? ' (session cache off)' : ''}: registering ${ACCOUNTS} accounts`);
  const tokens = await signUpTessera(server.baseUrl, ACCOUNTS);
  const common = {
    system: 'Tessera' as const,
    header: 'Authorization',
    values: tokens.map((t) => `Bearer ${t}`),
    serverPid: server.pid,
    database: databaseName(db),
  };
  return {
    server,
    tokens,
    me: { ...common, endpoint: options.cacheOff ? VALIDATION_CACHE_OFF : VALIDATION.Tessera, method: 'GET' as const, url: `${server.baseUrl}/v1/me` },
    issue: { ...common, endpoint: 'POST /v1/tokens', method: 'POST' as const, url: `${server.baseUrl}/v1/tokens` },
  };
}

async function betterAuth(db: ScratchDatabase): Promise<{ peer: PeerChild; cookies: string[]; getSession: Target }> {
  const peer = await startPeer(db.url, join(workDir, 'better-auth.log'));
  cleanup.push(() => peer.stop());
  log(`Better Auth: signing up ${ACCOUNTS} users`);
  const cookies = await signUpPeer(peer.baseUrl, ACCOUNTS);
  return {
    peer,
    cookies,
    getSession: {
      system: 'Better Auth',
      endpoint: VALIDATION['Better Auth'],
      method: 'GET',
      url: `${peer.baseUrl}/api/auth/get-session`,
      header: 'Cookie',
      values: cookies,
      serverPid: peer.pid,
      database: databaseName(db),
    },
  };
}

const databaseName = (db: ScratchDatabase) => new URL(db.url).pathname.slice(1);

/** The code measured: the server runs from the working tree, which may differ from the commit. */
function codeVersion(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: new URL('../../', import.meta.url).pathname, encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'bin', 'package.json') !== '';
    return `Tessera at commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ', with uncommitted changes in src/, bin/ or package.json' : ''}`;
  } catch {
    return 'Tessera from a tree that is not a git checkout';
  }
}

async function scratch(prefix: string): Promise<ScratchDatabase> {
  const db = await createScratchDatabase(prefix);
  cleanup.push(() => db.drop());
  return db;
}

async function compare(): Promise<void> {
  const postgres = await describePostgres();
  const t = await tessera(await scratch('tessera_bench_sessions'));
  const off = await tessera(await scratch('tessera_bench_sessions_cache_off'), { cacheOff: true });
  const b = await betterAuth(await scratch('better_auth_bench_sessions'));
  const before = [await liveTesseraSessions(t.server.baseUrl, t.tokens), await livePeerSessions(b.peer.baseUrl, b.cookies)];
  const jwt = await checkAccessToken(t.server.baseUrl, t.tokens[0]!);
  for (const c of CONNECTIONS) {
    await measure(t.me, c);
    await measure(off.me, c);
    await measure(b.getSession, c);
    await measure(t.issue, c);
  }
  const after = [await liveTesseraSessions(t.server.baseUrl, t.tokens), await livePeerSessions(b.peer.baseUrl, b.cookies)];
  checks.push(
    `Tessera: ${before[0]}/${ACCOUNTS} session tokens accepted by \`GET /v1/me\` before the load, ${after[0]}/${ACCOUNTS} after`,
    `Better Auth: ${before[1]}/${ACCOUNTS} cookies answered with a session (not \`null\`) by \`get-session\` before, ${after[1]}/${ACCOUNTS} after`,
    `access token: ${jwt}`,
  );
  const report = `# Session validation and access tokens

${new Date().toISOString().slice(0, 10)} · \`npm run bench:sessions\` · each row ${WARMUP_S} s warm-up, then ${WINDOW_S} s measured ·
wrk ${wrk}, one thread, keep-alive, each request carrying the next of ${ACCOUNTS} sessions in turn

${mainTable(rows)}

${comparison(rows, CONNECTIONS)}

CPU per request during the window, by process (µs; all processes share the same cores):

${cpuTable(rows)}

${disturbance(rows, loadAverage1)}

Checks: ${checks.join('; ')}.

## Machine

${machineDescription([
  codeVersion(),
  postgres,
  `better-auth ${peerVersion} (phone-number plugin, Kysely's Postgres dialect via pg, ` + `NODE_ENV=production, rate limiter off, telemetry off)`,
  `wrk ${wrk}`,
])}
- Load average (1 / 5 / 15 min) when the run began: ${loadBefore}. Servers, wrk and Postgres share these cores.
`;
  console.log(report);
  writeFileSync(new URL('./RESULTS.md', import.meta.url), report);
}

async function profile(): Promise<void> {
  const profileDir = join(workDir, 'profile');
  mkdirSync(profileDir, { recursive: true });
  const t = await tessera(await scratch('tessera_bench_sessions'), { cpuProfileDir: profileDir });
  for (const target of [t.me, t.issue]) await measure(target, 50);
  await t.server.stop();
  const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no CPU profile was written');
  const sections = rows.map(
    ({ endpoint, load }) => `## \`${endpoint}\`, 50 connections: ${perSecond(load).toFixed(0)} req/s, p99 ${load.p99Ms.toFixed(2)} ms

${cpuTable([rows.find((r) => r.endpoint === endpoint)!])}

${summariseProfile(join(profileDir, file), load.cpu?.windowMonoUs)}`,
  );
  const out = `# Where Tessera's session endpoints spend their time

${new Date().toISOString().slice(0, 10)} · \`npm run bench:sessions -- --profile\` · Tessera alone on Postgres under \`node --cpu-prof\`,
${WARMUP_S} s warm-up + ${WINDOW_S} s per endpoint; only samples from the measured window count. The profiler itself slows
the server, so read the shares, not the rates. Load average when the run began: ${loadBefore}.

${sections.join('\n\n')}
`;
  console.log(out);
  writeFileSync(new URL('./PROFILE.md', import.meta.url), out);
  console.error(`\nProfile kept in ${profileDir} (open it in Chrome DevTools → Performance).`);
}

try {
  await (profiling ? profile() : compare());
} finally {
  for (const step of cleanup.reverse()) await step().catch((err) => log(`cleanup: ${(err as Error).message}`));
  if (!profiling) rmSync(workDir, { recursive: true, force: true });
}
