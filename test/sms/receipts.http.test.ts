/**
 * Delivery receipts over HTTP, one endpoint per provider, on PGlite and Postgres: each gateway
 * type's callback as the vendor sends it, signatures checked, and the status a registration shows.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { newId } from '../../src/core/random.ts';
import { signTesseraPayload } from '../../src/sms/adapters/index.ts';
import { segmentInfo } from '../../src/sms/index.ts';
import { createOutboxStore } from '../../src/storage/outbox-repo.ts';
import { STORES, postgresUnavailable, startTestApp, uniquePhone, type TestApp } from '../helpers/app.ts';
import { fakeTwilioSignature } from './fakes/twilio.ts';
import { startListener, type Captured } from './support/listener.ts';

const PG_SKIP = await postgresUnavailable();
const HOOK_SECRET = 'whsec_receipts_test_0123456789abcdef';
const TWILIO_TOKEN = 'a'.repeat(32);
const PUBLIC_TWILIO_URL = 'https://id.example.com/v1/sms/receipts/twilio/tw';

/** A webhook receiver that takes every message; a kannel smsbox that queues every one. */
function gateways(req: Captured, res: ServerResponse): void {
  if (req.path === '/cgi-bin/sendsms') res.writeHead(202).end('0: Accepted for delivery');
  else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ providerMessageId: `gw-${newId()}` }));
}

