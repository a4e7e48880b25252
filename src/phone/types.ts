/** libphonenumber's number types, plus `UNKNOWN` for a number it cannot place in any of them. */
export type PhoneType =
  | 'MOBILE'
  | 'FIXED_LINE'
  | 'FIXED_LINE_OR_MOBILE'
  | 'PREMIUM_RATE'
  | 'TOLL_FREE'
  | 'SHARED_COST'
  | 'VOIP'
  | 'PERSONAL_NUMBER'
  | 'PAGER'
  | 'UAN'
  | 'VOICEMAIL'
  | 'UNKNOWN';

export interface ParsedPhone {
  /** `+8613800138000`: the one form Tessera stores, compares and keys budgets on. */
  e164: string;
  /** ISO 3166 alpha-2 of the numbering plan the number belongs to. */
  region: string;
  /** Digits only, without `+`: `86`. */
  callingCode: string;
  /** The national significant number, without trunk prefix: `13800138000`. */
  nationalNumber: string;
  type: PhoneType;
}

/** Why a number was refused; sent to clients as `details.reason` of `phone_invalid`. */
export type PhoneInvalidReason = 'unparseable' | 'country_unknown' | 'too_short' | 'too_long' | 'not_possible' | 'not_valid' | 'extension';
