import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from '../../core/errors.ts';
import { ADAPTERS } from './index.ts';

const examples: Record<keyof typeof ADAPTERS, Record<string, unknown>> = {
  kannel: { type: 'kannel', url: 'http://127.0.0.1:13013/cgi-bin/sendsms', username: 'tessera', password: 'x' },
  smpp: { type: 'smpp', host: '127.0.0.1', systemId: 'tessera', password: 'x', sourceAddr: 'Tessera' },
  twilio: { type: 'twilio', accountSid: `AC${'0'.repeat(32)}`, authToken: 'x', from: '+15005550006' },
  aliyun: { type: 'aliyun', accessKeyId: 'x', accessKeySecret: 'y', signName: 'Tessera', templates: { registration: 'SMS_1' } },
  tencent: { type: 'tencent', secretId: 'x', secretKey: 'y', smsSdkAppId: '1400000000', signName: 'Tessera', templates: { registration: '1' } },
  http: { type: 'http', url: 'https://gw.example/sms', secret: 'x'.repeat(32) },
};

test('every adapter validates its example, refuses an unknown key and creates a sender named after the provider', async () => {
  for (const [type, entry] of Object.entries(ADAPTERS)) {
    const raw = examples[type as keyof typeof ADAPTERS];
    const sender = entry.create(entry.validate(raw, `sms.providers.${type}1`), { name: `${type}1` });
    assert.equal(sender.name, `${type}1`);
    await sender.close?.();
    assert.throws(() => entry.validate({ ...raw, bogus: 1 }, `sms.providers.${type}1`), (e: unknown) =>
      e instanceof ConfigError && e.message === `sms.providers.${type}1.bogus is not a known setting`);
    assert.throws(() => entry.validate('x', `sms.providers.${type}1`), ConfigError);
  }
});
