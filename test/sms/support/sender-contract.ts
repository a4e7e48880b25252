import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { AdapterLogger } from '../../../src/sms/adapters/index.ts';
import { SmsSendError, type SmsMessage, type SmsSender } from '../../../src/sms/port.ts';

export interface SenderOptions {
  readonly wrongSecret?: boolean;
  readonly timeoutMs?: number;
  readonly logger?: AdapterLogger;
}

export interface ContractSetup {
  /** A sender for the running fake; `wrongSecret` signs or authenticates with a bad credential. */
  sender(options?: SenderOptions): SmsSender;
  /** Numbers the fake treats specially. */
  readonly numbers: { ok: string; invalid: string; serverError: string; hang: string };
  readonly region: string;
  /** Whether the gateway gives its own message id on success. */
  readonly givesProviderId: boolean;
}

export function message(to: string, region: string, text = '您的验证码是 123456，5 分钟内有效。'): SmsMessage {
  return { id: randomUUID(), to, region, text, purpose: 'registration', params: { code: '123456', minutes: '5' }, locale: 'zh-CN' };
}

const transient = (e: unknown) => e instanceof SmsSendError && !e.permanent;
const permanent = (e: unknown) => e instanceof SmsSendError && e.permanent;

/** What every HTTP gateway adapter promises the outbox and the router, run against its fake. */
export function senderContract(setup: () => ContractSetup): void {
  test('contract: an accepted message resolves (with the gateway id when it gives one)', async () => {
    const s = setup();
    const result = await s.sender().send(message(s.numbers.ok, s.region));
    if (s.givesProviderId) assert.match(result.providerMessageId ?? '', /\S/);
  });

  test('contract: what the adapter logs has the number masked', async () => {
    const s = setup();
    const lines: string[] = [];
    const logger: AdapterLogger = { info: (o, m) => lines.push(JSON.stringify(o) + (m ?? '')), warn: (o, m) => lines.push(JSON.stringify(o) + (m ?? '')) };
    const msg = message(s.numbers.ok, s.region);
    await s.sender({ logger }).send(msg);
    assert.ok(lines.length > 0, 'a hand-off is logged');
    const national = msg.to.slice(-8);
    for (const line of lines) {
      assert.ok(!line.includes(national), line);
      assert.ok(line.includes(msg.id), 'the message id is there to follow it');
    }
  });

  test('contract: a wrong credential is refused by the gateway: SmsSendError, not permanent', async () => {
    const s = setup();
    await assert.rejects(s.sender({ wrongSecret: true }).send(message(s.numbers.ok, s.region)), transient);
  });

  test('contract: an invalid number is permanent', async () => {
    const s = setup();
    await assert.rejects(s.sender().send(message(s.numbers.invalid, s.region)), permanent);
  });

  test('contract: a 5xx is not permanent', async () => {
    const s = setup();
    await assert.rejects(s.sender().send(message(s.numbers.serverError, s.region)), transient);
  });

  test('contract: no answer within timeoutMs is not permanent', async () => {
    const s = setup();
    const started = Date.now();
    await assert.rejects(s.sender({ timeoutMs: 300 }).send(message(s.numbers.hang, s.region)), transient);
    assert.ok(Date.now() - started < 2000);
  });

  test("contract: the caller's signal cancels the send", async () => {
    const s = setup();
    const controller = new AbortController();
    const pending = s.sender().send(message(s.numbers.hang, s.region), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(pending, transient);
  });
}
