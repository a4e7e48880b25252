import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import { TesseraError } from '../core/errors.ts';
import { normalizePassword } from './policy.ts';
import type { PasswordPolicy } from './policy.ts';

export interface PasswordAssessment {
  /** 0 (too guessable) … 4 (very unguessable), zxcvbn's scale. */
  score: number;
  /** English, from @zxcvbn-ts/language-en; null when zxcvbn has nothing to warn about. */
  warning: string | null;
  suggestions: string[];
}

let factory: ZxcvbnFactory | undefined;

/**
 * The most characters (UTF-16 units) of a password that the strength check judges (docs/configuration.md: "the
 * strength check is bounded in cost per request too"). zxcvbn-ts matches every substring up to the
 * longest dictionary word against every dictionary, so a check costs about its length times that
 * width: at 64 characters a repetitive password (`1972` × 32, `P@ssw0rd` × 16) cost 3–6 times the
 * CPU of a 16-character one; at 32, 1–2.7 times (2 vCPU, src/passwords/strength.test.ts measures it).
 * Passwords longer than this are judged by `strengthExcerpt`. On 1,696 generated passwords of
 * 25–128 characters (diceware and sentences, names with years, repeated leaked passwords, random
 * strings) the excerpt gave the verdict (score ≥ 3 or not) that zxcvbn-ts gives the whole
 * password in every case, at 24, 32 and 40 characters alike.
 */
export const STRENGTH_EXCERPT_LENGTH = 32;

/**
 * What the strength check judges: the password itself up to `STRENGTH_EXCERPT_LENGTH` characters,
 * else a prefix of at most that many. A cut through a repetition is moved back to the end of its
 * last whole unit: `adrian1954adrian1954adrian1954` cut at 24 as `adrian1954adrian1954adri` scores
 * 3 where the whole password (a repeat) scores 2, because the fragment adds guesses that the
 * repeat does not have. A plain prefix made 34 of those 1,696 passwords pass that zxcvbn-ts
 * refuses whole (at 64 characters, as this check was before); this excerpt, none. A pair of
 * UTF-16 surrogates is never split.
 */
export function strengthExcerpt(password: string, maxLength = STRENGTH_EXCERPT_LENGTH): string {
  if (password.length <= maxLength) return password;
  let cut = maxLength;
  // Any repetition that runs across the cut starts before it and shows two units within 2 × maxLength.
  for (const m of password.slice(0, 2 * maxLength).matchAll(/(.+?)\1+/gs)) {
    const start = m.index;
    if (start >= maxLength) break;
    if (start + m[0].length <= maxLength) continue;
    const unit = m[1]!.length;
    const whole = Math.floor((maxLength - start) / unit);
    if (whole >= 1) cut = start + whole * unit;
    break;
  }
  const last = password.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return password.slice(0, cut);
}

/**
 * Built on first use: the dictionaries take ~100 ms to rank, which a process that never checks a
 * password should not pay at start.
 *
 * Besides the excerpt, two limits keep one check cheap, since it runs on the event loop (measured
 * on 2 vCPU):
 * - `l33tMaxSubstitutions: 2` (default 100): a 128-character run of `@`, `4`, `$`, `|` took
 *   0.4–0.7 s with the default and < 40 ms with 10; at 2 a typical check costs about half of what
 *   it costs at 10 (it was ~40 % of a registration's event-loop time, bench/registration), while
 *   the l33t passwords we tried (`P@ssw0rd`, `S3cur1ty!`, `dr@g0n2024`, …) still score low.
 *   At 0 `dr@g0n2024` and `S3cur1ty!` pass as strong: never go below 2.
 * - Levenshtein matching stays off: it made every check cost 200–400 ms.
 * `maxLength` is set to the excerpt's length only as a second guard.
 */
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    translations: zxcvbnEn.translations,
    graphs: zxcvbnCommon.adjacencyGraphs,
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
    l33tMaxSubstitutions: 2,
    maxLength: STRENGTH_EXCERPT_LENGTH,
  });
  return factory;
}

/**
 * zxcvbn-ts strength estimate of the normalised password (of its `strengthExcerpt` when it is
 * long). `userInputs` are words an attacker would try first for this account: its phone in every
 * written form and its handle (see `passwordUserInputs`).
 */
export function assessPassword(password: string, userInputs: readonly string[]): PasswordAssessment {
  const result = zxcvbn().check(strengthExcerpt(normalizePassword(password)), [...userInputs]);
  return {
    score: result.score,
    warning: result.feedback.warning || null,
    suggestions: [...result.feedback.suggestions],
  };
}

/** Throws `password_weak` with the assessment as details when the score is below policy. */
export function assertStrongPassword(password: string, userInputs: readonly string[], policy: PasswordPolicy): void {
  const assessment = assessPassword(password, userInputs);
  if (assessment.score < policy.minScore) {
    throw new TesseraError('password_weak', { ...assessment });
  }
}

export interface AccountWords {
  /** E.164, e.g. `+8613800138000`. */
  e164?: string | null;
  /** The national significant number, e.g. `13800138000`. */
  nationalNumber?: string | null;
  handle?: string | null;
  displayName?: string | null;
}

/**
 * The user inputs for `assessPassword`: each known word of the account, the phone with and
 * without `+`, the handle whole, without separators and by its parts.
 */
export function passwordUserInputs(account: AccountWords): string[] {
  const words = new Set<string>();
  const add = (word: string | null | undefined): void => {
    const trimmed = word?.trim();
    if (trimmed) words.add(trimmed);
  };
  add(account.e164);
  add(account.e164?.replace(/^\+/, ''));
  add(account.nationalNumber);
  add(account.handle);
  // zxcvbn matches user inputs as whole words: `alicewang8` is not caught by `alice_wang` alone.
  const handleParts = account.handle?.split(/[_-]+/) ?? [];
  if (handleParts.length > 1) add(handleParts.join(''));
  for (const part of handleParts) if (part.length >= 3) add(part);
  add(account.displayName);
  return [...words];
}
