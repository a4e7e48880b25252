import { randomToken } from '../core/random.ts';
import { sha256Hex } from '../core/secrets.ts';

/** A session token `<id>.<secret>`: a 128-bit lookup id and a 256-bit secret of which only a hash is kept. */
export function newSessionToken(): { id: string; token: string; secretHash: string } {
  const id = randomToken(16);
  const secret = randomToken(32);
  return { id, token: `${id}.${secret}`, secretHash: sha256Hex(secret) };
}

export function parseSessionToken(token: string): { id: string; secretHash: string } | null {
  const match = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { id: match[1]!, secretHash: sha256Hex(match[2]!) } : null;
}

/** A device token: 256 random bits the client keeps; the server keeps its hash. */
export function newDeviceToken(): { token: string; tokenHash: string } {
  const token = randomToken(32);
  return { token, tokenHash: sha256Hex(token) };
}

export function deviceTokenHash(token: string): string | null {
  return /^[A-Za-z0-9_-]{43}$/.test(token) ? sha256Hex(token) : null;
}
