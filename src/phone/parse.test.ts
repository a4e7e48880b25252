import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TesseraError } from '../core/errors.ts';
import { MAX_PHONE_INPUT_LENGTH, parsePhone } from './index.ts';
import type { PhoneInvalidReason } from './index.ts';

function assertInvalid(input: string, country: string | undefined, reason: PhoneInvalidReason): void {
  assert.throws(
    () => parsePhone(input, country),
    (error: unknown) => {
      assert.ok(error instanceof TesseraError, `expected a TesseraError for ${JSON.stringify(input)}`);
      assert.equal(error.code, 'phone_invalid');
      assert.deepEqual(error.details, { field: 'phone', reason });
      return true;
    },
  );
}

test('E.164 input yields the stored form and its parts', () => {
  assert.deepEqual(parsePhone('+8613800138000'), {
    e164: '+8613800138000',
    region: 'CN',
    callingCode: '86',
    nationalNumber: '13800138000',
    type: 'MOBILE',
  });
});

test('numbers as people type them: spaces, dashes, dots, brackets, whitespace around', () => {
  const typed: ReadonlyArray<[string, string | undefined]> = [
    ['+86 138 0013 8000', undefined],
    ['+86-138-0013-8000', undefined],
    ['+86.138.0013.8000', undefined],
    ['+86 (138) 0013-8000', undefined],
    ['  +8613800138000\t\n', undefined],
    ['138 0013 8000', 'CN'],
    ['138-0013-8000', 'cn'],
    ['[138] 0013 8000', 'CN'],
    ['0138 0013 8000', 'CN'],
    ['(0)138 0013 8000', 'CN'],
    ['0086 138 0013 8000', 'CN'],
  ];
  for (const [input, country] of typed) {
    assert.equal(parsePhone(input, country).e164, '+8613800138000', JSON.stringify(input));
  }
});

test('a "(0)" trunk is dropped, also where the plan has no trunk prefix', () => {
  const london = parsePhone('+44 (0)20 7946 0958');
  assert.equal(london.e164, '+442079460958');
  assert.equal(london.region, 'GB');
  assert.equal(london.type, 'FIXED_LINE');
  const hongKong = parsePhone('+852 (0) 9123 4567');
  assert.equal(hongKong.e164, '+85291234567');
  assert.equal(hongKong.type, 'MOBILE');
});

test('full-width digits, plus, brackets and spaces from a Chinese input method', () => {
  assert.equal(parsePhone('＋８６　１３８　００１３　８０００').e164, '+8613800138000');
  assert.equal(parsePhone('１３８－００１３－８０００', 'CN').e164, '+8613800138000');
  assert.equal(parsePhone('＋８５２（０）９１２３　４５６７').e164, '+85291234567');
});

test('an international number keeps its own region whatever country is sent with it', () => {
  const phone = parsePhone('+852 9123 4567', 'CN');
  assert.equal(phone.region, 'HK');
  assert.equal(parsePhone('00852 9123 4567', 'CN').e164, '+85291234567');
});

test('an extension is refused, never cut off', () => {
  const withExtensions = [
    '+86 138 0013 8000 ext. 123',
    '+86 138 0013 8000 ext 123',
    '+86 138 0013 8000 x123',
    '+86 138 0013 8000 #123',
    '+8613800138000;ext=123',
    '+1 201 555 0123 extension 5',
    '+86 138 0013 8000 ｅｘｔ．１２３',
  ];
  for (const input of withExtensions) assertInvalid(input, undefined, 'extension');
  assertInvalid('010-12345678转123', 'CN', 'extension');
  assertInvalid('010-12345678 分機 123', 'CN', 'extension');
});

test('letters are refused: vanity numbers, URIs, stray words', () => {
  assertInvalid('1-800-FLOWERS', 'US', 'unparseable');
  assertInvalid('+1 800 FLOWERS', undefined, 'unparseable');
  assertInvalid('+86 138 0013 800O', undefined, 'unparseable');
  assertInvalid('tel:+8613800138000', undefined, 'unparseable');
  assertInvalid('call +8613800138000', undefined, 'unparseable');
});

test('empty and over-long input', () => {
  assertInvalid('', 'CN', 'unparseable');
  assertInvalid(' \t ', undefined, 'unparseable');
  assertInvalid('+', undefined, 'unparseable');
  assertInvalid('1'.repeat(MAX_PHONE_INPUT_LENGTH + 1), 'CN', 'too_long');
  assertInvalid(`+8613800138000${' '.repeat(MAX_PHONE_INPUT_LENGTH)}`, undefined, 'too_long');
  // NFKC can lengthen text ('⑽' becomes '(10)'); the bound holds after normalising too.
  assertInvalid('⑽'.repeat(20), undefined, 'too_long');
});

test('a country that is not an ISO region known to libphonenumber', () => {
  assertInvalid('13800138000', 'ZZ', 'country_unknown');
  assertInvalid('13800138000', 'CHN', 'country_unknown');
  assertInvalid('13800138000', '86', 'country_unknown');
  assertInvalid('13800138000', 'C', 'country_unknown');
  // National digits with no country at all cannot be read, nor can an unassigned calling code.
  assertInvalid('13800138000', undefined, 'country_unknown');
  assertInvalid('+999 1234 5678', undefined, 'country_unknown');
});

test('length and validity reasons', () => {
  assertInvalid('+86 138', undefined, 'too_short');
  assertInvalid('138', 'CN', 'too_short');
  assertInvalid('+86 138 0013 8000 123456', undefined, 'too_long');
  assertInvalid('+852 9123 456789', undefined, 'not_possible');
  assertInvalid('+86 1380013', undefined, 'not_valid');
  assertInvalid('+1 911 555 0123', undefined, 'not_valid');
  // Valid, but non-geographic (international freephone): there is no region to check.
  assertInvalid('+800 1234 5678', undefined, 'not_valid');
});

test('odd unicode is refused cleanly', () => {
  for (const input of ['\uD800', '😀', '\u202E+8613800138000', '\u0000', 'ǅ', '\uFEFF\uFEFF']) {
    assert.throws(() => parsePhone(input), { name: 'TesseraError', code: 'phone_invalid' });
  }
});
