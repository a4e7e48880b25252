import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TesseraError } from '../../../core/errors.ts';
import { parseTwilioStatus, statusCallbackFor, validateTwilioConfig, verifyTwilioSignature } from './index.ts';

test("X-Twilio-Signature: the worked example of Twilio's webhook security docs", () => {
  const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
  const params = { CallSid: 'CA1234567890ABCDE', Caller: '+12349013030', Digits: '1234', From: '+12349013030', To: '+18005551212' };
  assert.equal(verifyTwilioSignature('12345', url, params, '0/KCTR6DLpKmkAf8muzZqo1nDgQ='), true);
  assert.equal(verifyTwilioSignature('12346', url, params, '0/KCTR6DLpKmkAf8muzZqo1nDgQ='), false);
  assert.equal(verifyTwilioSignature('12345', `${url}&baz=3`, params, '0/KCTR6DLpKmkAf8muzZqo1nDgQ='), false);
  assert.equal(verifyTwilioSignature('12345', url, { ...params, Digits: '1235' }, '0/KCTR6DLpKmkAf8muzZqo1nDgQ='), false);
  assert.equal(verifyTwilioSignature('12345', url, params, undefined), false);
});

test('status callbacks', () => {
  const url = statusCallbackFor('https://id.example.com/v1/sms/receipts/twilio/us', '0190abcd');
  assert.equal(url, 'https://id.example.com/v1/sms/receipts/twilio/us?id=0190abcd');
  assert.deepEqual(parseTwilioStatus({ MessageSid: 'SM1', MessageStatus: 'undelivered', ErrorCode: '30003' }, url), {
    messageId: '0190abcd',
    providerMessageId: 'SM1',
    status: 'failed',
    errorCode: '30003',
  });
  assert.deepEqual(parseTwilioStatus({ MessageSid: 'SM1', MessageStatus: 'delivered' }), { providerMessageId: 'SM1', status: 'delivered' });
  assert.equal(parseTwilioStatus({ MessageSid: 'SM1', MessageStatus: 'queued' }).status, 'sent');
  assert.throws(() => parseTwilioStatus({ MessageSid: 'SM1', MessageStatus: 'bogus' }), TesseraError);
  assert.throws(() => parseTwilioStatus({ MessageStatus: 'sent' }), TesseraError);
});

test('config: one sender, named keys', () => {
  const base = { accountSid: `AC${'a'.repeat(32)}`, authToken: 't' };
  assert.equal(validateTwilioConfig({ ...base, from: '+15005550006' }, 'p').baseUrl, 'https://api.twilio.com');
  assert.throws(() => validateTwilioConfig(base, 'sms.providers.us'), /"sms\.providers\.us\.from" or "sms\.providers\.us\.messagingServiceSid" must be set/);
  assert.throws(() => validateTwilioConfig({ ...base, from: 'x', messagingServiceSid: `MG${'a'.repeat(32)}` }, 'p'), /not both/);
  assert.throws(() => validateTwilioConfig({ ...base, accountSid: 'AC1', from: 'x' }, 'sms.providers.us'), /"sms\.providers\.us\.accountSid" must be "AC"/);
});