for (const kind of STORES) {
  const skip = kind === 'postgres' ? PG_SKIP : null;
  describe(`sms receipts over HTTP (${kind})`, () => {
    let app: TestApp;
    let gw: Awaited<ReturnType<typeof startListener>>;
    before(async () => {
      if (skip) return;
      gw = await startListener(gateways);
      app = await startTestApp(kind, {
        policy: {
          sms: {
            providers: {
              hook: { type: 'http', url: `${gw.url}/send`, secret: HOOK_SECRET, timeoutMs: 3000 },
              kan: {
                type: 'kannel',
                url: `${gw.url}/cgi-bin/sendsms`,
                username: 'u',
                password: 'p',
                dlrUrl: 'http://127.0.0.1:3000/v1/sms/receipts/kannel/kan',
              },
              tw: { type: 'twilio', accountSid: `AC${'0'.repeat(32)}`, authToken: TWILIO_TOKEN, from: '+15005550006', statusCallbackUrl: PUBLIC_TWILIO_URL },
              ali: { type: 'aliyun', accessKeyId: 'k', accessKeySecret: 's', signName: 'Tessera', templates: { registration: 'SMS_1' } },
              ten: { type: 'tencent', secretId: 'k', secretKey: 's', smsSdkAppId: '1400000000', signName: 'Tessera', templates: { registration: '1' } },
            },
            routes: { CN: ['hook'], HK: ['kan'], default: ['hook'] },
          },
        },
      });
    });
    after(async () => {
      await app?.close();
      await gw?.close();
    });
    const it = (name: string, fn: () => Promise<void>) => test(name, { skip: skip ?? false }, fn);

    async function register(phone: string): Promise<{ flowId: string; messageId: string }> {
      const res = await app.request('POST', '/v1/registrations', { phone });
      assert.equal(res.statusCode, 201, res.body);
      await app.tessera.dispatcher.idle();
      const row = await app.tessera.database.db
        .selectFrom('sms_outbox')
        .select('id')
        .where('phone', '=', phone)
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow();
      return { flowId: res.json().id, messageId: row.id };
    }
    const status = async (flowId: string) => (await app.request('GET', `/v1/registrations/${flowId}`)).json().delivery.status as string;
    const row = (id: string) => app.tessera.database.db.selectFrom('sms_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    /** A message some provider took, as the dispatcher leaves it. */
    async function sentThrough(provider: string, providerMessageId: string): Promise<string> {
      const store = createOutboxStore(app.tessera.database.db);
      const id = newId();
      const now = app.clock.now();
      await store.enqueue({ id, phone: uniquePhone(), region: 'CN', purpose: 'registration', locale: 'en', bodySealed: 'x', segments: 1 }, now);
      const lease = newId();
      await store.claim(id, lease, new Date(now.getTime() + 60_000), now);
      await store.startHandoff(id, lease, provider, new Date(now.getTime() + 60_000), now);
      await store.markSent(id, lease, { provider, providerMessageId }, now);
      return id;
    }

    function signedHook(body: object, secret = HOOK_SECRET) {
      const raw = JSON.stringify(body);
      const t = Math.floor(app.clock.now().getTime() / 1000);
      return app.tessera.server.inject({
        method: 'POST',
        url: '/v1/sms/receipts/http/hook',
        payload: raw,
        headers: { 'content-type': 'application/json', 'x-tessera-signature': signTesseraPayload(secret, raw, t) },
      });
    }

    it('a registration shows queued → sent → delivered as the webhook receiver reports it, and never goes back', async () => {
      const phone = uniquePhone();
      const start = await app.request('POST', '/v1/registrations', { phone });
      assert.equal(start.statusCode, 201, start.body);
      assert.equal(start.json().delivery.status, 'queued');
      const flowId = start.json().id as string;
      await app.tessera.dispatcher.idle();
      assert.equal(await status(flowId), 'sent');
      const sent = gw.requests
        .filter((r) => r.path === '/send')
        .map((r) => JSON.parse(r.body))
        .find((m) => m.to === phone);
      assert.equal((await row(sent.id)).segments, segmentInfo(sent.text).segments, 'the segments of the text sent are kept with the message');
      assert.equal((await row(sent.id)).segments, 1);
      const ok = await signedHook({ id: sent.id, status: 'delivered', providerMessageId: 'gw-1' });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(await status(flowId), 'delivered');
      assert.equal((await signedHook({ id: sent.id, status: 'failed', errorCode: 'late' })).statusCode, 200);
      assert.equal(await status(flowId), 'delivered');
    });

    it('refuses a webhook receipt with a wrong signature, and receipts for unknown providers or the wrong type', async () => {
      const { flowId, messageId } = await register(uniquePhone());
      const forged = await signedHook({ id: messageId, status: 'failed' }, `${HOOK_SECRET}-guess`);
      assert.equal(forged.statusCode, 401);
      assert.equal(forged.json().error.code, 'unauthenticated');
      const unsigned = await app.tessera.server.inject({ method: 'POST', url: '/v1/sms/receipts/http/hook', payload: { id: messageId, status: 'failed' } });
      assert.equal(unsigned.statusCode, 401);
      assert.equal((await app.request('POST', '/v1/sms/receipts/http/nobody', {})).statusCode, 404);
      assert.equal((await app.request('GET', `/v1/sms/receipts/kannel/hook?id=${messageId}&status=2`)).statusCode, 404, 'hook is not a kannel provider');
      assert.equal(await status(flowId), 'sent');
    });

    it('kannel: the dlr-url the adapter gave smsbox reports ack, then delivery', async () => {
      const { flowId, messageId } = await register('+85291230000'.replace(/0000$/, String(1000 + Math.floor(Math.random() * 8999))));
      const sendsms = gw.requests.filter((r) => r.path === '/cgi-bin/sendsms').at(-1)!;
      const dlrUrl = new URL(sendsms.query['dlr-url']!);
      assert.equal(dlrUrl.searchParams.get('id'), messageId);
      const call = (type: number, reply: string) =>
        app.request('GET', `${dlrUrl.pathname}${dlrUrl.search.replace('%d', String(type)).replace('%A', encodeURIComponent(reply))}`);
      const ack = await call(8, 'ACK/');
      assert.equal(ack.statusCode, 200, ack.body);
      assert.equal(ack.body, 'OK');
      assert.equal(await status(flowId), 'sent');
      await call(1, 'id:123 stat:DELIVRD');
      assert.equal(await status(flowId), 'delivered');
      assert.equal((await app.request('GET', '/v1/sms/receipts/kannel/kan?status=1')).statusCode, 400, 'not one of ours');
    });

    it('twilio: the signature is checked against the public callback URL, not the one seen behind a proxy', async () => {
      const id = await sentThrough('tw', 'SM0001');
      const params = { MessageSid: 'SM0001', MessageStatus: 'undelivered', ErrorCode: '30003', AccountSid: `AC${'0'.repeat(32)}` };
      const post = (signedUrl: string) =>
        app.tessera.server.inject({
          method: 'POST',
          url: `/v1/sms/receipts/twilio/tw?id=${id}`,
          payload: new URLSearchParams(params).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': fakeTwilioSignature(TWILIO_TOKEN, signedUrl, params) },
        });
      assert.equal((await post(`http://localhost:80/v1/sms/receipts/twilio/tw?id=${id}`)).statusCode, 401);
      assert.equal((await row(id)).status, 'sent');
      const ok = await post(`${PUBLIC_TWILIO_URL}?id=${id}`);
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.body, '');
      const after = await row(id);
      assert.equal(after.status, 'failed');
      assert.equal(after.error, 'receipt: 30003');
    });

    it('aliyun: a batch push updates each message by its OutId and gets the acknowledgement Alibaba Cloud expects', async () => {
      const delivered = await sentThrough('ali', 'B-1');
      const failed = await sentThrough('ali', 'B-2');
      const report = (outId: string, bizId: string, success: boolean) => ({
        phone_number: '13800138000',
        send_time: '2026-03-01 10:00:00',
        report_time: '2026-03-01 10:00:05',
        success,
        err_code: success ? 'DELIVERED' : 'IS:0001',
        err_msg: success ? '用户接收成功' : '失败',
        sms_size: '1',
        biz_id: bizId,
        out_id: outId,
      });
      const res = await app.request('POST', '/v1/sms/receipts/aliyun/ali', [report(delivered, 'B-1', true), report(failed, 'B-2', false)]);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), { code: 0, msg: '接收成功' });
      assert.equal((await row(delivered)).status, 'delivered');
      assert.equal((await row(failed)).error, 'receipt: IS:0001');
      assert.equal((await app.request('POST', '/v1/sms/receipts/aliyun/ali', { not: 'a batch' })).statusCode, 400);
    });

    it('tencent: a status callback matches by SerialNo and is acknowledged; receipts are counted in /metrics', async () => {
      const id = await sentThrough('ten', '2433:ab12');
      const res = await app.request('POST', '/v1/sms/receipts/tencent/ten', [
        {
          user_receive_time: '2026-03-01 10:00:05',
          nationcode: '86',
          mobile: '13800138000',
          report_status: 'SUCCESS',
          errmsg: 'DELIVRD',
          description: '用户短信送达成功',
          sid: '2433:ab12',
          ext: {},
        },
      ]);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), { result: 0, errmsg: 'OK' });
      assert.equal((await row(id)).status, 'delivered');
      const metrics = (await app.request('GET', '/metrics')).body;
      assert.match(metrics, /tessera_sms_receipts_total\{provider="ten",status="delivered",match="applied"\} 1/);
      assert.match(metrics, /tessera_sms_sent_total\{provider="hook",region="CN",outcome="sent"\} [1-9]/);
      assert.match(metrics, /tessera_sms_send_duration_seconds_count\{provider="hook"\} [1-9]/);
      assert.match(metrics, /tessera_sms_segments_total\{provider="hook",region="CN"\} [1-9]/);
    });
  });
}
