import { SmsSendError, type SmsMessage, type SmsSender } from '../../port.ts';
import { maskPhone } from '../../../phone/index.ts';
import { resolveDeps, type AdapterDeps } from '../shared/deps.ts';
import { callGateway, field, isTransientStatus, vendorText } from '../shared/http.ts';
import { defineAdapter, settingsValidator } from '../shared/adapter.ts';
import { templateFor } from '../shared/settings.ts';
import { TencentSettings, type TencentConfig } from './config.ts';
import { signTc3 } from './sign.ts';
import { TENCENT_STATUS } from './status.ts';

export { TencentSettings, type TencentConfig } from './config.ts';
export { signTc3, type Tc3Request } from './sign.ts';
export { parseTencentStatus, TENCENT_STATUS_ACK } from './status.ts';

/** Codes about the number or the content itself: no retry, here or elsewhere, can help. */
const PERMANENT_CODES = new Set([
  'InvalidParameterValue.IncorrectPhoneNumber',
  'FailedOperation.PhoneNumberInBlacklist',
  'FailedOperation.PhoneNumberParseFail',
  'FailedOperation.ContainSensitiveWord',
]);

/** Tencent Cloud SMS SendSms (API 2021-01-11), signed with TC3-HMAC-SHA256. */
export function createTencentSender(config: TencentConfig, deps: AdapterDeps = {}): SmsSender {
  const { name, fetch, clock, logger } = resolveDeps(deps, 'tencent');
  const host = new URL(config.endpoint).host;

  function payload(message: SmsMessage): string {
    const template = templateFor(config.templates, message.purpose);
    if (!template) throw new SmsSendError(`${name}: no template configured for ${message.purpose}`, { unsupported: true });
    const values = template.params.map((p) => {
      const v = message.params[p];
      if (v === undefined) throw new SmsSendError(`${name}: template ${template.id} needs the ${p} parameter`, { unsupported: true });
      return v;
    });
    return JSON.stringify({
      PhoneNumberSet: [message.to],
      SmsSdkAppId: config.smsSdkAppId,
      TemplateId: template.id,
      TemplateParamSet: values,
      SessionContext: message.id,
      ...(message.region === 'CN' ? { SignName: config.signName } : {}),
      ...(config.senderId && message.region !== 'CN' ? { SenderId: config.senderId } : {}),
    });
  }

  return {
    name,
    async send(message, options = {}) {
      const body = payload(message);
      const timestampSeconds = Math.floor(clock().getTime() / 1000);
      const { authorization } = signTc3({
        secretId: config.secretId,
        secretKey: config.secretKey,
        service: 'sms',
        host,
        action: 'SendSms',
        timestampSeconds,
        payload: body,
      });
      const headers = {
        authorization,
        'content-type': 'application/json; charset=utf-8',
        'x-tc-action': 'SendSms',
        'x-tc-version': '2021-01-11',
        'x-tc-timestamp': String(timestampSeconds),
        'x-tc-region': config.region,
      };
      const res = await callGateway(fetch, name, config.endpoint, { method: 'POST', headers, body }, config.timeoutMs, options.signal);
      const status = firstStatus(res.json);
      const code = field(res.json, 'Response', 'Error', 'Code') ?? field(status, 'Code');
      if (res.status === 200 && code === 'Ok') {
        const serialNo = field(status, 'SerialNo');
        logger.info({ provider: name, to: maskPhone(message.to), id: message.id, serialNo }, 'sms handed to tencent');
        return serialNo ? { providerMessageId: serialNo } : {};
      }
      const permanent = !isTransientStatus(res.status) && code !== undefined && PERMANENT_CODES.has(code);
      const detail = vendorText(field(res.json, 'Response', 'Error', 'Message') ?? field(status, 'Message') ?? res.text);
      throw new SmsSendError(`${name}: tencent answered ${res.status} ${code ?? ''}: ${detail}`, { permanent });
    },
  };
}

function firstStatus(json: unknown): unknown {
  const set = (json as { Response?: { SendStatusSet?: unknown } } | undefined)?.Response?.SendStatusSet;
  return Array.isArray(set) ? set[0] : undefined;
}

export const validateTencentConfig = settingsValidator(TencentSettings);

/** Tencent Cloud SMS: SendSms, delivery reports by status callback. */
export const tencent = defineAdapter({
  name: 'tencent',
  title: 'Tencent Cloud SMS',
  settings: TencentSettings,
  createSender: createTencentSender,
  receipt: TENCENT_STATUS,
});
