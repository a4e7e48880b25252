import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { createHttpSender, validateHttpConfig } from '../../src/sms/adapters/http/index.ts';
import { startListener, type Captured } from './support/listener.ts';
import { message, senderContract, type SenderOptions } from './support/sender-contract.ts';

const secret = 'whsec_tessera_test_0123456789abcdef';

/** A webhook receiver that checks the signature its own way and answers per the documented contract. */
function receiver(req: Captured, res: ServerResponse): void {
  const header = String(req.headers['x-tessera-signature'] ?? '');
  const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) ?? [];
  const expected = createHmac('sha256', secret).update(`${t}.${req.body}`).digest('hex');
  const { to } = JSON.parse(req.body) as { to: string };
  if (!t || v1 !== expected || Math.abs(Number(t) - Date.now() / 1000) > 300) res.writeHead(401).end('bad signature');
  else if (to === '+8612345') res.writeHead(422, { 'content-type': 'application/json' }).end('{"error":"invalid number"}');
  else if (to === '+8613800000500') res.writeHead(503).end('busy');
  else if (to === '+8613800000408')
    return; // never answers
  else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ providerMessageId: `gw-${req.headers['content-length']}` }));
}

describe('http webhook adapter', () => {
  let hook: Awaited<ReturnType<typeof startListener>>;
  before(async () => {
    hook = await startListener(receiver);
  });
  after(() => hook.close());

  const sender = (options: SenderOptions = {}) =>
    createHttpSender(
      validateHttpConfig(
        { type: 'http', url: `${hook.url}/sms`, secret: options.wrongSecret ? `${secret}-old` : secret, timeoutMs: options.timeoutMs ?? 3000 },
        'sms.providers.hook',
      ),
      { name: 'hook', logger: options.logger },
    );

  senderContract(() => ({
    sender,
    numbers: { ok: '+8613800138000', invalid: '+8612345', serverError: '+8613800000500', hang: '+8613800000408' },
    region: 'CN',
    givesProviderId: true,
  }));

  test('the JSON posted is the message, signed', async () => {
    const msg = message('+8613800138000', 'CN');
    await sender().send(msg);
    const req = hook.requests.at(-1)!;
    assert.equal(req.path, '/sms');
    assert.equal(req.headers['content-type'], 'application/json');
    const { id, to, region, text, purpose, locale, params } = msg;
    assert.deepEqual(JSON.parse(req.body), { id, to, region, text, purpose, locale, params });
  });
});
