import { randomBytes } from 'node:crypto';
import { Secret } from 'otpauth';
import { hmacHex } from '../core/secrets.ts';

export const RECOVERY_CODE_COUNT = 10;
/** 10 bytes = 80 bits = exactly 16 base32 characters, no padding. */
const RECOVERY_CODE_BYTES = 10;
const GROUP = 4;

/** One code: `xxxx-xxxx-xxxx-xxxx` in lower-case RFC 4648 base32 (no 0, 1, 8 or 9 to misread). */
export function newRecoveryCode(): string {
  const base32 = new Secret({ buffer: new Uint8Array(randomBytes(RECOVERY_CODE_BYTES)).buffer }).base32.toLowerCase();
  return base32.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-');
}

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(newRecoveryCode());
  return [...codes];
}

// Digits that are not in the alphabet but look like letters that are.
const LOOK_ALIKES: Record<string, string> = { '0': 'o', '1': 'l', '8': 'b' };

/**
 * The canonical 16 characters of what a person typed, or null when it cannot be a code.
 * Accepts upper case, spaces, missing or extra dashes, full-width characters from a Chinese
 * input method, and 0/1/8 typed for o/l/b.
 */
export function normalizeRecoveryCode(input: string): string | null {
  const plain = input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/[018]/g, (d) => LOOK_ALIKES[d]!);
  return /^[a-z2-7]{16}$/.test(plain) ? plain : null;
}

/** Stored form: a keyed hash, so a database leak gives nothing to replay. */
export function recoveryCodeHash(hmacKey: Uint8Array, normalized: string): string {
  return hmacHex(hmacKey, `recovery/v1|${normalized}`);
}
