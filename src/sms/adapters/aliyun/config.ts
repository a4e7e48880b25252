import { Type, type Static } from 'typebox';
import { httpUrl, providerType, templates, text, timeoutMs } from '../shared/settings.ts';

export const AliyunSettings = Type.Object(
  {
    type: providerType('aliyun'),
    accessKeyId: text('The AccessKey ID of a RAM user with `AliyunDysmsFullAccess`.'),
    accessKeySecret: text("That AccessKey's secret.", { secret: true }),
    signName: text('The approved signature (签名), e.g. `Tessera`.'),
    templates: templates(
      'Approved template codes per purpose: `{ "registration": "SMS_1", "login": { "id": "SMS_2", "params": ["code", "minutes"] } }`; ' +
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the vendor's own placeholder syntax, in a description
        "`params` names the template's `${...}` variables, in order (default: just `code`).",
    ),
    endpoint: Type.Optional(
      httpUrl(
        'Overrides both regional endpoints (mainland numbers go to `dysmsapi.aliyuncs.com`, others to ' +
          '`dysmsapi.ap-southeast-1.aliyuncs.com`): a proxy, or a local fake in tests.',
      ),
    ),
    timeoutMs: timeoutMs(),
  },
  { additionalProperties: false },
);

export type AliyunConfig = Static<typeof AliyunSettings>;
