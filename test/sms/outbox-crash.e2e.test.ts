/**
 * The outbox's guarantee, proven by killing a real Tessera process (SIGKILL) and starting it again
 * on the same database, on PGlite and Postgres:
 *
 *  1. killed after a code and its SMS were committed, before anything was sent → the restarted
 *     process sends it;
 *  2. killed after a webhook gateway took the message, before its answer arrived → the restarted
 *     process repeats the hand-off with the same message id to the same gateway, which (by the
 *     webhook contract) drops the repeat: the phone gets it once;
 *  3. the same through Kannel, which does not drop repeats → the restarted process does not
 *     send it again and shows it as sent.
 *
 * The gateways are one local receiver that counts what it is handed, per message id and per
 * number; for (2) and (3) the receiver itself kills the server right after taking the message.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/storage/database.ts';
import { RELAXED, STORES, postgresUnavailable, uniquePhone } from '../helpers/app.ts';
import { freshDataDir } from '../helpers/pglite-template.ts';
import { createScratchDatabase } from '../helpers/services.ts';
import { startListener, type Captured } from './support/listener.ts';
import { freePort, waitFor } from './support/processes.ts';

const PG_SKIP = await postgresUnavailable();
const ENTRY = fileURLToPath(new URL('./support/tessera-server.ts', import.meta.url));
const SECRET = 'whsec_crash_test_0123456789abcdef01';
const LEASE_SECONDS = 2;

interface Handed {
  id: string;
  to: string;
  text: string;
}

/**
 * The gateways. The webhook keeps the documented contract: an id it already took is answered 2xx
 * and not sent again. Kannel's smsbox sends whatever it is given. `killOn` makes the receiver take
 * the message for that number and then SIGKILL the server before answering.
 */
class Gateways {
  readonly posts: Handed[] = [];
  readonly delivered: Handed[] = [];
  killOn: { to: string; kill: () => void } | undefined;

  handle(req: Captured, res: ServerResponse): void {
    let m: Handed;
    let repeat = false;
    if (req.path === '/send') {
      const body = JSON.parse(req.body) as Handed;
      m = { id: body.id, to: body.to, text: body.text };
      this.posts.push(m);
      repeat = this.delivered.some((d) => d.id === m.id);
    } else {
      m = { id: new URL(req.query['dlr-url']!).searchParams.get('id')!, to: req.query.to!, text: req.query.text! };
    }
    if (!repeat) this.delivered.push(m);
    if (this.killOn?.to === m.to) {
      // No answer, not even a closed connection: the server dies waiting, as in a real crash.
      // (Closing the connection first would let it record the failure and retry: a different case.)
      this.killOn.kill();
      this.killOn = undefined;
      return;
    }
    if (req.path === '/send') res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    else res.writeHead(202).end('0: Accepted for delivery');
  }

  to(phone: string): Handed[] {
    return this.delivered.filter((d) => d.to === phone);
  }
}

