/// <reference lib="dom" />
import { solveChallengeWorkers } from 'altcha-lib/v1';
import { config } from './config.ts';

export interface PowChallenge {
  algorithm: string;
  challenge: string;
  salt: string;
  signature: string;
  maxnumber: number;
}

/**
 * Solves the API's ALTCHA challenge with altcha-lib's own solver, in Web Workers (the page stays
 * responsive), and returns the payload the ALTCHA widget would send: base64 JSON.
 */
export async function solvePow(c: PowChallenge): Promise<string> {
  const workers = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
  const solution = await solveChallengeWorkers(config.powWorker, workers, c.challenge, c.salt, c.algorithm, c.maxnumber);
  if (!solution) throw new Error('proof of work: no solution');
  const payload = { algorithm: c.algorithm, challenge: c.challenge, number: solution.number, salt: c.salt, signature: c.signature, took: solution.took };
  return btoa(JSON.stringify(payload));
}
