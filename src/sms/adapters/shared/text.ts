/**
 * Whether a text survives the GSM 03.38 7-bit alphabet. Printable ASCII except the backtick is in
 * the default alphabet or its extension table; anything else (Chinese, emoji, accents) is sent as
 * UCS-2. Being conservative here costs a few characters per SMS; guessing wrong costs the text.
 */
export function isGsm7Safe(text: string): boolean {
  return /^[\x20-\x5F\x61-\x7E\r\n]*$/.test(text);
}
