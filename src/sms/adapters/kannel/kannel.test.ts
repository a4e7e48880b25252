import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, TesseraError } from '../../../core/errors.ts';
import { dlrCallbackUrl, parseKannelDlr, validateKannelConfig } from './index.ts';

const valid = { type: 'kannel', url: 'http://127.0.0.1:13013/cgi-bin/sendsms', username: 'u', password: 'p' };

test('config: defaults and the bad key named in the message', () => {
  assert.equal(validateKannelConfig(valid, 'sms.providers.k').timeoutMs, 10_000);
  assert.throws(() => validateKannelConfig({ ...valid, url: 'ftp://x' }, 'sms.providers.cn1'), {
    name: 'ConfigError',
    message: 'config: "sms.providers.cn1.url" must be an http(s) URL (got "ftp://x")',
  });
  assert.throws(() => validateKannelConfig({ ...valid, password: undefined }, 'sms.providers.k'), /"sms\.providers\.k\.password" is required/);
  assert.throws(() => validateKannelConfig({ ...valid, pasword: 'x' }, 'sms.providers.k'), /unknown key "sms\.providers\.k\.pasword"/);
  assert.throws(() => validateKannelConfig({ ...valid, timeoutMs: -1 }, 'sms.providers.k'), ConfigError);
  assert.throws(() => validateKannelConfig({ ...valid, type: 'smpp' }, 'sms.providers.k'), /"sms\.providers\.k\.type" must be "kannel"/);
});

test('dlr-url carries our id and Kannel escapes, once encoded', () => {
  const url = dlrCallbackUrl('http://127.0.0.1:3000/v1/sms/receipts/kannel/main', '0190-ab');
  assert.equal(url, 'http://127.0.0.1:3000/v1/sms/receipts/kannel/main?id=0190-ab&status=%d&reply=%A');
  assert.equal(dlrCallbackUrl('http://h/r?k=1', 'x'), 'http://h/r?k=1&id=x&status=%d&reply=%A');
});

test('DLR types map to receipt statuses', () => {
  const cases: [string, string][] = [
    ['1', 'delivered'],
    ['2', 'failed'],
    ['4', 'sent'],
    ['8', 'sent'],
    ['16', 'failed'],
  ];
  for (const [type, status] of cases) assert.equal(parseKannelDlr({ id: 'm1', status: type }).status, status, `type ${type}`);
  assert.deepEqual(parseKannelDlr({ id: 'm1', status: '16', reply: 'NACK/0x0000000b/Invalid Destination Address' }), {
    messageId: 'm1',
    status: 'failed',
    errorCode: 'NACK/0x0000000b/Invalid Destination Address',
  });
  assert.deepEqual(parseKannelDlr({ id: 'm1', status: '1', reply: 'ACK/' }), { messageId: 'm1', status: 'delivered' });
});

test('a callback that is not a Kannel DLR is an invalid_request', () => {
  for (const q of [{ status: '1' }, { id: 'm1' }, { id: 'm1', status: '3' }, { id: '', status: '1' }]) {
    assert.throws(
      () => parseKannelDlr(q),
      (e: unknown) => e instanceof TesseraError && e.code === 'invalid_request',
    );
  }
});
