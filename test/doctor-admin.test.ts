import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { openDatabase } from '../src/storage/database.ts';
import { freshDataDir } from './helpers/pglite-template.ts';
import { startTestApp, uniquePhone, type TestApp } from './helpers/app.ts';
import { adminToken, codeOf, freePort } from './helpers/abuse.ts';

/*
 * Operators' tools: the admin API behind its bearer token, `tessera doctor` and `tessera
 * blocklist` against a running dev server (through its admin API) and directly on a data dir.
 */

const BIN = new URL('../bin/tessera.js', import.meta.url).pathname;
const execFileP = promisify(execFile);

function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'TESSERA_CONFIG', 'TESSERA_SECRET', 'TESSERA_ADMIN_TOKEN', 'PORT']) delete env[name];
  return env;
}

/** `tessera <args>`: exit code and output, whatever the code. */
async function tessera(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileP(process.execPath, [BIN, ...args], { env: cleanEnv(), timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw err;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const DOCTOR_CHECKS = [
  'parse',
  'region',
  'type',
  'blocklist',
  'cooldown',
  'budget: number per hour',
  'budget: number per day',
  'budget: block per hour',
  'budget: country per day',
  'budget: instance per day',
  'breaker: block',
  'breaker: country',
  'wrong-code ledger',
];

function assertDoctorReport(out: string): void {
  for (const check of DOCTOR_CHECKS)
    assert.match(out, new RegExp(`^  (ok  |FAIL)  ${check.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s`, 'm'), `check "${check}" in:\n${out}`);
  assert.match(out, /^verdict: /m);
}

describe('admin API (pglite, in process)', () => {
  let app: TestApp;
  let auth: Record<string, string>;
  before(async () => {
    app = await startTestApp('pglite');
    auth = { authorization: `Bearer ${adminToken(app)}` };
  });
  after(async () => app?.close());

  test('every admin route wants the token: 401 without it, with a wrong one, or another scheme', async () => {
    const spec = (await app.request('GET', '/openapi.json')).json();
    const routes = Object.entries(spec.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.startsWith('/admin/'))
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => [m.toUpperCase(), path.replace(/\{[^}]+\}/g, 'x')] as const));
    assert.ok(routes.length >= 7, `admin routes: ${routes.map((r) => r.join(' ')).join(', ')}`);
    const token = adminToken(app);
    const wrongs = [
      undefined,
      'Bearer nope',
      `Bearer ${token.slice(0, -1)}${token.endsWith('a') ? 'b' : 'a'}`,
      `Basic ${Buffer.from(`admin:${token}`).toString('base64')}`,
      `Bearer ${token}x`,
    ];
    for (const [method, path] of routes) {
      for (const header of wrongs) {
        const res = await app.request(method, path, method === 'POST' ? {} : undefined, header ? { authorization: header } : {});
        assert.equal(res.statusCode, 401, `${method} ${path} with ${header?.slice(0, 12)}: ${res.body}`);
        assert.equal(codeOf(res), 'unauthenticated');
      }
    }
    assert.equal((await app.request('GET', '/admin/v1/blocklist', undefined, auth)).statusCode, 200);
  });

  test('clear-ledger: wrong codes show in the doctor, clearing ends them, and lifts the stop at 100', async () => {
    const phone = uniquePhone();
    const start = await app.request('POST', '/v1/registrations', { phone });
    const wrong = (await app.lastCode(phone)) === '000000' ? '111111' : '000000';
    for (let k = 0; k < 5; k++) {
      assert.equal(codeOf(await app.request('POST', `/v1/registrations/${start.json().id}/verify`, { code: wrong })), 'code_incorrect');
    }
    const doctor = async () => (await app.request('GET', `/admin/v1/doctor?phone=${encodeURIComponent(phone)}`, undefined, auth)).json();
    const ledger = (r: any) => r.checks.find((c: { check: string }) => c.check === 'wrong-code ledger');
    assert.match(ledger(await doctor()).detail, /^5 wrong codes/);
    const path = `/admin/v1/numbers/${encodeURIComponent(phone)}/clear-ledger`;
    assert.equal((await app.request('POST', path, {})).statusCode, 401);
    assert.equal((await app.request('POST', path, {}, auth)).statusCode, 204);
    assert.match(ledger(await doctor()).detail, /^0 wrong codes/);
    // At 100 the number gets no more codes until an operator clears it (the 100 guesses themselves: test/attacks/code-brute-force).
    for (let k = 0; k < 100; k++) await app.tessera.deps.counters.hit(`ledger:${phone}:fails`, 86_400);
    const stopped = await app.request('POST', '/v1/registrations', { phone });
    assert.equal(codeOf(stopped), 'code_attempts_exceeded', stopped.body);
    assert.equal(ledger(await doctor()).ok, false);
    assert.equal((await app.request('POST', path, {}, auth)).statusCode, 204);
    assert.equal((await app.request('POST', '/v1/registrations', { phone })).statusCode, 201);
    const rows = await app.tessera.database.db.selectFrom('audit_log').select(['actor', 'details']).where('action', '=', 'ledger.cleared').execute();
    assert.equal(rows.length, 2);
    assert.ok(
      rows.every((r) => r.actor === 'operator' && !String(r.details).includes(phone)),
      'the number is masked in the audit log',
    );
    const bad = await app.request('POST', '/admin/v1/numbers/12345/clear-ledger', {}, auth);
    assert.equal(bad.statusCode, 400, bad.body);
  });
});

