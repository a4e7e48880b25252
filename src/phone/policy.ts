import { TesseraError } from '../core/errors.ts';
import type { ParsedPhone, PhoneType } from './types.ts';

// Where a numbering plan cannot tell mobiles from fixed lines (the US, Canada and the rest of
// NANP), libphonenumber says FIXED_LINE_OR_MOBILE; refusing those would refuse every such mobile.
const SMS_CAPABLE_TYPES: ReadonlySet<PhoneType> = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/** Refuses fixed lines, VoIP, toll-free, premium-rate and every other type a code cannot reach. */
export function assertMobile(phone: ParsedPhone): void {
  if (!SMS_CAPABLE_TYPES.has(phone.type)) {
    throw new TesseraError('phone_not_mobile', { type: phone.type });
  }
}

/** `allow` is a list of ISO 3166 alpha-2 regions (any case) or `'all'`. */
export function assertRegionAllowed(phone: ParsedPhone, allow: readonly string[] | 'all'): void {
  if (allow === 'all') return;
  const region = phone.region.toUpperCase();
  const supportedRegions = allow.map((r) => r.toUpperCase());
  if (!supportedRegions.includes(region)) {
    throw new TesseraError('region_not_supported', { region, supportedRegions });
  }
}

const E164_SHAPE = /^\+[1-9]\d{6,14}$/;

/**
 * The number block of docs/abuse.md: the E.164 less its last 4 digits (`+8613800138000` →
 * `+861380013`). SMS pumping rotates through neighbouring numbers, so budgets are also kept
 * per block.
 */
export function numberBlock(e164: string): string {
  if (!E164_SHAPE.test(e164)) throw new TypeError('numberBlock expects an E.164 number');
  return e164.slice(0, -4);
}
