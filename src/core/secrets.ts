import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { ConfigError } from './errors.ts';

/**
 * Keys derived (HKDF-SHA-256) from the one server secret, each for one purpose, so that a leak
 * of one derived key does not expose the others.
 */
export interface ServerKeys {
  /** HMAC key for verification codes and other short secrets (recovery codes, document numbers). */
  readonly hmac: Uint8Array;
  /** AES-256-GCM key for data that must be read back (SMS bodies in the outbox, TOTP seeds). */
  readonly encryption: Uint8Array;
  /** HMAC key for proof-of-work challenges. */
  readonly pow: Uint8Array;
}

export function parseSecret(text: string): Uint8Array {
  const trimmed = text.trim();
  const bytes = /^[0-9a-fA-F]+$/.test(trimmed) && trimmed.length % 2 === 0 ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (bytes.length < 32) throw new ConfigError('TESSERA_SECRET must hold at least 32 random bytes (64 hex characters or 44 base64 characters)');
  return new Uint8Array(bytes);
}

export function generateSecret(): string {
  return randomBytes(32).toString('hex');
}

export function deriveKeys(secret: Uint8Array): ServerKeys {
  const derive = (info: string) => new Uint8Array(hkdfSync('sha256', secret, 'tessera', info, 32));
  return { hmac: derive('hmac/v1'), encryption: derive('aes-256-gcm/v1'), pow: derive('pow/v1') };
}

export function hmacHex(key: Uint8Array, data: string): string {
  return createHmac('sha256', key).update(data).digest('hex');
}

/** For high-entropy secrets (session and device tokens) a plain SHA-256 is enough: nothing to brute-force. */
export function sha256Hex(data: string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function constantTimeEqualHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** AES-256-GCM; output `v1.<iv>.<tag>.<ciphertext>` in base64url. */
export function encrypt(key: Uint8Array, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

export function decrypt(key: Uint8Array, sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('sealed value has an unknown format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
