import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { generateSecret } from '../src/core/secrets.ts';
import { freePort, waitFor } from './helpers/net.ts';
import { exitOf, killAll, spawnCli, type CliChild } from './helpers/cli.ts';
import { createScratchDatabase, postgresUnavailable } from './helpers/services.ts';

/*
 * `tessera start` on a Postgres server still writes server.json into its data dir: a dir that does
 * not exist yet is made (owner only) before anything else, and one that cannot be made stops the
 * start with its name, before the database is touched or the port taken. Real processes.
 */

const PG_SKIP = await postgresUnavailable();
const RELAY = { sms: { providers: { relay: { type: 'http', url: 'http://127.0.0.1:9/send', secret: 'r'.repeat(40) } } } };

const cleanups: (() => Promise<void> | void)[] = [];
after(async () => {
  killAll();
  for (const clean of cleanups.reverse()) await clean();
});

function spawnStart(args: string[], env: Record<string, string>): CliChild {
  return spawnCli('bin/tessera.js', ['start', ...args], env);
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
    const health = await waitFor(
      '/healthz',
      async () => {
        if (child.exitCode !== null) throw new Error(`start exited ${child.exitCode}: ${child.output.stderr}`);
        const res = await fetch(`${base}/healthz`);
        return res.status === 200 ? res.json() : undefined;
      },
      25_000,
    );
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
