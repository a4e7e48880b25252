import { randomInt } from 'node:crypto';
import { HANDLE_MAX_LENGTH, handleKey, handleProblem } from './rules.ts';

// Tried in this order after the plain `1` and `_88`; small numbers and lucky ones read best.
const DIGIT_SUFFIXES = ['2', '_666', '3', '_888', '8', '_1', '88', '_2', '666', '_8', '888', '_520'];

/**
 * Handles close to `handle` for a person whose choice is taken: up to `count * 4` of them, each
 * one a person may choose, distinct ignoring case and none equal to `handle`. First a fixed
 * series (alice_wang → alice_wang1, alice_wang_88, alicewang, alice-wang, alice_wang2, …), then
 * random digit suffixes. The caller drops the taken ones and shows `count`. Nothing is offered
 * for a reserved or generated-looking handle: look-alikes of those are what the rules forbid.
 */
export function handleCandidates(handle: string, count: number): string[] {
  if (!Number.isSafeInteger(count) || count < 0 || count > 100) {
    throw new RangeError(`count must be an integer from 0 to 100, got ${count}`);
  }
  const base = sanitize(handle);
  if (count === 0 || base === '' || handleProblem(base)?.reason === 'reserved') return [];

  const limit = count * 4;
  const seen = new Set([handleKey(String(handle))]);
  const out: string[] = [];
  const offer = (candidate: string): void => {
    const key = handleKey(candidate);
    if (out.length >= limit || seen.has(key) || handleProblem(candidate) !== null) return;
    seen.add(key);
    out.push(candidate);
  };

  const parts = base.split(/[_-]+/).filter((part) => part !== '');
  const joined = parts.join('');
  const fixed = [
    withSuffix(base, '1'),
    withSuffix(base, '_88'),
    joined,
    parts.join(base.includes('_') ? '-' : '_'),
    ...DIGIT_SUFFIXES.map((suffix) => withSuffix(base, suffix)),
    withSuffix(joined, '1'),
    withSuffix(joined, '88'),
  ];
  for (const candidate of fixed) {
    if (out.length >= count * 2) break;
    offer(candidate);
  }
  // Random tails fill the rest; bounded tries, since a short base may never reach 6 characters.
  for (let tries = 0; out.length < limit && tries < limit * 5; tries++) {
    offer(tries % 2 === 0 ? withSuffix(base, `_${randomInt(10, 1000)}`) : withSuffix(base, String(randomInt(100, 10000))));
  }
  return out;
}

/** What is left of `handle` in the handle alphabet, starting with a letter, at most 20 long. */
function sanitize(handle: string): string {
  const text = typeof handle === 'string' ? handle.normalize('NFKC') : '';
  return text
    .replace(/[^A-Za-z0-9_-]/g, '')
    .replace(/^[^A-Za-z]+/, '')
    .slice(0, HANDLE_MAX_LENGTH);
}

/** `base` + `suffix`, cutting `base` so the whole fits, and without a doubled separator. */
function withSuffix(base: string, suffix: string): string {
  let head = base.slice(0, HANDLE_MAX_LENGTH - suffix.length);
  if (/^[_-]/.test(suffix)) head = head.replace(/[_-]+$/, '');
  return head + suffix;
}