describe('tessera doctor and tessera blocklist: through a running dev server, and on the data dir', () => {
  let dataDir: string;
  let server: ChildProcess | undefined;
  let serverOut = '';
  let url: string;
  const victim = '+8613800138000';
  const blocked = '+8613800138999';

  before(async () => {
    dataDir = await freshDataDir();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [BIN, 'dev', '--data-dir', dataDir, '--port', String(port), '--log-level', 'info'], {
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d) => (serverOut += String(d)));
    server.stderr!.on('data', (d) => (serverOut += String(d)));
    const deadline = Date.now() + 30_000;
    while (
      (await fetch(`${url}/readyz`).then(
        (r) => r.status,
        () => 0,
      )) !== 200
    ) {
      if (server.exitCode !== null || Date.now() > deadline) throw new Error(`dev server did not start: ${serverOut}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  async function stopServer(): Promise<void> {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  after(async () => {
    await stopServer();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('doctor through the running server prints every check, with the state the server holds', async () => {
    const sent = await fetch(`${url}/v1/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone: victim }),
    });
    assert.equal(sent.status, 201);
    const { code, stdout } = await tessera('doctor', victim, '--data-dir', dataDir);
    console.log(stdout.trimEnd());
    assertDoctorReport(stdout);
    assert.match(stdout, /^\+86 138\*\*\*\*8000 \(CN, mobile\)/im);
    assert.match(stdout, /FAIL {2}cooldown\s+\d+ s until the next code may be sent/, 'the cooldown the server just started');
    assert.match(stdout, /ok\s+budget: number per hour\s+1 of 5 used/);
    assert.equal(code, 1, 'a failing check (the cooldown) makes the exit code 1');
    assert.match(serverOut, /\/admin\/v1\/doctor\?phone=/, 'it asked the server');
  });

  test('blocklist while the server runs goes through its admin API: the server blocks at once and audits it', async () => {
    const added = await tessera('blocklist', 'add', blocked, 'reported', 'spam', '--data-dir', dataDir);
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /blocked \+8613800138999/);
    const refused = await fetch(`${url}/v1/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone: blocked }),
    });
    assert.equal(refused.status, 403);
    assert.equal(((await refused.json()) as any).error.code, 'phone_blocked');
    const listed = await tessera('blocklist', 'list', '--data-dir', dataDir);
    assert.match(listed.stdout, /^\+8613800138999\t.+\treported spam$/m);
    assert.match(serverOut, /POST.{0,40}\/admin\/v1\/blocklist|\/admin\/v1\/blocklist.{0,40}POST/);
  });

  test('with the server stopped: doctor and blocklist work on the data dir, and the server’s audit rows are there', async () => {
    await stopServer();
    const doctor = await tessera('doctor', blocked, '--data-dir', dataDir);
    assertDoctorReport(doctor.stdout);
    assert.match(doctor.stdout, /FAIL {2}blocklist\s+blocked by \+8613800138999/);
    assert.equal(doctor.code, 1);
    const invalid = await tessera('doctor', '12345', '--data-dir', dataDir);
    assert.match(invalid.stdout, /FAIL {2}parse/);
    assert.equal(invalid.code, 1);
    const direct = await tessera('blocklist', 'add', '+86170*', 'virtual operator range', '--data-dir', dataDir);
    assert.equal(direct.code, 0, direct.stderr);

    const database = await openDatabase({ dataDir });
    try {
      const rows = await database.db
        .selectFrom('audit_log')
        .select(['action', 'actor', 'ip', 'details'])
        .where('action', '=', 'blocklist.added')
        .orderBy('created_at')
        .execute();
      const patterns = rows.map((r) => JSON.parse(String(r.details)).pattern);
      assert.deepEqual(patterns, [blocked, '+86170*'], 'both additions audited, through the server and directly');
      assert.equal(rows[0]!.actor, 'operator');
      assert.equal(rows[0]!.ip, '127.0.0.1', 'the server saw the CLI on loopback');
      assert.equal(rows[1]!.actor, 'operator');
      assert.equal(JSON.parse(String(rows[1]!.details)).via, 'cli');
      const entries = await database.db.selectFrom('blocklist').select('pattern').execute();
      assert.deepEqual(entries.map((e) => e.pattern).sort(), [blocked, '+86170*'].sort());
    } finally {
      await database.close();
    }
  });
});
