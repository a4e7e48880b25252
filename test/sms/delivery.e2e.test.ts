/**
 * Delivery end to end, on PGlite and Postgres: failover past a dead gateway and its circuit
 * opening, SMPP receipts arriving as deliver_sm from a separate SMSC process, and a message that
 * failed outright letting the person ask for a new code at once instead of waiting out the cooldown.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { signTesseraPayload } from '../../src/sms/adapters/index.ts';
import { STORES, postgresUnavailable, startTestApp, uniquePhone, type TestApp } from '../helpers/app.ts';
import { startSmsc } from './smsc/smsc-process.ts';
import { startListener, type Captured } from './support/listener.ts';
import { freePort, waitFor } from './support/processes.ts';

const PG_SKIP = await postgresUnavailable();
const SECRET = 'whsec_delivery_test_0123456789abcdef';
const SMSC_LOGIN = { systemId: 'tessera', password: 'pw-2' };
/** Numbers the webhook receiver refuses as undeliverable (422). */
const refused = new Set<string>();

function receiver(req: Captured, res: ServerResponse): void {
  const { to } = JSON.parse(req.body) as { to: string };
  if (refused.has(to)) res.writeHead(422).end('{"error":"unknown subscriber"}');
  else res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
}

for (const kind of STORES) {
  const skip = kind === 'postgres' ? PG_SKIP : null;
  describe(`sms delivery end to end (${kind})`, () => {
    let app: TestApp;
    let hook: Awaited<ReturnType<typeof startListener>>;
    let smsc: Awaited<ReturnType<typeof startSmsc>>;
    before(async () => {
      if (skip) return;
      hook = await startListener(receiver);
      smsc = await startSmsc(SMSC_LOGIN);
      app = await startTestApp(kind, {
        policy: {
          regions: { allow: 'all' },
          codes: { resendSeconds: 60 },
          sms: {
            providers: {
              // Nothing listens there: every hand-off fails at once.
              down: { type: 'http', url: `http://127.0.0.1:${await freePort()}/send`, secret: SECRET, timeoutMs: 1000 },
              hook: { type: 'http', url: `${hook.url}/send`, secret: SECRET, timeoutMs: 3000 },
              smsc: { type: 'smpp', host: '127.0.0.1', port: smsc.port, ...SMSC_LOGIN, sourceAddr: 'Tessera', timeoutMs: 3000 },
            },
            routes: { CN: ['down', 'hook'], KZ: ['smsc'], HK: ['smsc'] },
          },
        },
      });
    });
    after(async () => {
      await app?.close();
      await smsc?.stop();
      await hook?.close();
    });
    const it = (name: string, fn: () => Promise<void>) => test(name, { skip: skip ?? false }, fn);

    async function start(phone: string): Promise<string> {
      const res = await app.request('POST', '/v1/registrations', { phone });
      assert.equal(res.statusCode, 201, res.body);
      await app.tessera.dispatcher.idle();
      return res.json().id;
    }
    const status = async (flowId: string) => (await app.request('GET', `/v1/registrations/${flowId}`)).json().delivery.status as string;
    const metric = async (pattern: RegExp) => pattern.exec((await app.request('GET', '/metrics')).body)?.[1];

    it('a dead first gateway is passed over, then taken out after 5 failures in a row; every step is counted', async () => {
      for (let i = 0; i < 6; i++) assert.equal(await status(await start(uniquePhone())), 'sent');
      assert.equal(await metric(/tessera_sms_sent_total\{provider="down",region="CN",outcome="failed"\} (\d+)/), '5');
      assert.equal(await metric(/tessera_sms_sent_total\{provider="down",region="CN",outcome="skipped"\} (\d+)/), '1');
      assert.equal(await metric(/tessera_sms_provider_circuit\{provider="down"\} (\d+)/), '2', 'open');
      assert.equal(await metric(/tessera_sms_sent_total\{provider="hook",region="CN",outcome="sent"\} (\d+)/), '6');
      assert.ok(
        app.logs.some((l) => l.includes('"circuit":"open"') && l.includes('"provider":"down"')),
        'the opening is logged',
      );
    });

    it('a message the gateway refuses outright fails, and the person may ask for a new code at once', async () => {
      const phone = uniquePhone();
      refused.add(phone);
      const flowId = await start(phone);
      assert.equal(await status(flowId), 'failed');
      refused.delete(phone);
      const resend = await app.request('POST', `/v1/registrations/${flowId}/resend`, {});
      assert.equal(resend.statusCode, 200, resend.body);
      await app.tessera.dispatcher.idle();
      assert.equal(await status(flowId), 'sent');
      const again = await app.request('POST', `/v1/registrations/${flowId}/resend`, {});
      assert.equal(again.statusCode, 429, 'a message that went out keeps the cooldown');
      assert.equal(again.json().error.code, 'rate_limited');
    });

    it('a failure reported later by a receipt lets the person ask again at once, too', async () => {
      const phone = uniquePhone();
      const flowId = await start(phone);
      const sent = hook.requests
        .map((r) => JSON.parse(r.body) as { id: string; to: string })
        .filter((m) => m.to === phone)
        .at(-1)!;
      const raw = JSON.stringify({ id: sent.id, status: 'failed', errorCode: 'absent_subscriber' });
      const receipt = await app.tessera.server.inject({
        method: 'POST',
        url: '/v1/sms/receipts/http/hook',
        payload: raw,
        headers: { 'content-type': 'application/json', 'x-tessera-signature': signTesseraPayload(SECRET, raw, Math.floor(app.clock.now().getTime() / 1000)) },
      });
      assert.equal(receipt.statusCode, 200, receipt.body);
      assert.equal(await status(flowId), 'failed');
      assert.equal((await app.request('POST', `/v1/registrations/${flowId}/resend`, {})).statusCode, 200);
    });

    it('SMPP: deliver_sm receipts reach the outbox through the adapter, delivered and undeliverable alike', async () => {
      const delivered = await start('+85291239876');
      const undeliverable = await start('+77770001111');
      await waitFor('the DELIVRD receipt', async () => ((await status(delivered)) === 'delivered' ? true : undefined), 10_000);
      await waitFor('the UNDELIV receipt', async () => ((await status(undeliverable)) === 'failed' ? true : undefined), 10_000);
      const row = await app.tessera.database.db
        .selectFrom('sms_outbox')
        .select(['provider', 'provider_message_id', 'error'])
        .where('phone', '=', '+77770001111')
        .executeTakeFirstOrThrow();
      assert.equal(row.provider, 'smsc');
      assert.match(row.provider_message_id ?? '', /^[0-9a-f]+$/);
      assert.equal(row.error, 'receipt: 001');
      assert.equal((await app.request('POST', `/v1/registrations/${undeliverable}/resend`, {})).statusCode, 200);
    });
  });
}
