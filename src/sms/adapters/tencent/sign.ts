import { createHash, createHmac } from 'node:crypto';

export interface Tc3Request {
  readonly secretId: string;
  readonly secretKey: string;
  /** The product, as in its domain: `sms` for sms.tencentcloudapi.com. */
  readonly service: string;
  /** The Host header as sent (with the port when it is not the default). */
  readonly host: string;
  readonly action: string;
  readonly timestampSeconds: number;
  readonly payload: string;
  readonly contentType?: string;
  /** Headers covered by the signature; Tencent Cloud's current examples sign all three. */
  readonly signedHeaders?: readonly ('content-type' | 'host' | 'x-tc-action')[];
}

const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** TC3-HMAC-SHA256 (API signature v3) for a POST to `/` with an empty query string. */
export function signTc3(req: Tc3Request) {
  const contentType = req.contentType ?? 'application/json; charset=utf-8';
  const headerNames = req.signedHeaders ?? ['content-type', 'host', 'x-tc-action'];
  const values = { 'content-type': contentType, host: req.host, 'x-tc-action': req.action.toLowerCase() };
  const canonicalHeaders = headerNames.map((h) => `${h}:${values[h]}\n`).join('');
  const signedHeaders = headerNames.join(';');
  const canonicalRequest = ['POST', '/', '', canonicalHeaders, signedHeaders, sha256(req.payload)].join('\n');
  // The credential date is the UTC date of the timestamp; a local date breaks signing near midnight.
  const date = new Date(req.timestampSeconds * 1000).toISOString().slice(0, 10);
  const scope = `${date}/${req.service}/tc3_request`;
  const stringToSign = ['TC3-HMAC-SHA256', String(req.timestampSeconds), scope, sha256(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(`TC3${req.secretKey}`, date), req.service), 'tc3_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
  const authorization = `TC3-HMAC-SHA256 Credential=${req.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { canonicalRequest, stringToSign, signature, authorization };
}
