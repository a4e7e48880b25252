/**
 * A local stand-in for Tencent Cloud's SMS SendSms (API 2021-01-11). It checks the X-TC headers,
 * the timestamp, the credential scope and the TC3-HMAC-SHA256 signature (recomputed here from the
 * headers the request names, apart from the adapter's code), then the SendSms fields, and answers
 * in Tencent Cloud's `{ Response: ... }` shapes. Numbers pick failures: not a valid number →
 * InvalidParameterValue.IncorrectPhoneNumber, +8613800000500 → HTTP 502, +8613800000408 → never answers.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { startListener, type Captured } from '../support/listener.ts';

const hex = (d: string) => createHash('sha256').update(d).digest('hex');
const mac = (k: string | Buffer, d: string) => createHmac('sha256', k).update(d).digest();

export function fakeTc3Signature(secretKey: string, req: Captured, signedHeaders: string[], timestamp: number): string {
  const headerLines = signedHeaders
    .map(
      (h) =>
        `${h}:${String(req.headers[h] ?? '')
          .trim()
          .toLowerCase()}\n`,
    )
    .join('');
  const canonical = `POST\n/\n\n${headerLines}\n${signedHeaders.join(';')}\n${hex(req.body)}`;
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10);
  const toSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/sms/tc3_request\n${hex(canonical)}`;
  const key = mac(mac(mac(`TC3${secretKey}`, date), 'sms'), 'tc3_request');
  return createHmac('sha256', key).update(toSign).digest('hex');
}

export async function startFakeTencent(keys: { secretId: string; secretKey: string }, app: { smsSdkAppId: string; templates: string[] }) {
  const accepted: Record<string, unknown>[] = [];
  const respond = (res: ServerResponse, response: object) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ Response: { ...response, RequestId: randomUUID() } }));
  const error = (res: ServerResponse, Code: string, Message: string) => respond(res, { Error: { Code, Message } });

  const reply = (req: Captured, res: ServerResponse) => {
    const h = req.headers;
    if (req.method !== 'POST' || req.path !== '/') return error(res, 'InvalidAction', 'only POST /');
    if (h['x-tc-action'] !== 'SendSms') return error(res, 'InvalidAction', 'The action is not supported.');
    if (h['x-tc-version'] !== '2021-01-11') return error(res, 'InvalidParameterValue', 'X-TC-Version');
    if (!h['x-tc-region']) return error(res, 'MissingParameter', 'X-TC-Region');
    const timestamp = Number(h['x-tc-timestamp']);
    if (!Number.isInteger(timestamp) || Math.abs(timestamp * 1000 - Date.now()) > 300_000) {
      return error(res, 'AuthFailure.SignatureExpire', 'Signature expired.');
    }
    const auth = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d\d-\d\d)\/sms\/tc3_request, SignedHeaders=([a-z;-]+), Signature=([0-9a-f]{64})$/.exec(
      String(h.authorization ?? ''),
    );
    if (!auth) return error(res, 'AuthFailure.InvalidAuthorization', 'Authorization is invalid.');
    const [, secretId, date, signed, signature] = auth;
    if (secretId !== keys.secretId) return error(res, 'AuthFailure.SecretIdNotFound', 'The SecretId is not found.');
    const names = signed!.split(';');
    if (!names.includes('content-type') || !names.includes('host')) return error(res, 'AuthFailure.InvalidAuthorization', 'SignedHeaders');
    if (date !== new Date(timestamp * 1000).toISOString().slice(0, 10)) return error(res, 'AuthFailure.InvalidAuthorization', 'Credential date');
    if (signature !== fakeTc3Signature(keys.secretKey, req, names, timestamp)) {
      return error(res, 'AuthFailure.SignatureFailure', 'The provided credentials could not be validated.');
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(req.body);
    } catch {
      return error(res, 'InvalidParameter', 'body is not JSON');
    }
    if (body.SmsSdkAppId !== app.smsSdkAppId) return error(res, 'FailedOperation.SmsSdkAppIdVerifyFail', 'SmsSdkAppId');
    if (!app.templates.includes(String(body.TemplateId))) return error(res, 'FailedOperation.TemplateIncorrectOrUnapproved', '模板未审批或内容不匹配');
    const phones = body.PhoneNumberSet;
    if (!Array.isArray(phones) || phones.length !== 1 || !Array.isArray(body.TemplateParamSet)) return error(res, 'InvalidParameter', 'PhoneNumberSet');
    const phone = String(phones[0]);
    if (phone.startsWith('+86') && !body.SignName) return error(res, 'MissingParameter', 'SignName');
    if (phone === '+8613800000500') return res.writeHead(502, { 'content-type': 'text/html' }).end('<html>502 Bad Gateway</html>');
    if (phone === '+8613800000408') return; // never answers
    const valid = /^\+86 ?1[3-9]\d{9}$/.test(phone) || (/^\+[1-9]\d{7,14}$/.test(phone) && !phone.startsWith('+86'));
    accepted.push(body);
    const status = valid
      ? { SerialNo: `2028:${Date.now()}${Math.floor(Math.random() * 1e6)}`, Fee: 1, Code: 'Ok', Message: 'send success' }
      : { SerialNo: '', Fee: 0, Code: 'InvalidParameterValue.IncorrectPhoneNumber', Message: `手机号格式错误 ${phone}` };
    return respond(res, {
      SendStatusSet: [{ PhoneNumber: phone, SessionContext: body.SessionContext ?? '', IsoCode: phone.startsWith('+86') ? 'CN' : 'XX', ...status }],
    });
  };
  const server = await startListener(reply);
  return { ...server, accepted };
}
