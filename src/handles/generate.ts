import { randomBytes } from 'node:crypto';
import { GENERATED_HANDLE_PREFIX } from './rules.ts';

/** RFC 4648 base32, lower case. */
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
const RANDOM_CHARACTERS = 12;

/**
 * `tid_` + 12 base32 characters (60 bits) from the CSPRNG, for a person who picks no handle.
 * Each random byte gives one character by its low 5 bits: 256 is a multiple of 32, so every
 * character is equally likely. The store still checks uniqueness.
 */
export function generateHandle(): string {
  const bytes = randomBytes(RANDOM_CHARACTERS);
  let suffix = '';
  for (const byte of bytes) suffix += BASE32_LOWER[byte & 0x1f];
  return GENERATED_HANDLE_PREFIX + suffix;
}
