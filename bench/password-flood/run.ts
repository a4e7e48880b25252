/**
 * An argon2 flood: bursts of password logins with 128-character passwords, all at once, against
 * the real server in a child process; per burst the latency of each answer (median, p90), the
 * `503 server_busy` answers and their Retry-After, the 401s, and the server's RSS before and at its
 * peak. A fresh server per run; several runs, and their spread. See README.md.
 *
 *   npm run bench:password-flood -- [--tree [label=]<dir>]… [--label <name>] [--runs 3] [--sizes 100,300]
 *                                   [--store pglite|postgres] [--json <file>]
 *
 * --tree: the source tree whose bin/tessera.js is started (default: this one, env TESSERA_TREE),
 *   so that an older commit can be measured from a `git worktree` with the same benchmark. Give it
 *   more than once, as `label=dir`, to measure trees in turn (run 1 of each, then run 2 of each…);
 * --store postgres: a scratch database per run on BENCH_DATABASE_URL (default
 *   postgres://postgres@127.0.0.1:5432/postgres), dropped afterwards; default PGlite, as `tessera dev`;
 * --json: add this invocation's figures to that file (a JSON array), e.g. bench/password-flood/results.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { measureArgon2Ceiling } from '../registration/argon2.ts';
import { createScratchPostgres, type ScratchPostgres } from '../registration/stores.ts';
import { burst, sequential } from './load.ts';
import { burstFigures, invocationMarkdown, medianOf, readResults, type Invocation, type RunFigures } from './report.ts';
import { startFloodServer } from './server.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
/**
 * Every `--tree [label=]dir`: more than one are measured in turn, run 1 of each, then run 2 of each…, so that
 * a busy spell of the machine falls on all of them.
 */
const trees = process.argv
  .flatMap((a, i) => (a === '--tree' && process.argv[i + 1] ? [process.argv[i + 1]!] : []))
  .map((t) => {
    const eq = t.indexOf('=');
    return eq > 0 ? { label: t.slice(0, eq), dir: resolve(t.slice(eq + 1)) } : { label: arg('label'), dir: resolve(t) };
  });
if (trees.length === 0) trees.push({ label: arg('label'), dir: resolve(process.env.TESSERA_TREE ?? new URL('../../', import.meta.url).pathname) });
const runs = Number(arg('runs') ?? 3);
const sizes = (arg('sizes') ?? '100,300').split(',').map(Number);
const store = (arg('store') ?? 'pglite') as 'pglite' | 'postgres';
const jsonFile = arg('json');
if (!['pglite', 'postgres'].includes(store)) throw new Error(`--store pglite or postgres, not ${store}`);
if (!Number.isSafeInteger(runs) || runs < 1 || sizes.some((s) => !Number.isSafeInteger(s) || s < 1)) throw new Error('--runs and --sizes take whole numbers');
/** Logins one at a time before the bursts: the first warm the server up, the rest give the single-login latency. */
const WARMUP_LOGINS = 10;
const SINGLE_LOGINS = 20;
const PAUSE_MS = 3000;
const log = (line: string) => console.error(`[bench] ${line}`);

function describeTree(tree: string): { tree: string; commit: string | null } {
  try {
    const git = (...args: string[]) => execFileSync('git', ['-C', tree, ...args], { encoding: 'utf8' }).trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--', 'src', 'bin', 'package.json') !== '';
    return { commit, tree: `commit ${commit}${dirty ? ' with uncommitted changes in src/' : ''} (${git('log', '-1', '--format=%s').slice(0, 80)})` };
  } catch {
    return { commit: null, tree };
  }
}

async function oneRun(tree: string, run: number, workDir: string): Promise<RunFigures> {
  let scratch: ScratchPostgres | undefined;
  if (store === 'postgres') scratch = await createScratchPostgres();
  try {
    const server = await startFloodServer(tree, join(workDir, `run-${run}`), scratch?.url);
    try {
      await sequential(server.baseUrl, WARMUP_LOGINS);
      const singleLoginMs = medianOf((await sequential(server.baseUrl, SINGLE_LOGINS)).map((a) => a.ms));
      const bursts = [];
      for (const size of sizes) {
        await new Promise((r) => setTimeout(r, PAUSE_MS));
        const f = burstFigures(await burst(server.baseUrl, server.pid, size, scratch?.name));
        log(
          `run ${run}, ${size} at once: median ${f.medianMs.toFixed(0)} ms, p90 ${f.p90Ms.toFixed(0)} ms, ${f.busy} × 503, ` +
            `RSS ${f.rssBeforeMiB.toFixed(0)} → ${f.rssPeakMiB.toFixed(0)} MiB; ${JSON.stringify(f.answers)}`,
        );
        bursts.push(f);
      }
      return { run, singleLoginMs, bursts };
    } finally {
      await server.stop();
    }
  } finally {
    await scratch?.drop();
  }
}

const workDir = mkdtempSync(join(os.tmpdir(), 'tessera-flood-'));
const command = `npm run bench:password-flood -- ${process.argv.slice(2).join(' ')}`.trim();
try {
  const measured = trees.map(({ label, dir }) => ({ dir, label, ...describeTree(dir), results: [] as RunFigures[] }));
  for (const m of measured) log(`${m.label ?? ''} ${m.tree}`.trim());
  log(`${store}, ${runs} runs of each, bursts of ${sizes.join(' and ')}`);
  const loadAtStart = os.loadavg();
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const ceilingBefore = (await measureArgon2Ceiling(16, 1000, 4000)).hashesPerSecond;
  for (let run = 1; run <= runs; run++) {
    for (const [i, m] of measured.entries()) m.results.push(await oneRun(m.dir, run, join(workDir, String(i))));
  }
  const ceilingAfter = (await measureArgon2Ceiling(16, 1000, 4000)).hashesPerSecond;
  const invocations: Invocation[] = measured.map((m) => ({
    label: m.label ?? m.commit ?? m.dir,
    tree: m.tree,
    commit: m.commit,
    store,
    date,
    command,
    machine: {
      nproc: os.availableParallelism(),
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      node: process.version,
      threadPool: process.env.UV_THREADPOOL_SIZE ?? '4 (default)',
    },
    argon2HashesPerSecond: [ceilingBefore, ceilingAfter],
    loadAverage: { start: loadAtStart, end: os.loadavg() },
    runs: m.results,
  }));
  console.log(invocations.map(invocationMarkdown).join('\n\n'));
  if (jsonFile) {
    writeFileSync(jsonFile, `${JSON.stringify([...readResults(jsonFile), ...invocations], null, 2)}\n`);
    log(`added to ${jsonFile}`);
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
