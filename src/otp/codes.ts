import { randomDigits } from '../core/random.ts';
import { hmacHex } from '../core/secrets.ts';

/** A fresh verification code: `length` digits from the CSPRNG. */
export function generateCode(length: number): string {
  return randomDigits(length);
}

/**
 * The only form in which a code is stored: HMAC-SHA-256 under a server key, bound to its flow and
 * purpose, so a code leaked from one flow (or a database dump) is worth nothing elsewhere.
 */
export function codeDigest(key: Uint8Array, flowId: string, purpose: string, code: string): string {
  return hmacHex(key, `code/v1|${purpose}|${flowId}|${code}`);
}

/** What a client may submit as a code: digits only (full-width digits are NFKC-normalised first). */
export function normalizeSubmittedCode(input: string): string {
  return input.normalize('NFKC').replace(/[\s-]/g, '');
}
