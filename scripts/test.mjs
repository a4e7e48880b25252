#!/usr/bin/env node
// Runs every test: unit tests beside the code (src/**/*.test.ts) and the suites in test/.
// Node 20's runner takes no globs, so the files are listed here. Extra arguments filter by path.
//
// Two phases. First everything but test/timing/, TEST_CONCURRENCY files at a time (2 unless set).
// Then test/timing/ alone, one file at a time: those tests compare how long the server takes, and
// there nothing else of the suite competes for the cores while they measure. The second phase runs
// even if the first failed; the exit code is non-zero if either did.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const TIMING_DIR = `test${sep}timing${sep}`;

function collect(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out;
}

const filters = process.argv.slice(2);
const files = [...collect(join(root, 'src')), ...collect(join(root, 'test'))].filter((f) => filters.length === 0 || filters.some((x) => f.includes(x))).sort();
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}

const phases = [
  // Every JSON answer a test provokes is also held to its operation in /openapi.json (docs/api.md).
  {
    name: 'main',
    files: files.filter((f) => !f.startsWith(TIMING_DIR)),
    concurrency: process.env.TEST_CONCURRENCY ?? '2',
    env: { TESSERA_CHECK_RESPONSES: '1' },
  },
  { name: 'timing, alone', files: files.filter((f) => f.startsWith(TIMING_DIR)), concurrency: '1', env: {} },
].filter((p) => p.files.length > 0);

let status = 0;
for (const phase of phases) {
  if (phases.length > 1)
    console.log(`\n# phase: ${phase.name} (${phase.files.length} file${phase.files.length === 1 ? '' : 's'}, ${phase.concurrency} at a time)\n`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${phase.concurrency}`, '--test-reporter=spec', ...phase.files], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'test', ...phase.env },
  });
  const code = result.status ?? 1;
  if (phases.length > 1)
    console.log(
      `\n# phase ${phase.name}: ${code === 0 ? 'passed' : `failed (${result.signal ?? `exit ${code}`})`} in ${Math.round((Date.now() - started) / 1000)} s`,
    );
  if (code !== 0 && status === 0) status = code;
}
process.exit(status);
