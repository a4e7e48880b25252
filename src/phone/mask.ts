import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { PhoneNumber } from 'libphonenumber-js/max';
import { isTesseraError } from '../core/errors.ts';
import { parsePhone } from './parse.ts';

/** Fewer digits than this in a run is a count, a port or a code, not a phone number. */
const MIN_PHONE_DIGITS = 7;

/**
 * How many leading and trailing digits stay visible. The 3 + 4 shape (`138****8000`) is the one
 * people recognise from Chinese apps; it is used only while it still hides at least 4 digits
 * (11-digit mobiles). Shorter numbers (HK, MO: 8 digits) show at most half their digits.
 */
function visibleDigits(count: number): { head: number; tail: number } {
  if (count - 7 >= 4) return { head: 3, tail: 4 };
  const shown = Math.floor(count / 2);
  const head = Math.floor(shown / 2);
  return { head, tail: shown - head };
}

/** Masks the digits of `run` in place, leaving separators and any other characters as they are. */
function maskDigitsInPlace(run: string): string {
  const count = run.match(/\p{Nd}/gu)?.length ?? 0;
  const { head, tail } = visibleDigits(count);
  let index = 0;
  return run.replace(/\p{Nd}/gu, (digit) => {
    const i = index++;
    return i < head || i >= count - tail ? digit : '*';
  });
}

function parseLoosely(e164: string): PhoneNumber | undefined {
  try {
    return parsePhoneNumberFromString(e164);
  } catch {
    return undefined;
  }
}

/**
 * `+8613800138000` → `+86 138****8000`: the calling code stays (it says which country), the
 * national number keeps its first 3 and last 4 digits, or at most half of them when short.
 * Never throws: a log line must not fail because a number in it is malformed.
 */
export function maskPhone(e164: string): string {
  const phone = e164.startsWith('+') ? parseLoosely(e164) : undefined;
  if (phone === undefined) return maskDigitsInPlace(e164);
  return `+${phone.countryCallingCode} ${maskDigitsInPlace(phone.nationalNumber)}`;
}

// A dated log line ("frozen until 2025-01-01 12:00") is not a phone number: ISO dates are matched
// first and left alone. Otherwise: an optional plus, then digits joined by at most two spaces,
// dashes or brackets ("+44 (0)20 7946 0958", "138-0013-8000", full-width forms). Runs glued to
// ASCII letters or underscores (hex ids, UUIDs, tokens) are left alone; CJK text around a number
// is not a boundary, since Chinese writes "发送至13800138000".
const SEPARATOR = '[ \\t\\u00A0\\u3000\\-\\u2010-\\u2015\\u2212\\uFF0D()\\uFF08\\uFF09]';
const PHONE_LIKE = new RegExp(
  '(?<![A-Za-z_\\p{Nd}])(?:' +
    '(?<date>\\d{4}-\\d{2}-\\d{2}(?:[ T]\\d{2}:\\d{2}(?::\\d{2})?)?)' +
    `|(?<run>[+\\uFF0B]?\\p{Nd}(?:${SEPARATOR}{0,2}\\p{Nd})*)` +
    ')(?![A-Za-z_\\p{Nd}])',
  'gu',
);

function maskRun(run: string): string {
  const digits = run.match(/\p{Nd}/gu)?.length ?? 0;
  if (digits < MIN_PHONE_DIGITS) return run;
  if (run.startsWith('+') || run.startsWith('\uFF0B')) {
    try {
      return maskPhone(parsePhone(run).e164);
    } catch (error) {
      if (!isTesseraError(error)) throw error;
      // Not a valid number, but still someone's digits: mask them where they stand.
    }
  }
  return maskDigitsInPlace(run);
}

/**
 * Masks every phone-number-like run of digits in free text (E.164 with `+`, or 7+ digits with
 * spaces, dashes or brackets). For log messages and free-text fields — not for whole serialized
 * log lines, whose epoch-millisecond timestamps are 13-digit runs too.
 */
export function maskPhonesInText(text: string): string {
  return text.replace(PHONE_LIKE, (match: string, ...rest: unknown[]) => {
    const groups = rest[rest.length - 1] as { date?: string; run?: string };
    return groups.date !== undefined ? match : maskRun(match);
  });
}
