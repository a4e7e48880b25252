/**
 * A local stand-in for Alibaba Cloud's Dysmsapi SendSms (RPC style, GET). It checks the common
 * parameters, the nonce, the timestamp and the signature (recomputed here, apart from the
 * adapter's code), then the SendSms fields, and answers in Alibaba Cloud's JSON shapes.
 * PhoneNumbers pick failures: not a mobile number → isv.MOBILE_NUMBER_ILLEGAL, 13800000500 →
 * HTTP 500, 13800000408 → never answers.
 */
import { createHmac, randomInt, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { startListener, type Captured } from '../support/listener.ts';

/** RFC 3986 encoding as Alibaba Cloud's signature document states it. */
function rfc3986(s: string): string {
  return Array.from(new TextEncoder().encode(s), (b) =>
    /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
}

export function fakeAliyunSignature(params: Record<string, string>, secret: string): string {
  const sorted = Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonical = sorted.map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&');
  return createHmac('sha1', `${secret}&`)
    .update(`GET&${rfc3986('/')}&${rfc3986(canonical)}`)
    .digest('base64');
}

export async function startFakeAliyun(keys: { accessKeyId: string; accessKeySecret: string }, templates: string[]) {
  const nonces = new Set<string>();
  const accepted: Record<string, string>[] = [];

  const answer = (res: ServerResponse, status: number, code: string, message: string, extra: object = {}) =>
    res
      .writeHead(status, { 'content-type': 'application/json;charset=utf-8' })
      .end(JSON.stringify({ RequestId: randomUUID().toUpperCase(), Code: code, Message: message, ...extra }));

  const reply = (req: Captured, res: ServerResponse) => {
    const { Signature: signature, ...params } = req.query;
    if (req.method !== 'GET' || req.path !== '/') return answer(res, 404, 'InvalidAction.NotFound', 'Specified api is not found.');
    for (const k of ['AccessKeyId', 'Action', 'Version', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp', 'Format']) {
      if (!params[k]) return answer(res, 400, 'MissingParameter', `The input parameter "${k}" that is mandatory for processing this request is not supplied.`);
    }
    if (params.Action !== 'SendSms' || params.Version !== '2017-05-25') return answer(res, 404, 'InvalidAction.NotFound', 'Specified api is not found.');
    if (params.SignatureMethod !== 'HMAC-SHA1' || params.SignatureVersion !== '1.0') return answer(res, 400, 'InvalidParameter', 'SignatureMethod');
    if (params.AccessKeyId !== keys.accessKeyId) return answer(res, 404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(params.Timestamp!) || Math.abs(Date.parse(params.Timestamp!) - Date.now()) > 15 * 60_000) {
      return answer(res, 400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
    }
    if (signature !== fakeAliyunSignature(params, keys.accessKeySecret)) {
      return answer(res, 400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.');
    }
    if (nonces.has(params.SignatureNonce!)) return answer(res, 400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
    nonces.add(params.SignatureNonce!);
    if (!params.SignName) return answer(res, 200, 'isv.SMS_SIGNATURE_ILLEGAL', '签名不合法');
    if (!params.TemplateCode || !templates.includes(params.TemplateCode)) return answer(res, 200, 'isv.SMS_TEMPLATE_ILLEGAL', '模板不合法');
    try {
      JSON.parse(params.TemplateParam ?? '{}');
    } catch {
      return answer(res, 200, 'isv.INVALID_JSON_PARAM', 'JSON参数不合法');
    }
    const phone = params.PhoneNumbers ?? '';
    if (phone === '13800000500') return answer(res, 500, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.');
    if (phone === '13800000408') return; // never answers
    const mainland = /^1[3-9]\d{9}$/.test(phone);
    const international = /^[2-9]\d{7,14}$/.test(phone) && !phone.startsWith('86');
    if (!mainland && !international) return answer(res, 200, 'isv.MOBILE_NUMBER_ILLEGAL', `非法手机号 ${phone}`);
    accepted.push(params);
    return answer(res, 200, 'OK', 'OK', { BizId: `${randomInt(1e9, 9e9)}${Date.now()}^0` });
  };
  const server = await startListener(reply);
  return { ...server, accepted };
}
