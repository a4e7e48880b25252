import { randomUUID } from 'node:crypto';
import { SmsSendError, type SmsMessage, type SmsSender } from '../../port.ts';
import { maskPhone } from '../../../phone/index.ts';
import { resolveDeps, type AdapterDeps } from '../shared/deps.ts';
import { callGateway, field, isTransientStatus, vendorText } from '../shared/http.ts';
import { defineAdapter, settingsValidator } from '../shared/adapter.ts';
import { templateFor } from '../shared/settings.ts';
import { AliyunSettings, type AliyunConfig } from './config.ts';
import { ALIYUN_REPORTS } from './report.ts';
import { canonicalQuery, signRpc } from './sign.ts';

export { AliyunSettings, type AliyunConfig } from './config.ts';
export { ALIYUN_REPORT_ACK, parseAliyunReports } from './report.ts';
export { canonicalQuery, percentEncode, signRpc } from './sign.ts';

const MAINLAND = { url: 'https://dysmsapi.aliyuncs.com/', regionId: 'cn-hangzhou' };
const INTERNATIONAL = { url: 'https://dysmsapi.ap-southeast-1.aliyuncs.com/', regionId: 'ap-southeast-1' };

/** Codes about the number or the content itself: no retry, here or elsewhere, can help. */
const PERMANENT_CODES = new Set(['isv.MOBILE_NUMBER_ILLEGAL', 'isv.BLACK_KEY_CONTROL_LIMIT']);

/** Alibaba Cloud SMS (Dysmsapi 2017-05-25) SendSms, RPC style with signature version 1.0. */
export function createAliyunSender(config: AliyunConfig, deps: AdapterDeps = {}): SmsSender {
  const { name, fetch, clock, logger } = resolveDeps(deps, 'aliyun');

  function query(message: SmsMessage, regionId: string): Record<string, string> {
    const template = templateFor(config.templates, message.purpose);
    if (!template) throw new SmsSendError(`${name}: no template configured for ${message.purpose}`, { unsupported: true });
    const values: Record<string, string> = {};
    for (const p of template.params) {
      const v = message.params[p];
      if (v === undefined) throw new SmsSendError(`${name}: template ${template.id} needs the ${p} parameter`, { unsupported: true });
      values[p] = v;
    }
    return {
      AccessKeyId: config.accessKeyId,
      Action: 'SendSms',
      Format: 'JSON',
      OutId: message.id,
      // Mainland numbers go without their country code; all others with it, without the '+'.
      PhoneNumbers: message.region === 'CN' ? message.to.replace(/^\+86/, '') : message.to.replace(/^\+/, ''),
      RegionId: regionId,
      SignName: config.signName,
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: randomUUID(),
      SignatureVersion: '1.0',
      TemplateCode: template.id,
      TemplateParam: JSON.stringify(values),
      Timestamp: clock()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
      Version: '2017-05-25',
    };
  }

  return {
    name,
    async send(message, options = {}) {
      const target = message.region === 'CN' ? MAINLAND : INTERNATIONAL;
      const params = query(message, target.regionId);
      const { signature } = signRpc('GET', params, config.accessKeySecret);
      const url = new URL(config.endpoint ?? target.url);
      // Encoded the way it was signed (%20, not +), so no server-side decoding quirk can differ.
      url.search = canonicalQuery({ ...params, Signature: signature });
      const res = await callGateway(fetch, name, url.toString(), { method: 'GET', headers: { accept: 'application/json' } }, config.timeoutMs, options.signal);
      const code = field(res.json, 'Code');
      if (res.status === 200 && code === 'OK') {
        const bizId = field(res.json, 'BizId');
        logger.info({ provider: name, to: maskPhone(message.to), id: message.id, bizId }, 'sms handed to aliyun');
        return bizId ? { providerMessageId: bizId } : {};
      }
      const permanent = !isTransientStatus(res.status) && code !== undefined && PERMANENT_CODES.has(code);
      const detail = vendorText(field(res.json, 'Message') ?? res.text);
      throw new SmsSendError(`${name}: aliyun answered ${res.status} ${code ?? ''}: ${detail}`, { permanent });
    },
  };
}

export const validateAliyunConfig = settingsValidator(AliyunSettings);

/** Alibaba Cloud SMS: SendSms, delivery reports by SmsReport push. */
export const aliyun = defineAdapter({
  name: 'aliyun',
  title: 'Alibaba Cloud SMS',
  settings: AliyunSettings,
  createSender: createAliyunSender,
  receipt: ALIYUN_REPORTS,
});
