import { MESSAGES, messageFor } from '../../core/messages.ts';
import type { ErrorCode } from '../../core/errors.ts';
import type { Locale } from '../../core/locale.ts';
import { COMMON } from './common.ts';
import { LOGIN } from './login.ts';
import { SECURITY } from './security.ts';
import { SIGNUP } from './signup.ts';
import type { Texts } from './types.ts';
import { ZXCVBN_SUGGESTIONS, ZXCVBN_WARNINGS } from './zxcvbn.ts';

export type { Texts } from './types.ts';
export { ZXCVBN_SUGGESTIONS, ZXCVBN_WARNINGS };

/**
 * Every string the hosted pages show. The API's error messages are not copied here: the pages
 * import src/core/messages.ts itself, so an error reads the same from the API and on a page.
 */
export const UI_STRINGS = { ...COMMON, ...SIGNUP, ...LOGIN, ...SECURITY } satisfies Record<string, Texts>;

export type UiKey = keyof typeof UI_STRINGS;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The string for `key` in `locale`, `{name}` filled from `vars` (a missing one is left empty). */
export function uiText(key: UiKey, locale: Locale, vars: Record<string, string | number> = {}): string {
  return UI_STRINGS[key][locale].replace(PLACEHOLDER, (_m, name: string) => (vars[name] === undefined ? '' : String(vars[name])));
}

/** An API error as a person reads it: the same template and rules as the API's own `message`. */
export function errorText(code: string, locale: Locale, details?: Record<string, unknown>): string {
  return Object.hasOwn(MESSAGES, code) ? messageFor(code as ErrorCode, locale, details) : messageFor('internal_error', locale);
}

/** Translated zxcvbn-ts advice; unknown keys are skipped rather than shown raw. */
export function strengthAdvice(feedback: { warning: string | null; suggestions: string[] }, locale: Locale): string[] {
  const out: string[] = [];
  const warning = feedback.warning as keyof typeof ZXCVBN_WARNINGS | null;
  if (warning && Object.hasOwn(ZXCVBN_WARNINGS, warning)) out.push(ZXCVBN_WARNINGS[warning][locale]);
  for (const key of feedback.suggestions) {
    if (Object.hasOwn(ZXCVBN_SUGGESTIONS, key)) out.push(ZXCVBN_SUGGESTIONS[key as keyof typeof ZXCVBN_SUGGESTIONS][locale]);
  }
  return out;
}
