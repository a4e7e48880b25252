import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTwilioSender, parseTwilioStatus, validateTwilioConfig, verifyTwilioSignature } from '../../src/sms/adapters/twilio/index.ts';
import { startFakeTwilio } from './fakes/twilio.ts';
import { message, senderContract, type SenderOptions } from './support/sender-contract.ts';
import { startListener } from './support/listener.ts';

const account = { accountSid: `AC${'0123456789abcdef'.repeat(2)}`, authToken: 'f'.repeat(32) };

describe('twilio adapter against the fake Messages API', () => {
  let fake: Awaited<ReturnType<typeof startFakeTwilio>>;
  let receipts: Awaited<ReturnType<typeof startListener>>;
  before(async () => {
    fake = await startFakeTwilio(account);
    receipts = await startListener();
  });
  after(async () => {
    await Promise.allSettled(fake.callbacks);
    await fake.close();
    await receipts.close();
  });

  const sender = (options: SenderOptions = {}) =>
    createTwilioSender(
      validateTwilioConfig(
        {
          type: 'twilio',
          accountSid: account.accountSid,
          authToken: options.wrongSecret ? 'e'.repeat(32) : account.authToken,
          from: '+15005550006',
          statusCallbackUrl: `${receipts.url}/v1/sms/receipts/twilio/us`,
          baseUrl: fake.url,
          timeoutMs: options.timeoutMs ?? 3000,
        },
        'sms.providers.us',
      ),
      { name: 'us', logger: options.logger },
    );

  senderContract(() => ({
    sender,
    numbers: { ok: '+15005550006', invalid: '+15005550001', serverError: '+15005550500', hang: '+15005550408' },
    region: 'US',
    givesProviderId: true,
  }));

  test('the request Twilio gets, and the signed status callbacks coming back', async () => {
    const msg = message('+8613800138000', 'CN', '【Tessera】验证码 123456');
    const { providerMessageId } = await sender().send(msg);
    const sent = fake.requests.at(-1)!;
    assert.deepEqual(Object.fromEntries(new URLSearchParams(sent.body)), {
      To: msg.to,
      Body: msg.text,
      From: '+15005550006',
      StatusCallback: `${receipts.url}/v1/sms/receipts/twilio/us?id=${msg.id}`,
    });
    await Promise.all(fake.callbacks);
    const mine = receipts.requests.filter((r) => r.query.id === msg.id);
    assert.equal(mine.length, 2);
    const statuses = mine.map((r) => {
      const url = `${receipts.url}${r.path}?id=${r.query.id}`;
      const params = Object.fromEntries(new URLSearchParams(r.body));
      assert.ok(verifyTwilioSignature(account.authToken, url, params, r.headers['x-twilio-signature'] as string), 'signature verifies');
      assert.ok(!verifyTwilioSignature('0'.repeat(32), url, params, r.headers['x-twilio-signature'] as string), 'other token fails');
      assert.ok(!verifyTwilioSignature(account.authToken, url, { ...params, MessageStatus: 'failed' }, r.headers['x-twilio-signature'] as string));
      return parseTwilioStatus(params, url);
    });
    assert.deepEqual(statuses, [
      { messageId: msg.id, providerMessageId, status: 'sent' },
      { messageId: msg.id, providerMessageId, status: 'delivered' },
    ]);
  });

  test('the vendor error text reaches our message with the number masked', async () => {
    await assert.rejects(sender().send(message('+15005550001', 'US')), (e: Error) => /21211/.test(e.message) && !/5005550001/.test(e.message));
  });
});
