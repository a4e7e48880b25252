import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TesseraError } from '../core/errors.ts';
import { maskPhonesInText, parsePhone } from './index.ts';

const E164_SHAPE = /^\+[1-9]\d{6,14}$/;

// Strings built from what phone input is made of (a calling code or trunk, mostly digits, some
// separators, now and then an extension or a full-width character), so that the property also
// reaches the valid side, not only the "unparseable" one.
const phoneish = fc
  .tuple(
    fc.constantFrom('+86 13', '+852 9', '+853 6', '+886 9', '+1 20', '+44 7', '＋８６', '0086 1', '1', '+', ''),
    fc.array(
      fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...'0123456789') },
        { weight: 2, arbitrary: fc.constantFrom(' ', '-', '.', '(', ')', '　', '(0)') },
        { weight: 1, arbitrary: fc.constantFrom('x', '#', ' ext ', '转', '１', '＋', ';ext=', 'O') },
      ),
      { minLength: 4, maxLength: 16 },
    ),
  )
  .map(([prefix, body]) => prefix + body.join(''));

const anyInput = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), {
  weight: 4,
  arbitrary: phoneish,
});
const anyCountry = fc.option(fc.oneof(fc.constantFrom('CN', 'hk', 'MO', 'TW', 'US', 'GB', 'ZZ', '', '001'), fc.string({ maxLength: 3 })), { nil: undefined });

test('parsePhone returns an E.164 number or throws phone_invalid, nothing else', () => {
  fc.assert(
    fc.property(anyInput, anyCountry, (input, country) => {
      try {
        const phone = parsePhone(input, country);
        assert.match(phone.e164, E164_SHAPE);
        assert.match(phone.region, /^[A-Z]{2}$/);
        assert.ok(phone.e164.endsWith(phone.nationalNumber));
        assert.equal(phone.e164, `+${phone.callingCode}${phone.nationalNumber}`);
      } catch (error) {
        if (error instanceof assert.AssertionError) throw error;
        assert.ok(error instanceof TesseraError, `unexpected ${String(error)}`);
        assert.equal(error.code, 'phone_invalid');
      }
    }),
    { numRuns: 3000 },
  );
});

test('a parsed number, dropped into text, does not survive maskPhonesInText', () => {
  fc.assert(
    fc.property(phoneish, fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (input, before, after) => {
      let e164: string;
      try {
        e164 = parsePhone(input, 'CN').e164;
      } catch {
        return;
      }
      const masked = maskPhonesInText(`${before} ${e164} ${after}`);
      assert.ok(!masked.includes(e164.slice(1)), masked);
    }),
    { numRuns: 1000 },
  );
});
