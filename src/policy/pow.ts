import { createChallenge, verifySolution } from 'altcha-lib/v1';
import { TesseraError } from '../core/errors.ts';
import type { Counters } from './counters/index.ts';
import { ipBudgetKey } from './ip.ts';

const CHALLENGE_TTL_SECONDS = 300;
const MAX_NUMBER = 100_000;

export interface PowOptions {
  hmacKey: string;
  counters: Counters;
  afterPerIp10Min: number;
  now: () => Date;
}

/** A fresh ALTCHA challenge (SHA-256, `challenge`, `salt`, `signature`, `maxnumber`), valid 5 minutes. */
export async function newPowChallenge(opts: Pick<PowOptions, 'hmacKey' | 'now'>) {
  const c = await createChallenge({
    hmacKey: opts.hmacKey,
    algorithm: 'SHA-256',
    maxnumber: MAX_NUMBER,
    expires: new Date(opts.now().getTime() + CHALLENGE_TTL_SECONDS * 1000),
  });
  // createChallenge types `algorithm` as any it supports; it is the one asked for above.
  return { algorithm: c.algorithm as 'SHA-256', challenge: c.challenge, salt: c.salt, signature: c.signature, maxnumber: c.maxnumber ?? MAX_NUMBER };
}

/** True when `pow` (the ALTCHA widget's base64 JSON payload) solves a challenge of ours not used before. */
export async function acceptPow(opts: PowOptions, pow: string): Promise<boolean> {
  let ok = false;
  try {
    ok = await verifySolution(pow, opts.hmacKey, true);
  } catch {
    ok = false;
  }
  if (!ok) return false;
  const { signature } = JSON.parse(Buffer.from(pow, 'base64').toString('utf8')) as { signature: string };
  return opts.counters.claim(`pow:used:${signature}`, CHALLENGE_TTL_SECONDS + 60);
}

/**
 * Proof of work before sending: once a client IP has asked for `afterPerIp10Min` codes in 10
 * minutes (or when `force`, a risk rule, says so), the next request must carry a solved challenge.
 */
export async function requirePowIfNeeded(opts: PowOptions, ip: string, pow: string | undefined, force = false): Promise<void> {
  const hit = await opts.counters.hit(`pow:ip:${ipBudgetKey(ip)}`, 600);
  if (!force && hit.count <= opts.afterPerIp10Min) return;
  if (pow && (await acceptPow(opts, pow))) return;
  throw new TesseraError('challenge_required', {
    challenge: await newPowChallenge(opts),
    ...(pow ? { reason: 'pow_invalid' } : {}),
  });
}
