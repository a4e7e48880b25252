/**
 * The SMPP adapter against a separate SMSC process (test/sms/smsc): bind, submit in GSM and
 * UCS-2, receipts via deliver_sm, refusals, a dropped link and an unanswered enquire_link.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createSmppSender, validateSmppConfig } from '../../src/sms/adapters/smpp/index.ts';
import { SmsSendError, type DeliveryReceipt, type SmsMessage, type SmsSender } from '../../src/sms/port.ts';
import { startSmsc } from './smsc/smsc-process.ts';
import { waitFor } from './support/processes.ts';

const credentials = { systemId: 'tessera', password: 'pw-1' };

describe('smpp adapter against a separate SMSC process', () => {
  let smsc: Awaited<ReturnType<typeof startSmsc>>;
  const senders: SmsSender[] = [];
  const receipts: DeliveryReceipt[] = [];

  before(async () => {
    smsc = await startSmsc(credentials);
  });
  after(async () => {
    await Promise.all(senders.map((s) => s.close?.()));
    await smsc.stop();
  });

  const sender = (overrides: Record<string, unknown> = {}) => {
    const config = validateSmppConfig(
      {
        type: 'smpp',
        host: '127.0.0.1',
        port: smsc.port,
        ...credentials,
        sourceAddr: 'Tessera',
        enquireLinkSeconds: 30,
        timeoutMs: 2000,
        reconnectMinMs: 50,
        reconnectMaxMs: 400,
        ...overrides,
      },
      'sms.providers.smsc',
    );
    const s = createSmppSender(config, { name: 'smsc', onReceipt: (r) => receipts.push(r) });
    senders.push(s);
    return s;
  };
  const message = (to: string, text: string): SmsMessage => ({
    id: randomUUID(),
    to,
    region: 'CN',
    text,
    purpose: 'login',
    params: { code: '654321' },
    locale: 'zh-CN',
  });
  const submitted = async (id: string) => (await smsc.state()).submits.find((s) => s.messageId === id);

  test('a Chinese text goes as UCS-2 and its DELIVRD receipt comes back', async () => {
    const s = sender();
    const msg = message('+8613800138000', '【Tessera】登录验证码 654321，5 分钟内有效。');
    const { providerMessageId } = await s.send(msg);
    assert.ok(providerMessageId);
    assert.deepEqual(await submitted(providerMessageId), {
      messageId: providerMessageId,
      from: 'Tessera',
      to: '8613800138000',
      dataCoding: 8,
      text: msg.text,
      registeredDelivery: 1,
    });
    const receipt = await waitFor('receipt', () => receipts.find((r) => r.providerMessageId === providerMessageId));
    assert.deepEqual(receipt, { providerMessageId, status: 'delivered' });
  });

  test('GSM text goes in the default alphabet; a failed delivery comes back as failed with its err', async () => {
    const s = sender();
    const { providerMessageId } = await s.send(message('+7770001111', 'Your Tessera code is 654321 {5 min}'));
    assert.ok(providerMessageId);
    const sub = await submitted(providerMessageId);
    assert.equal(sub?.dataCoding, 0);
    assert.equal(sub?.text, 'Your Tessera code is 654321 {5 min}');
    const receipt = await waitFor('receipt', () => receipts.find((r) => r.providerMessageId === providerMessageId));
    assert.deepEqual(receipt, { providerMessageId, status: 'failed', errorCode: '001' });
  });

  test('an invalid destination is permanent, a throttle is not', async () => {
    const s = sender();
    await assert.rejects(s.send(message('+9991234', 'x')), (e: unknown) => e instanceof SmsSendError && e.permanent);
    await assert.rejects(s.send(message('+8881234', 'x')), (e: unknown) => e instanceof SmsSendError && !e.permanent);
  });

  test('a refused bind fails the send quickly and non-permanently', async () => {
    const s = sender({ password: 'wrong', timeoutMs: 5000 });
    const started = Date.now();
    await assert.rejects(s.send(message('+8613800138000', 'x')), (e: unknown) => e instanceof SmsSendError && !e.permanent && /bind refused/.test(e.message));
    assert.ok(Date.now() - started < 2000, 'did not wait for the whole timeout');
  });

  test('while the link is down for longer than timeoutMs, sends fail at once and do not force reconnects', async () => {
    const s = sender({ password: 'wrong', timeoutMs: 1000, reconnectMinMs: 5000, reconnectMaxMs: 5000 });
    await assert.rejects(s.send(message('+8613800138000', 'x')), /bind refused/);
    const attempts = (await smsc.state()).bindAttempts;
    const started = Date.now();
    for (let i = 0; i < 3; i++) {
      await assert.rejects(
        s.send(message('+8613800138000', 'x')),
        (e: unknown) => e instanceof SmsSendError && !e.permanent && /link down \(bind refused.*next attempt in/.test(e.message),
      );
    }
    assert.ok(Date.now() - started < 500, 'failed fast');
    assert.equal((await smsc.state()).bindAttempts, attempts, 'no extra bind attempts');
  });

  test('after the SMSC drops the link the adapter rebinds and the next send works', async () => {
    const s = sender();
    await s.send(message('+8613800138001', 'before'));
    const bindsBefore = (await smsc.state()).binds;
    assert.ok((await smsc.drop()).count >= 1);
    await waitFor('a new bind', async () => ((await smsc.state()).binds > bindsBefore ? true : undefined), 3000);
    const { providerMessageId } = await s.send(message('+8613800138001', 'after'));
    assert.equal((await submitted(providerMessageId!))?.text, 'after');
  });

  test('enquire_link keeps the link checked; an unanswered one makes the adapter rebind', async () => {
    const s = sender({ enquireLinkSeconds: 1, timeoutMs: 500 });
    await s.send(message('+8613800138002', 'ping'));
    const before = await smsc.state();
    await smsc.mute(true);
    try {
      await waitFor(
        'a rebind after an unanswered enquire_link',
        async () => {
          const now = await smsc.state();
          return now.enquireLinks > before.enquireLinks && now.binds > before.binds ? true : undefined;
        },
        4000,
      );
    } finally {
      await smsc.mute(false);
    }
    const { providerMessageId } = await s.send(message('+8613800138002', 'pong'));
    assert.equal((await submitted(providerMessageId!))?.text, 'pong');
  });

  test('an unreachable SMSC is a non-permanent failure within the timeout', async () => {
    const s = sender({ port: 1, timeoutMs: 1000 });
    await assert.rejects(s.send(message('+8613800138000', 'x')), (e: unknown) => e instanceof SmsSendError && !e.permanent);
  });
});
