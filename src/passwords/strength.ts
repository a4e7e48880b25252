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
 * Built on first use: the dictionaries take ~100 ms to rank, which a process that never checks a
 * password should not pay at start.
 *
 * Two limits keep one check cheap, since it runs on the event loop (measured on 2 vCPU):
 * - `l33tMaxSubstitutions: 2` (default 100): a 128-character run of `@`, `4`, `$`, `|` took
 *   0.4–0.7 s with the default and < 40 ms with 10; at 2 a typical check costs about half of what
 *   it costs at 10 (it was ~40 % of a registration's event-loop time, bench/registration), while
 *   the l33t passwords we tried (`P@ssw0rd`, `S3cur1ty!`, `dr@g0n2024`, …) still score low.
 *   At 0 `dr@g0n2024` and `S3cur1ty!` pass as strong: never go below 2.
 * - `maxLength: 64` (default 256): only that prefix is judged. Judging less can only lower a
 *   score, never raise it, so it is never more lenient.
 * Levenshtein matching stays off: it made every check cost 200–400 ms.
 */
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    translations: zxcvbnEn.translations,
    graphs: zxcvbnCommon.adjacencyGraphs,
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
    l33tMaxSubstitutions: 2,
    maxLength: 64,
  });
  return factory;
}

/**
 * zxcvbn-ts strength estimate of the normalised password. `userInputs` are words an attacker
 * would try first for this account: its phone in every written form and its handle
 * (see `passwordUserInputs`).
 */
export function assessPassword(password: string, userInputs: readonly string[]): PasswordAssessment {
  const result = zxcvbn().check(normalizePassword(password), [...userInputs]);
  return {
    score: result.score,
    warning: result.feedback.warning || null,
    suggestions: [...result.feedback.suggestions],
  };
}

/** Throws `password_weak` with the assessment as details when the score is below policy. */
export function assertStrongPassword(
  password: string,
  userInputs: readonly string[],
  policy: PasswordPolicy,
): void {
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
