import { createHmac } from 'node:crypto';

/**
 * Alibaba Cloud's RPC percent-encoding (RFC 3986): only A-Z a-z 0-9 - _ . ~ stay as they are, so
 * a space is %20 (never +), and the ! ' ( ) * that encodeURIComponent keeps are escaped too.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The canonicalized query: parameters sorted by name, each `name=value` percent-encoded. */
export function canonicalQuery(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k]!)}`)
    .join('&');
}

/** Signature version 1.0: base64(HMAC-SHA1(secret + "&", METHOD&%2F&percentEncode(canonicalQuery))). */
export function signRpc(method: 'GET' | 'POST', params: Readonly<Record<string, string>>, accessKeySecret: string) {
  const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`;
  const signature = createHmac('sha1', `${accessKeySecret}&`).update(stringToSign, 'utf8').digest('base64');
  return { stringToSign, signature };
}
