import { ParseError, isSupportedCountry, parsePhoneNumberWithError, validatePhoneNumberLength } from 'libphonenumber-js/max';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import { TesseraError } from '../core/errors.ts';
import type { ParsedPhone, PhoneInvalidReason } from './types.ts';

/** Longer than any number people type, even with spaces; refusing early bounds the parser's work. */
export const MAX_PHONE_INPUT_LENGTH = 64;

const E164_SHAPE = /^\+[1-9]\d{6,14}$/;

// "(0)" is the written convention for an optional trunk prefix (`+44 (0)20 …`, `+852 (0) 9123 …`).
// libphonenumber drops it only where the plan has a trunk prefix of 0; Hong Kong has none, so
// left in, the 0 would become part of the number.
const OPTIONAL_TRUNK_ZERO = /\(\s*0\s*\)/g;

// Chinese input writes extensions as 转/分机 ("010-12345678转123"), which libphonenumber does not
// know; they must still be refused as extensions rather than as noise.
const CJK_EXTENSION = /(?:转|轉|分机|分機|内线|內線)\s*\d/u;

const LETTER = /\p{L}/u;

function invalid(reason: PhoneInvalidReason): TesseraError {
  return new TesseraError('phone_invalid', { field: 'phone', reason });
}

/**
 * Parses what a person typed: E.164, or national digits with `country`, in the shapes people use
 * (spaces, dashes, dots, brackets, a "(0)" trunk, full-width digits and plus from a Chinese input
 * method). Throws `phone_invalid` with a `reason` unless the number is possible and valid for its
 * region; classification (mobile or not) and region policy are separate steps.
 */
export function parsePhone(input: string, country?: string): ParsedPhone {
  if (typeof input !== 'string') throw invalid('unparseable');
  if (input.length > MAX_PHONE_INPUT_LENGTH) throw invalid('too_long');
  // NFKC turns full-width "＋８６ １３８…" and ideographic spaces into their ASCII forms.
  const text = input.normalize('NFKC').trim();
  if (text.length === 0) throw invalid('unparseable');
  if (text.length > MAX_PHONE_INPUT_LENGTH) throw invalid('too_long');
  if (CJK_EXTENSION.test(text)) throw invalid('extension');

  const defaultCountry = resolveCountry(country);
  const cleaned = text.replace(OPTIONAL_TRUNK_ZERO, ' ');
  const phone = parseWithLibrary(cleaned, defaultCountry);

  // libphonenumber splits an extension off and would let the main number through: refuse instead.
  if (phone.ext !== undefined && phone.ext !== '') throw invalid('extension');
  // Vanity numbers (1-800-FLOWERS) and stray words are not numbers a code can be sent to.
  if (LETTER.test(cleaned)) throw invalid('unparseable');
  if (!phone.isPossible()) throw invalid(lengthReason(cleaned, defaultCountry));
  if (!phone.isValid()) throw invalid('not_valid');
  // Non-geographic numbers (+800, +882 …) have no region to apply policy to.
  if (phone.country === undefined) throw invalid('not_valid');
  if (!E164_SHAPE.test(phone.number)) throw invalid('not_valid');

  return {
    e164: phone.number,
    region: phone.country,
    callingCode: phone.countryCallingCode,
    nationalNumber: phone.nationalNumber,
    type: phone.getType() ?? 'UNKNOWN',
  };
}

function resolveCountry(country: string | undefined): CountryCode | undefined {
  if (country === undefined || country.trim() === '') return undefined;
  const code = country.normalize('NFKC').trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || !isSupportedCountry(code)) throw invalid('country_unknown');
  return code;
}

function parseWithLibrary(text: string, defaultCountry: CountryCode | undefined): PhoneNumber {
  try {
    // `extract: false`: the whole input must be the number, not a number found somewhere in it.
    return parsePhoneNumberWithError(text, { defaultCountry, extract: false });
  } catch (error) {
    // Anything the library chokes on is, for the person typing, a number it could not read.
    if (!(error instanceof ParseError)) throw invalid('unparseable');
    switch (error.message) {
      // A national number with no country to read it in, or an unassigned calling code.
      case 'INVALID_COUNTRY':
        throw invalid('country_unknown');
      case 'TOO_SHORT':
        throw invalid('too_short');
      case 'TOO_LONG':
        throw invalid('too_long');
      default:
        throw invalid('unparseable');
    }
  }
}

function lengthReason(text: string, defaultCountry: CountryCode | undefined): PhoneInvalidReason {
  switch (validatePhoneNumberLength(text, { defaultCountry })) {
    case 'TOO_SHORT':
      return 'too_short';
    case 'TOO_LONG':
      return 'too_long';
    default:
      return 'not_possible';
  }
}
