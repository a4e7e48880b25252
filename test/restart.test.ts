import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { generateSecret } from '../src/core/secrets.ts';
import { freshDataDir } from './helpers/pglite-template.ts';
import { STRONG_PASSWORD, startTestApp, uniquePhone, verifiedFlow } from './helpers/app.ts';
import { freePort, waitFor } from './helpers/net.ts';
import { killAll, spawnCli, type CliChild } from './helpers/cli.ts';

// Nothing is lost (docs/architecture.md): an account made on the embedded database is there after a clean
// restart and after the process is killed outright.
const dirs: string[] = [];
after(() => {
  killAll();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('restart on the embedded database', () => {
  test('a clean restart keeps the account, its session and its handle', async () => {
    const secret = generateSecret();
    const first = await startTestApp('pglite', { keepDataDir: true, secret });
    dirs.push(first.dataDir);
    const handle = `Keep_${Date.now().toString(36)}`;
    const { id, phone } = await verifiedFlow(first);
    const done = await first.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, handle, acceptTerms: true });
    assert.equal(done.statusCode, 201, done.body);
    const { session, account } = done.json();
    await first.close();

    const second = await startTestApp('pglite', { dataDir: first.dataDir, secret });
    try {
      const me = await second.request('GET', '/v1/me', undefined, { authorization: `Bearer ${session.token}` });
      assert.equal(me.statusCode, 200, me.body);
      assert.equal(me.json().account.id, account.id);
      assert.equal(me.json().account.phone.e164, phone);
      const lookup = await second.request('GET', `/v1/handles/${handle.toLowerCase()}`);
      assert.equal(lookup.statusCode, 200);
      assert.equal(lookup.json().available, false);
      assert.equal(lookup.json().reason, 'taken');
      const other = await verifiedFlow(second);
      const clash = await second.request('POST', `/v1/registrations/${other.id}/complete`, {
        password: STRONG_PASSWORD,
        handle: handle.toUpperCase(),
        acceptTerms: true,
      });
      assert.equal(clash.statusCode, 409, clash.body);
      assert.equal(clash.json().error.code, 'handle_taken');
      // The same number proves itself again and is told it already has an account.
      const again = await verifiedFlow(second, phone);
      const verified = await second.request('GET', `/v1/registrations/${again.id}`);
      assert.equal(verified.json().state, 'verified');
      const login = await second.request('POST', `/v1/registrations/${again.id}/login`, {});
      assert.equal(login.statusCode, 201, login.body);
      assert.equal(login.json().account.id, account.id);
    } finally {
      await second.close();
    }
  });
});

function spawnDev(dataDir: string, port: number): CliChild {
  return spawnCli('bin/tessera.js', ['dev', '--data-dir', dataDir, '--port', String(port)]);
}

async function startDev(dataDir: string) {
  const port = await freePort();
  const child = spawnDev(dataDir, port);
  const base = `http://127.0.0.1:${port}`;
  await waitFor('/healthz', async () => {
    if (child.exitCode !== null) throw new Error(`dev exited ${child.exitCode}: ${child.output.stderr}`);
    return (await fetch(`${base}/healthz`)).status === 200 ? true : undefined;
  });
  return { child, base };
}

const call = async (url: string, init: { method?: string; body?: unknown; token?: string } = {}) => {
  const res = await fetch(url, {
    method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'),
    headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as any };
};

async function register(base: string, phone: string): Promise<{ token: string; accountId: string }> {
  const start = await call(`${base}/v1/registrations`, { body: { phone } });
  assert.equal(start.status, 201, JSON.stringify(start.body));
  const code = await waitFor('the code in the dev inbox', async () => {
    const inbox = await call(`${base}/_dev/sms?to=${encodeURIComponent(phone)}`);
    return /(\d{6})/.exec(inbox.body.messages[0]?.text ?? '')?.[1];
  });
  assert.equal((await call(`${base}/v1/registrations/${start.body.id}/verify`, { body: { code } })).status, 200);
  const done = await call(`${base}/v1/registrations/${start.body.id}/complete`, { body: { password: STRONG_PASSWORD, acceptTerms: true } });
  assert.equal(done.status, 201, JSON.stringify(done.body));
  return { token: done.body.session.token, accountId: done.body.account.id };
}

describe('a crash of `tessera dev`', () => {
  test('kill -9 right after a registration: the account and its session are there on the next start', { timeout: 90_000 }, async () => {
    const dataDir = await freshDataDir();
    dirs.push(dataDir);
    const first = await startDev(dataDir);
    const phone = uniquePhone();
    const { token, accountId } = await register(first.base, phone);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    assert.equal(first.child.signalCode, 'SIGKILL');

    const second = await startDev(dataDir);
    const me = await call(`${second.base}/v1/me`, { token });
    assert.equal(me.status, 200, JSON.stringify(me.body));
    assert.equal(me.body.account.id, accountId);
    assert.equal(me.body.account.phone.e164, phone);
    // And the restarted server goes on working: another person registers.
    await register(second.base, uniquePhone());
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
    assert.equal(second.child.exitCode, 0, second.child.output.stderr);
  });
});
