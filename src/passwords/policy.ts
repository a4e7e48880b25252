import { TesseraError } from '../core/errors.ts';

export interface PasswordPolicy {
  minLength: number;
  maxLength: number;
  minScore: number;
}

/** docs/configuration.md: 8–128 characters, no composition rules, zxcvbn score ≥ 3. */
export const DEFAULT_PASSWORD_POLICY: Readonly<PasswordPolicy> = Object.freeze({
  minLength: 8,
  maxLength: 128,
  minScore: 3,
});

/**
 * The one canonical form of a password, used for length, strength and hashing alike.
 * NFKC (as NIST SP 800-63B §5.1.1.2 recommends) makes the full-width Latin letters and digits
 * of a Chinese input method equal to their ASCII forms, so a password typed on one device
 * verifies on another, and `ｐａｓｓｗｏｒｄ` is judged as weak as `password`.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/** Code points, not UTF-16 units: an emoji or a CJK extension character counts as one. */
export function countCodePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * Throws `password_invalid` for a non-string or a length out of bounds, counted in code points
 * of the normalised form. Call it before any strength check or hashing: it also keeps huge
 * inputs away from the (synchronous) strength estimator and from argon2.
 */
export function assertPasswordLength(password: string, policy: PasswordPolicy): void {
  const refuse = (): never => {
    throw new TesseraError('password_invalid', {
      minLength: policy.minLength,
      maxLength: policy.maxLength,
    });
  };
  if (typeof password !== 'string') refuse();
  // A code point is at most two UTF-16 units and NFKC composes at most a few code points into
  // one (Hangul jamo, 3 → 1), so past this bound the text is too long without normalising it.
  if (password.length > policy.maxLength * 6) refuse();
  const length = countCodePoints(normalizePassword(password));
  if (length < policy.minLength || length > policy.maxLength) refuse();
}