for (const kind of STORES) {
  const skip = kind === 'postgres' ? PG_SKIP : null;
  describe(`sms outbox survives kill -9 (${kind})`, { skip: skip ?? false }, () => {
    const gateways = new Gateways();
    let receiver: Awaited<ReturnType<typeof startListener>>;
    let dataDir: string;
    let configDir: string;
    let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
    let port: number;
    let server: { child: ChildProcess; output: string[]; url: string } | undefined;
    const phones = { stored: uniquePhone(), dedupe: uniquePhone(), kannel: `+85291${String(process.pid % 1_000_000).padStart(6, '0')}` };

    before(async () => {
      receiver = await startListener((req, res) => gateways.handle(req, res));
      dataDir = await freshDataDir();
      scratch = kind === 'postgres' ? await createScratchDatabase() : undefined;
      port = await freePort();
      configDir = mkdtempSync(join(tmpdir(), 'tessera-crash-config-'));
      writeFileSync(
        join(configDir, 'policy.json'),
        JSON.stringify({
          ...RELAXED,
          sms: {
            providers: {
              hook: { type: 'http', url: `${receiver.url}/send`, secret: SECRET, timeoutMs: 1000 },
              kan: {
                type: 'kannel',
                url: `${receiver.url}/cgi-bin/sendsms`,
                username: 'tessera',
                password: 'pw',
                dlrUrl: `http://127.0.0.1:${port}/v1/sms/receipts/kannel/kan`,
                timeoutMs: 1000,
              },
            },
            routes: { CN: ['hook'], HK: ['kan'] },
          },
        }),
      );
    });
    after(async () => {
      if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
      await receiver?.close();
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(configDir, { recursive: true, force: true });
    });

    async function startServer(crashAt?: string): Promise<{ child: ChildProcess; output: string[]; url: string }> {
      const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          NODE_ENV: 'test',
          PORT: String(port),
          TESSERA_DATA_DIR: dataDir,
          TESSERA_CONFIG: join(configDir, 'policy.json'),
          TEST_OUTBOX_LEASE_SECONDS: String(LEASE_SECONDS),
          LOG_LEVEL: 'info',
          DATABASE_URL: scratch?.url ?? '',
          TESSERA_TEST_CRASH_AT: crashAt ?? '',
        },
      });
      const output: string[] = [];
      child.stdout!.on('data', (c: Buffer) => output.push(c.toString()));
      child.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
      await waitFor(
        'the server to listen',
        () => (output.join('').includes('READY ') ? true : child.exitCode !== null ? Promise.reject(new Error(output.join(''))) : undefined),
        30_000,
      );
      server = { child, output, url: `http://127.0.0.1:${port}` };
      return server;
    }

    async function killed(s: { child: ChildProcess }): Promise<void> {
      if (s.child.exitCode === null && s.child.signalCode === null) await once(s.child, 'exit');
      assert.equal(s.child.signalCode, 'SIGKILL');
    }

    const register = (s: { url: string }, phone: string) =>
      fetch(`${s.url}/v1/registrations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone }) });

    test('killed after the code was stored and before the SMS left: the restart sends it, once', async () => {
      const first = await startServer('after_store');
      await assert.rejects(register(first, phones.stored), 'the process dies before it can answer');
      await killed(first);
      assert.deepEqual(gateways.to(phones.stored), [], 'nothing left before the kill');
      await startServer();
      const [sent] = await waitFor('the stored SMS after the restart', () => (gateways.to(phones.stored).length > 0 ? gateways.to(phones.stored) : undefined));
      assert.match(sent!.text, /\d{6}/);
      await new Promise((resolve) => setTimeout(resolve, (LEASE_SECONDS + 1) * 1000));
      assert.equal(gateways.to(phones.stored).length, 1);
    });

    test('killed after the webhook took the message: the restart repeats it with the same id, and the phone gets it once', async () => {
      let answered!: () => void;
      const responded = new Promise<void>((resolve) => (answered = resolve));
      const live = server!;
      gateways.killOn = { to: phones.dedupe, kill: () => void responded.then(() => live.child.kill('SIGKILL')) };
      const res = await register(live, phones.dedupe);
      assert.equal(res.status, 201);
      const flowId = ((await res.json()) as { id: string }).id;
      answered();
      await killed(live);
      const [taken] = gateways.to(phones.dedupe);
      assert.ok(taken, 'the gateway took it before the kill');
      const restarted = await startServer();
      await waitFor('the repeated hand-off', () => (gateways.posts.filter((p) => p.id === taken.id).length === 2 ? true : undefined), 15_000);
      assert.deepEqual(gateways.to(phones.dedupe), [taken], 'one delivery, under the one id');
      const status = (await (await fetch(`${restarted.url}/v1/registrations/${flowId}`)).json()) as { delivery: { status: string } };
      assert.equal(status.delivery.status, 'sent');
      const code = /(\d{6})/.exec(taken.text)![1];
      const verify = await fetch(`${restarted.url}/v1/registrations/${flowId}/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      assert.equal(verify.status, 200, 'the code that reached the phone is the live one');
    });

    test('killed after Kannel took the message: the restart does not send it again, and shows it sent', async () => {
      let answered!: () => void;
      const responded = new Promise<void>((resolve) => (answered = resolve));
      const live = server!;
      gateways.killOn = { to: phones.kannel, kill: () => void responded.then(() => live.child.kill('SIGKILL')) };
      const res = await register(live, phones.kannel);
      assert.equal(res.status, 201, await res.clone().text());
      const flowId = ((await res.json()) as { id: string }).id;
      answered();
      await killed(live);
      assert.equal(gateways.to(phones.kannel).length, 1);
      const restarted = await startServer();
      await waitFor(
        'the message to be settled',
        async () => {
          const body = (await (await fetch(`${restarted.url}/v1/registrations/${flowId}`)).json()) as { delivery: { status: string } };
          return body.delivery.status === 'sent' ? true : undefined;
        },
        15_000,
      );
      assert.equal(gateways.to(phones.kannel).length, 1, 'not sent twice');
      assert.ok(restarted.output.join('').includes('taken as sent, not repeated'));
      restarted.child.kill('SIGTERM');
      await once(restarted.child, 'exit');

      const database = await openDatabase({ dataDir, ...(scratch ? { databaseUrl: scratch.url } : {}) });
      try {
        const rows = await database.db.selectFrom('sms_outbox').select(['phone', 'status', 'provider', 'error', 'body_enc']).orderBy('created_at').execute();
        assert.deepEqual(
          rows.map((r) => [r.phone, r.status, r.provider, r.body_enc]),
          [
            [phones.stored, 'sent', 'hook', null],
            [phones.dedupe, 'sent', 'hook', null],
            [phones.kannel, 'sent', 'kan', null],
          ],
        );
        assert.match(rows[2]!.error ?? '', /^in doubt/);
      } finally {
        await database.close();
      }
    });
  });
}
