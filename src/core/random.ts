import { randomBytes, randomInt } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/** A base64url string of `bytes` random bytes from the CSPRNG. */
export function randomToken(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/** `length` decimal digits, each uniform, from the CSPRNG (no modulo bias: randomInt rejects). */
export function randomDigits(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String(randomInt(10));
  return out;
}

/** Time-ordered UUIDv7 for primary keys. */
export function newId(): string {
  return uuidv7();
}

/** Flow ids: 128 random bits, URL-safe. */
export function newFlowId(): string {
  return randomToken(16);
}

export const FLOW_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
