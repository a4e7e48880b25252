import { Type, type Static } from 'typebox';
import { httpUrl, providerType, templates, text, timeoutMs } from '../shared/settings.ts';

export const TencentSettings = Type.Object(
  {
    type: providerType('tencent'),
    secretId: text('The SecretId of a CAM key with SMS access.'),
    secretKey: text("That key's SecretKey.", { secret: true }),
    smsSdkAppId: Type.String({
      pattern: '^\\d+$',
      problem: 'must be the SDK AppID digits (e.g. "1400006666")',
      description: "The SMS application's SDK AppID (e.g. `1400006666`).",
    }),
    signName: text('The approved signature (签名) for mainland numbers; other regions go without one.'),
    templates: templates(
      'Approved template ids per purpose: `{ "registration": "1234567", "login": { "id": "1234568", "params": ["code", "minutes"] } }`; ' +
        '`params` fill `{1}`, `{2}`, … in order (default: just `code`).',
    ),
    region: Type.Union([Type.Literal('ap-guangzhou'), Type.Literal('ap-beijing'), Type.Literal('ap-nanjing')], {
      default: 'ap-guangzhou',
      problem: 'must be ap-guangzhou, ap-beijing or ap-nanjing',
      description: '`X-TC-Region`: `ap-guangzhou`, `ap-beijing` or `ap-nanjing`.',
    }),
    senderId: Type.Optional(text('Sender id for numbers outside the mainland, where the destination asks for one.')),
    endpoint: httpUrl('The API endpoint: a nearby one, or a local fake in tests.', { default: 'https://sms.tencentcloudapi.com/' }),
    timeoutMs: timeoutMs(),
  },
  { additionalProperties: false },
);

export type TencentConfig = Static<typeof TencentSettings>;
