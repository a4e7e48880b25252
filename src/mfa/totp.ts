import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

/**
 * RFC 6238 as authenticator apps expect it. Google Authenticator and most others ignore any
 * other algorithm, digit count or period in the URI, so these are not configurable.
 */
export const TOTP_ALGORITHM = 'SHA1';
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** ±1 step of drift: a phone clock off by up to ~30 s still works. */
export const TOTP_WINDOW = 1;
/** 160 bits, the HMAC-SHA-1 block-size sweet spot RFC 4226 §4 recommends. */
export const TOTP_SECRET_BYTES = 20;

/** A fresh secret as base32 (RFC 4648, upper case, no padding), the form apps take. */
export function newTotpSecret(): string {
  return new Secret({ buffer: new Uint8Array(randomBytes(TOTP_SECRET_BYTES)).buffer }).base32;
}

export function totpFor(secretBase32: string, issuer = '', label = 'Tessera'): TOTP {
  return new TOTP({
    issuer,
    label,
    issuerInLabel: issuer !== '',
    secret: Secret.fromBase32(secretBase32),
    algorithm: TOTP_ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  });
}

/** The time step (RFC 6238 "T") that `now` falls in. */
export function totpStep(now: Date): number {
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: now.getTime() });
}

/**
 * The step whose code `code` is, within ±1 step of `now`, or null. Tolerates the spaces apps put
 * in the middle ("123 456"). Whether the step was already used is the store's business.
 */
export function matchTotp(secretBase32: string, code: string, now: Date): number | null {
  const token = code.normalize('NFKC').replace(/[\s-]/g, '');
  if (!/^\d+$/.test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp: now.getTime(), window: TOTP_WINDOW });
  return delta === null ? null : totpStep(now) + delta;
}

export interface TotpEnrolment {
  secret: string;
  uri: string;
  /** The URI as a QR code: a `data:image/png;base64,…` URL. */
  qr: string;
}

export async function totpEnrolment(secretBase32: string, issuer: string, label: string): Promise<TotpEnrolment> {
  const uri = totpFor(secretBase32, issuer, label).toString();
  const qr = await QRCode.toDataURL(uri, { type: 'image/png', errorCorrectionLevel: 'M', margin: 2, width: 256 });
  return { secret: secretBase32, uri, qr };
}
