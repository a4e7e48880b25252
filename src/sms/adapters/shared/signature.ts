import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares two signatures without leaking where they differ. Hashing first gives equal-length
 * inputs to timingSafeEqual, so the length of the expected value leaks nothing either.
 */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}
