import { TesseraError } from '../core/errors.ts';
import { isReservedHandle } from './reserved.ts';

/** docs/accounts.md. */
export const HANDLE_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{5,19}$/;
export const HANDLE_MIN_LENGTH = 6;
export const HANDLE_MAX_LENGTH = 20;
/** Only generated handles start with it, so a person cannot pass as a fresh account. */
export const GENERATED_HANDLE_PREFIX = 'tid_';

export type HandleRule = 'type' | 'length' | 'first_character' | 'characters' | 'reserved' | 'generated_prefix';

export interface HandleProblem {
  reason: 'invalid' | 'reserved';
  rule: HandleRule;
}

/**
 * null when a person may choose `handle` (availability aside); otherwise the first rule it breaks,
 * in the order a person would fix them: length, first character, other characters, then words.
 */
export function handleProblem(handle: unknown): HandleProblem | null {
  if (typeof handle !== 'string') return { reason: 'invalid', rule: 'type' };
  // Code points, so that `ｅｍｏｊｉ` or a CJK name is told about its characters, not its length.
  const length = handle.length > HANDLE_MAX_LENGTH * 2 ? Infinity : [...handle].length;
  if (length < HANDLE_MIN_LENGTH || length > HANDLE_MAX_LENGTH) {
    return { reason: 'invalid', rule: 'length' };
  }
  if (!/^[A-Za-z]/.test(handle)) return { reason: 'invalid', rule: 'first_character' };
  if (!HANDLE_PATTERN.test(handle)) return { reason: 'invalid', rule: 'characters' };
  if (handle.toLowerCase().startsWith(GENERATED_HANDLE_PREFIX)) {
    return { reason: 'reserved', rule: 'generated_prefix' };
  }
  if (isReservedHandle(handle)) return { reason: 'reserved', rule: 'reserved' };
  return null;
}

/** Throws `handle_invalid` with details `{rule}` when a person may not choose `handle`. */
export function assertHandleAllowed(handle: unknown): asserts handle is string {
  const problem = handleProblem(handle);
  if (problem) throw new TesseraError('handle_invalid', { rule: problem.rule });
}

/** The uniqueness key: handles are unique ignoring case, and are ASCII, so lower case suffices. */
export function handleKey(handle: string): string {
  return handle.toLowerCase();
}
