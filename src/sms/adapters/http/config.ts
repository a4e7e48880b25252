import { ConfigReader } from '../shared/config.ts';

export interface HttpConfig {
  /** Where each message is POSTed as JSON. */
  readonly url: string;
  /** Shared HMAC key for X-Tessera-Signature, both ways (messages out, receipts back). */
  readonly secret: string;
  readonly timeoutMs: number;
}

export function validateHttpConfig(raw: unknown, path: string): HttpConfig {
  const r = new ConfigReader(raw, path, 'http');
  const config: HttpConfig = {
    url: r.url('url'),
    // 32 characters of a random token carry well over 128 bits; less invites a guessable key.
    secret: r.string('secret', { pattern: /^.{32,}$/s, hint: 'at least 32 characters' }),
    timeoutMs: r.int('timeoutMs', { min: 100, max: 120_000, default: 10_000 }),
  };
  r.done();
  return config;
}
