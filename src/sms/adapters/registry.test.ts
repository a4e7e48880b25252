import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from '../../core/errors.ts';
import { SMS_ADAPTERS } from './index.ts';

const examples: Record<string, Record<string, unknown>> = {
  kannel: { type: 'kannel', url: 'http://127.0.0.1:13013/cgi-bin/sendsms', username: 'tessera', password: 'x' },
  smpp: { type: 'smpp', host: '127.0.0.1', systemId: 'tessera', password: 'x', sourceAddr: 'Tessera' },
  twilio: { type: 'twilio', accountSid: `AC${'0'.repeat(32)}`, authToken: 'x', from: '+15005550006' },
  aliyun: { type: 'aliyun', accessKeyId: 'x', accessKeySecret: 'y', signName: 'Tessera', templates: { registration: 'SMS_1' } },
  tencent: { type: 'tencent', secretId: 'x', secretKey: 'y', smsSdkAppId: '1400000000', signName: 'Tessera', templates: { registration: '1' } },
  http: { type: 'http', url: 'https://gw.example/sms', secret: 'x'.repeat(32) },
};

test('every adapter validates its example, refuses an unknown key and creates a sender named after the provider', async () => {
  assert.deepEqual(SMS_ADAPTERS.map((a) => a.name).sort(), Object.keys(examples).sort());
  for (const adapter of SMS_ADAPTERS) {
    const type = adapter.name;
    const raw = examples[type]!;
    const sender = adapter.configure(raw, ['sms', 'providers', `${type}1`]).createSender({ name: `${type}1` });
    assert.equal(sender.name, `${type}1`);
    await sender.close?.();
    assert.throws(
      () => adapter.configure({ ...raw, bogus: 1 }, ['sms', 'providers', `${type}1`]),
      (e: unknown) => e instanceof ConfigError && e.message.startsWith(`config: unknown key "sms.providers.${type}1.bogus"`),
    );
    assert.throws(() => adapter.configure('x', ['sms', 'providers', `${type}1`]), ConfigError);
  }
});

test('every setting of every adapter is documented', () => {
  for (const adapter of SMS_ADAPTERS) {
    for (const [key, schema] of Object.entries(adapter.settings.properties)) {
      assert.ok((schema as { description?: string }).description, `${adapter.name}.${key} has no description`);
    }
  }
});
