import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { build, type Plugin } from 'esbuild';
import { generateSecret } from '../src/core/secrets.ts';
import { freshDataDir } from './helpers/pglite-template.ts';
import { createScratchDatabase, postgresUnavailable } from './helpers/services.ts';
import { freePort, waitFor } from './helpers/net.ts';
import { ROOT, exitOf, killAll, spawnCli, type CliChild } from './helpers/cli.ts';

// The command line as people run it: real processes of `node bin/tessera.js`, real HTTP.
const PG_SKIP = await postgresUnavailable();
const STRONG_PASSWORD = 'otter-lantern-Harbor-92';
// Bounds for one step (a command to its exit, a server to its first answer) and for a whole test:
// generous, because a loaded machine stretches them (at a load of 10 on 2 cores, tessera dev took
// 27 s to answer and a command through its admin API 14 s), and the step's bound names what hung.
const STEP_MS = 120_000;
const TEST_MS = 300_000;

const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  killAll();
  for (const clean of cleanups.reverse()) await clean();
});

/*
 * bin/tessera.js compiled once for this file, as tsx compiles it on every start but in one go:
 * esbuild, the packages left to node_modules, tsx's loader (the one thing bin/tessera.js does
 * besides calling main) made a no-op. A command then starts in plain node, with about 2 s of CPU
 * less each (this file: ~90 s of CPU before, ~58 s after), so a loaded machine stretches it less.
 * `tessera dev` itself still runs through bin/tessera.js and tsx, as people run it.
 */
let compiled: string | undefined;
before(async () => {
  // Inside node_modules, so that the compiled file finds the packages the way bin/ does.
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'tessera-cli-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const noLoader: Plugin = {
    name: 'no-tsx-loader',
    setup(b) {
      b.onResolve({ filter: /^tsx\/esm\/api$/ }, () => ({ path: 'tsx-api', namespace: 'no-tsx-loader' }));
      b.onLoad({ filter: /.*/, namespace: 'no-tsx-loader' }, () => ({ contents: 'export function register() {}', loader: 'js' }));
      // A source file's own URL, as it is when tsx runs it (src/ui/server/bundle.ts finds the pages by it).
      b.onLoad({ filter: /\/src\/.*\.ts$/ }, (args) => ({
        contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
        loader: 'ts',
      }));
    },
  };
  compiled = join(dir, 'tessera.mjs');
  await build({
    entryPoints: [join(ROOT, 'bin/tessera.js')],
    outfile: compiled,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
    plugins: [noLoader],
  });
});

function spawnTessera(args: string[], env: Record<string, string> = {}, entry: 'compiled' | 'bin' = 'compiled'): CliChild {
  if (entry === 'compiled' && !compiled) throw new Error('the CLI is not compiled yet');
  return spawnCli(entry === 'bin' ? 'bin/tessera.js' : compiled!, args, env);
}

/** Runs one command to its end. */
async function run(args: string[], env: Record<string, string> = {}, timeoutMs = STEP_MS) {
  const child = spawnTessera(args, env);
  const code = await exitOf(child, timeoutMs);
  return { code, ...child.output };
}

async function dataDir(): Promise<string> {
  const dir = await freshDataDir();
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function tempFile(name: string, content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-cli-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });
const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(json);

