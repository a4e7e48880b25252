import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TesseraError } from '../../../core/errors.ts';
import { parseHttpReceipt, signTesseraPayload, validateHttpConfig, verifyTesseraSignature } from './index.ts';

const secret = 'whsec_0123456789abcdef0123456789abcdef';
const body = '{"id":"m1","status":"delivered"}';
const t = 1795545150;
const now = new Date(t * 1000);
// printf '%s' "$t.$body" | openssl dgst -sha256 -hmac "$secret"
const openssl = 'e80e61e8bd1f30d18628a41c74d577f9c649b03dfe500d958de26e0bd8f318e4';

test('X-Tessera-Signature matches an HMAC-SHA256 computed by openssl', () => {
  assert.equal(signTesseraPayload(secret, body, t), `t=${t},v1=${openssl}`);
});

test('verification: good, tampered, wrong key, stale, malformed, rotated', () => {
  const header = `t=${t},v1=${openssl}`;
  assert.equal(verifyTesseraSignature(secret, header, body, { now }), true);
  assert.equal(verifyTesseraSignature(secret, header, body.replace('delivered', 'failed'), { now }), false);
  assert.equal(verifyTesseraSignature(`${secret}x`, header, body, { now }), false);
  assert.equal(verifyTesseraSignature(secret, header, body, { now: new Date((t + 301) * 1000) }), false, 'replayed after 5 minutes');
  assert.equal(verifyTesseraSignature(secret, header, body, { now: new Date((t + 299) * 1000) }), true);
  assert.equal(verifyTesseraSignature(secret, `t=${t + 1},v1=${openssl}`, body, { now }), false, 'timestamp is signed');
  for (const bad of [undefined, '', `v1=${openssl}`, `t=abc,v1=${openssl}`, `t=${t}`]) {
    assert.equal(verifyTesseraSignature(secret, bad, body, { now }), false, String(bad));
  }
  assert.equal(verifyTesseraSignature(secret, `t=${t},v1=${'0'.repeat(64)},v1=${openssl}`, body, { now }), true);
});

test('receipts posted back', () => {
  assert.deepEqual(parseHttpReceipt(JSON.parse(body)), { messageId: 'm1', status: 'delivered' });
  assert.deepEqual(parseHttpReceipt({ id: 'm1', status: 'failed', providerMessageId: 'g-1', errorCode: 'UNDELIV' }), {
    messageId: 'm1',
    status: 'failed',
    providerMessageId: 'g-1',
    errorCode: 'UNDELIV',
  });
  for (const bad of [null, [], { id: 'm1' }, { id: 'm1', status: 'read' }, { status: 'sent' }]) {
    assert.throws(
      () => parseHttpReceipt(bad),
      (e: unknown) => e instanceof TesseraError && e.code === 'invalid_request',
    );
  }
});

test('config: a short secret is refused by name', () => {
  assert.throws(
    () => validateHttpConfig({ url: 'https://gw.example/sms', secret: 'short' }, 'sms.providers.hook'),
    /"sms\.providers\.hook\.secret" must be at least 32 characters$/,
  );
  assert.equal(validateHttpConfig({ url: 'https://gw.example/sms', secret }, 'p').timeoutMs, 10_000);
});
