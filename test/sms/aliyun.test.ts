import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliyunSender, validateAliyunConfig } from '../../src/sms/adapters/aliyun/index.ts';
import { startFakeAliyun } from './fakes/aliyun.ts';
import { message, senderContract, type SenderOptions } from './support/sender-contract.ts';

const keys = { accessKeyId: 'LTAI5tTesseraTestKey', accessKeySecret: 'c2VjcmV0LW5vdC1yZWFs' };

describe('aliyun adapter against the fake Dysmsapi', () => {
  let fake: Awaited<ReturnType<typeof startFakeAliyun>>;
  before(async () => {
    fake = await startFakeAliyun(keys, ['SMS_100', 'SMS_200']);
  });
  after(() => fake.close());

  const sender = (options: SenderOptions = {}) =>
    createAliyunSender(
      validateAliyunConfig(
        {
          type: 'aliyun',
          ...keys,
          ...(options.wrongSecret ? { accessKeySecret: 'wrong' } : {}),
          signName: 'Tessera',
          templates: { registration: 'SMS_100', login: { id: 'SMS_200', params: ['code', 'minutes'] } },
          endpoint: fake.url,
          timeoutMs: options.timeoutMs ?? 3000,
        },
        'sms.providers.cn',
      ),
      { name: 'cn', logger: options.logger },
    );

  senderContract(() => ({
    sender,
    numbers: { ok: '+8613800138000', invalid: '+8612345', serverError: '+8613800000500', hang: '+8613800000408' },
    region: 'CN',
    givesProviderId: true,
  }));

  test('SendSms carries the template, its parameters, our id, and characters that need encoding', async () => {
    const msg = { ...message('+8613800138000', 'CN'), purpose: 'login' as const, params: { code: '12 34*~', minutes: '5' } };
    const { providerMessageId } = await sender().send(msg);
    assert.match(providerMessageId ?? '', /\^0$/);
    const got = fake.accepted.at(-1)!;
    assert.deepEqual(
      [got.PhoneNumbers, got.SignName, got.TemplateCode, got.TemplateParam, got.OutId],
      ['13800138000', 'Tessera', 'SMS_200', '{"code":"12 34*~","minutes":"5"}', msg.id],
    );
  });

  test('the fake recomputes the signature: a wrong secret is SignatureDoesNotMatch', async () => {
    await assert.rejects(sender({ wrongSecret: true }).send(message('+8613800138000', 'CN')), /SignatureDoesNotMatch/);
  });

  test('an international number goes with its country code', async () => {
    await sender().send(message('+85291234567', 'HK'));
    assert.equal(fake.accepted.at(-1)!.PhoneNumbers, '85291234567');
  });
});