describe('tessera dev', () => {
  test('starts, registers a number over real HTTP, hands CLI commands to the admin API, stops on SIGTERM with 0', { timeout: TEST_MS }, async () => {
    const dir = await dataDir();
    const port = await freePort();
    const server = spawnTessera(['dev', '--data-dir', dir, '--port', String(port)], {}, 'bin');
    const base = `http://127.0.0.1:${port}`;
    const health = await waitFor(
      '/healthz',
      async () => {
        if (server.exitCode !== null) throw new Error(`dev exited ${server.exitCode}: ${server.output.stderr}`);
        const res = await fetch(`${base}/healthz`);
        return res.status === 200 ? res.json() : undefined;
      },
      STEP_MS,
    );
    assert.deepEqual(health, { status: 'ok' });
    assert.match(server.output.stdout, /DEV DEFAULT IN USE: dev SMS inbox/);
    assert.match(server.output.stdout, /DEV DEFAULT IN USE: generated server secret/);

    const phone = `+86138${String(process.pid % 10000).padStart(4, '0')}7001`;
    const start = await post(`${base}/v1/registrations`, { phone });
    assert.equal(start.status, 201, JSON.stringify(start.body));
    const code = await waitFor(
      'the code in the dev inbox',
      async () => {
        const inbox = await json(await fetch(`${base}/_dev/sms?to=${encodeURIComponent(phone)}`));
        return /(\d{6})/.exec(inbox.body.messages[0]?.text ?? '')?.[1];
      },
      STEP_MS,
    );
    const verify = await post(`${base}/v1/registrations/${start.body.id}/verify`, { code });
    assert.equal(verify.status, 200, JSON.stringify(verify.body));
    const done = await post(`${base}/v1/registrations/${start.body.id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true });
    assert.equal(done.status, 201, JSON.stringify(done.body));
    const me = await json(await fetch(`${base}/v1/me`, { headers: { authorization: `Bearer ${done.body.session.token}` } }));
    assert.equal(me.status, 200);
    assert.equal(me.body.account.phone.e164, phone);

    // While the server holds the embedded database, the CLI goes through its admin API.
    const blocked = await run(['blocklist', 'add', '+86170*', 'virtual', 'operator', '--data-dir', dir]);
    assert.equal(blocked.code, 0, blocked.stderr);
    const refused = await post(`${base}/v1/registrations`, { phone: '+8617012345678' });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'phone_blocked');

    server.kill('SIGTERM');
    assert.equal(await exitOf(server, STEP_MS), 0, server.output.stderr);
    assert.match(server.output.stdout, /shutting down/);
  });
});

describe('tessera start refuses dev defaults', () => {
  const relay = { sms: { providers: { relay: { type: 'http', url: 'http://127.0.0.1:9/send', secret: 'r'.repeat(40) } } } };

  test('without TESSERA_SECRET: a non-zero exit naming TESSERA_SECRET', async () => {
    const res = await run(['start', '--data-dir', await dataDir(), '--config', tempFile('relay.json', relay), '--port', String(await freePort())]);
    assert.notEqual(res.code, 0);
    assert.match(res.stderr, /TESSERA_SECRET/);
  });

  test('with a secret but no sms.providers: a non-zero exit naming sms.providers', async () => {
    const res = await run(['start', '--data-dir', await dataDir(), '--port', String(await freePort())], { TESSERA_SECRET: generateSecret() });
    assert.notEqual(res.code, 0);
    assert.match(res.stderr, /sms\.providers/);
  });

  test('a secret too short to be one: a non-zero exit naming TESSERA_SECRET', async () => {
    const res = await run(['start', '--data-dir', await dataDir(), '--config', tempFile('relay.json', relay)], { TESSERA_SECRET: 'abc123' });
    assert.notEqual(res.code, 0);
    assert.match(res.stderr, /TESSERA_SECRET/);
  });
});

describe('settings refused at start', () => {
  test('--config with an unknown key: a non-zero exit naming the key', async () => {
    const res = await run(['dev', '--data-dir', await dataDir(), '--config', tempFile('policy.json', { codes: { ttlSeconds: 300, ttl: 5 } })]);
    assert.notEqual(res.code, 0);
    assert.match(res.stderr, /codes\.ttl\b/);
  });

  test('a bad PORT and an unknown option: non-zero exits naming them', async () => {
    const port = await run(['dev', '--data-dir', await dataDir()], { PORT: 'eighty' });
    assert.notEqual(port.code, 0);
    assert.match(port.stderr, /PORT.*eighty/);
    const option = await run(['dev', '--colour', 'blue']);
    assert.notEqual(option.code, 0);
    assert.match(option.stderr, /--colour/);
  });
});

describe('tessera blocklist on a data dir with no server running', () => {
  test('add, list, remove', { timeout: TEST_MS }, async () => {
    const dir = await dataDir();
    const add = await run(['blocklist', 'add', '+86170*', 'virtual', 'operator', 'range', '--data-dir', dir]);
    assert.equal(add.code, 0, add.stderr);
    assert.match(add.stdout, /blocked \+86170\*/);
    const list = await run(['blocklist', 'list', '--data-dir', dir]);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /^\+86170\*\t\S+\tvirtual operator range$/m);
    const remove = await run(['blocklist', 'remove', '+86170*', '--data-dir', dir]);
    assert.equal(remove.code, 0, remove.stderr);
    assert.match(remove.stdout, /unblocked \+86170\*/);
    const again = await run(['blocklist', 'remove', '+86170*', '--data-dir', dir]);
    assert.equal(again.code, 1);
    assert.match(again.stdout, /was not blocked/);
    const bad = await run(['blocklist', 'add', '86170', '--data-dir', dir]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /E\.164/);
  });
});

describe('tessera migrate on Postgres', () => {
  test('applies the migrations, then says the database is up to date', { skip: PG_SKIP ?? false, timeout: TEST_MS }, async () => {
    const scratch = await createScratchDatabase();
    cleanups.push(() => scratch.drop());
    const first = await run(['migrate'], { DATABASE_URL: scratch.url });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^applied: 0001-registration, /m);
    const second = await run(['migrate'], { DATABASE_URL: scratch.url });
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /database is up to date/);
  });

  test('two processes at once on a fresh database both succeed, and the migrations apply once', { skip: PG_SKIP ?? false, timeout: TEST_MS }, async () => {
    const scratch = await createScratchDatabase();
    cleanups.push(() => scratch.drop());
    const [a, b] = await Promise.all([run(['migrate'], { DATABASE_URL: scratch.url }), run(['migrate'], { DATABASE_URL: scratch.url })]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    const outputs = [a.stdout, b.stdout];
    const applied = outputs.filter((o) => /^applied: 0001-registration/m.test(o)).length;
    const upToDate = outputs.filter((o) => /database is up to date/.test(o)).length;
    // Both may find the tables missing, but only one applies: the other waits on the lock and finds nothing to do.
    assert.equal(applied, 1, outputs.join('\n---\n'));
    assert.equal(upToDate, 1, outputs.join('\n---\n'));
  });
});
