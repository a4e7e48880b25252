import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { generateSecret } from '../src/core/secrets.ts';
import { freePort, waitFor } from './helpers/net.ts';
import { createScratchDatabase, postgresUnavailable } from './helpers/services.ts';

/*
 * `tessera start` on a Postgres server still writes server.json into its data dir: a dir that does
 * not exist yet is made (owner only) before anything else, and one that cannot be made stops the
 * start with its name, before the database is touched or the port taken. Real processes.
 */

const ROOT = new URL('..', import.meta.url).pathname;
const PG_SKIP = await postgresUnavailable();
const RELAY = { sms: { providers: { relay: { type: 'http', url: 'http://127.0.0.1:9/send', secret: 'r'.repeat(40) } } } };

const children = new Set<ChildProcess>();
const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  for (const child of children) child.kill('SIGKILL');
  for (const clean of cleanups.reverse()) await clean();
});

function spawnStart(args: string[], env: Record<string, string>): ChildProcess & { output: { stdout: string; stderr: string } } {
  const base = { ...process.env };
  for (const key of ['PORT', 'HOST', 'DATABASE_URL', 'REDIS_URL', 'LOG_LEVEL', 'TESSERA_DATA_DIR', 'TESSERA_CONFIG', 'TESSERA_SECRET', 'TESSERA_ADMIN_TOKEN', 'DATABASE_PREPARE']) delete base[key];
  const child = spawn(process.execPath, ['bin/tessera.js', 'start', ...args], { cwd: ROOT, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => (output.stdout += d));
  child.stderr!.on('data', (d) => (output.stderr += d));
  children.add(child);
  child.once('exit', () => children.delete(child));
  return Object.assign(child, { output });
}

function exitOf(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => reject(new Error(`tessera start did not exit within ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('tessera start with DATABASE_URL and a data dir that does not exist', { skip: PG_SKIP ?? false }, () => {
  let root: string;
  let databaseUrl: string;
  let config: string;
  const env = () => ({ DATABASE_URL: databaseUrl, TESSERA_SECRET: generateSecret(), LOG_LEVEL: 'info' });
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'tessera-data-dir-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    config = join(root, 'relay.json');
    writeFileSync(config, JSON.stringify(RELAY));
    const scratch = await createScratchDatabase();
    cleanups.push(() => scratch.drop());
    databaseUrl = scratch.url;
  });

  test('a path that cannot be made a folder: a non-zero exit naming it, before the database or the port is touched', { timeout: 30_000 }, async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'not a folder\n');
    const dataDir = join(file, 'data');
    const port = await freePort();
    const child = spawnStart(['--data-dir', dataDir, '--config', config, '--port', String(port)], env());
    const code = await exitOf(child, 25_000);
    assert.notEqual(code, 0, child.output.stdout);
    assert.ok(child.output.stderr.includes(dataDir), `stderr does not name ${dataDir}: ${child.output.stderr}`);
    assert.doesNotMatch(child.output.stdout, /listening/i);
    assert.doesNotMatch(child.output.stderr, /^\s+at /m, 'a stack trace instead of a message');
    // Refused before anything else: not even the migrations ran.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query("select count(*)::int as n from information_schema.tables where table_schema = 'public'");
      assert.equal(rows[0].n, 0, 'the start touched the database before refusing the data dir');
    } finally {
      await client.end();
    }
  });

  test('a nested path: made owner-only, /healthz served, server.json written there and removed on SIGTERM', { timeout: 30_000 }, async () => {
    const dataDir = join(root, 'new', 'nested', 'data');
    const port = await freePort();
    const child = spawnStart(['--data-dir', dataDir, '--config', config, '--port', String(port), '--host', '127.0.0.1'], env());
    const base = `http://127.0.0.1:${port}`;
    const health = await waitFor('/healthz', async () => {
      if (child.exitCode !== null) throw new Error(`start exited ${child.exitCode}: ${child.output.stderr}`);
      const res = await fetch(`${base}/healthz`);
      return res.status === 200 ? res.json() : undefined;
    }, 25_000);
    assert.deepEqual(health, { status: 'ok' });

    assert.equal(statSync(dataDir).mode & 0o777, 0o700);
    const file = join(dataDir, 'server.json');
    const announced = await waitFor('server.json', async () => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined), 5000);
    assert.equal(announced.pid, child.pid);
    assert.equal(announced.url, base);
    assert.equal(child.exitCode, null, child.output.stderr);

    child.kill('SIGTERM');
    assert.equal(await exitOf(child, 20_000), 0, child.output.stderr);
    assert.equal(existsSync(file), false, 'server.json left behind');
  });
});
