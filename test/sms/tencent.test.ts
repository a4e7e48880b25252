import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTencentSender, validateTencentConfig } from '../../src/sms/adapters/tencent/index.ts';
import { startFakeTencent } from './fakes/tencent.ts';
import { message, senderContract, type SenderOptions } from './support/sender-contract.ts';

const keys = { secretId: 'AKIDtesseraTestSecretId000000000000', secretKey: 'tesseraTestSecretKey000000000000' };
const app = { smsSdkAppId: '1400006666', templates: ['449739', '449740'] };

describe('tencent adapter against the fake SendSms', () => {
  let fake: Awaited<ReturnType<typeof startFakeTencent>>;
  before(async () => {
    fake = await startFakeTencent(keys, app);
  });
  after(() => fake.close());

  const sender = (options: SenderOptions = {}) =>
    createTencentSender(
      validateTencentConfig(
        {
          type: 'tencent',
          ...keys,
          ...(options.wrongSecret ? { secretKey: 'wrong' } : {}),
          smsSdkAppId: app.smsSdkAppId,
          signName: 'Tessera',
          templates: { registration: '449739', login: { id: '449740', params: ['code', 'minutes'] } },
          endpoint: fake.url,
          timeoutMs: options.timeoutMs ?? 3000,
        },
        'sms.providers.tx',
      ),
      { name: 'tx', logger: options.logger },
    );

  senderContract(() => ({
    sender,
    numbers: { ok: '+8613800138000', invalid: '+861234', serverError: '+8613800000500', hang: '+8613800000408' },
    region: 'CN',
    givesProviderId: true,
  }));

  test('the fake recomputes the signature: a wrong key is AuthFailure.SignatureFailure', async () => {
    await assert.rejects(sender({ wrongSecret: true }).send(message('+8613800138000', 'CN')), /AuthFailure\.SignatureFailure/);
  });

  test('the body: template parameters in order, our id as SessionContext, a sign name for mainland numbers only', async () => {
    const cn = { ...message('+8613800138000', 'CN'), purpose: 'login' as const };
    const { providerMessageId } = await sender().send(cn);
    assert.match(providerMessageId ?? '', /^2028:/);
    assert.deepEqual(fake.accepted.at(-1), {
      PhoneNumberSet: ['+8613800138000'],
      SmsSdkAppId: app.smsSdkAppId,
      TemplateId: '449740',
      TemplateParamSet: ['123456', '5'],
      SessionContext: cn.id,
      SignName: 'Tessera',
    });
    await sender().send(message('+85291234567', 'HK'));
    assert.equal(fake.accepted.at(-1)!.SignName, undefined);
  });
});
