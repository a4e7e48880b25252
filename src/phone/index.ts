export type { ParsedPhone, PhoneInvalidReason, PhoneType } from './types.ts';
export { MAX_PHONE_INPUT_LENGTH, parsePhone } from './parse.ts';
export { assertMobile, assertRegionAllowed, numberBlock } from './policy.ts';
export { maskPhone, maskPhonesInText } from './mask.ts';
