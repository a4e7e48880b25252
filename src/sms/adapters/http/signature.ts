import { createHmac } from 'node:crypto';
import { safeEqual } from '../shared/signature.ts';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`. */
export function signTesseraPayload(secret: string, body: string, timestampSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`, 'utf8').digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}

/**
 * Checks an `X-Tessera-Signature` header against the raw body. The timestamp is signed too, and
 * one older (or newer) than `toleranceSeconds` is refused, so a captured request cannot be
 * replayed later. Several `v1=` entries are allowed, so a sender can sign with two keys while
 * rotating them.
 */
export function verifyTesseraSignature(
  secret: string,
  header: string | undefined,
  rawBody: string,
  options: { now?: Date; toleranceSeconds?: number } = {},
): boolean {
  if (!header) return false;
  const parts = header.split(',').map((p) => p.trim().split('=', 2) as [string, string | undefined]);
  const t = parts.find(([k]) => k === 't')?.[1];
  if (!t || !/^\d{1,12}$/.test(t)) return false;
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - Number(t)) > (options.toleranceSeconds ?? 300)) return false;
  const expected = signTesseraPayload(secret, rawBody, Number(t)).split('v1=')[1]!;
  // Every candidate is compared, so the time taken says nothing about which one matched.
  return parts
    .filter(([k]) => k === 'v1')
    .map(([, v]) => safeEqual(expected, v ?? ''))
    .includes(true);
}
