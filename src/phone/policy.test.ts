import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertMobile, assertRegionAllowed, numberBlock, parsePhone } from './index.ts';
import type { ParsedPhone, PhoneType } from './index.ts';

const CN_MOBILE = parsePhone('+8613800138000');
const HK_MOBILE = parsePhone('+85291234567');

test('assertMobile accepts MOBILE and FIXED_LINE_OR_MOBILE only', () => {
  const others: PhoneType[] = ['FIXED_LINE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL', 'UNKNOWN'];
  const withType = (type: PhoneType): ParsedPhone => ({ ...CN_MOBILE, type });
  assert.doesNotThrow(() => assertMobile(withType('MOBILE')));
  assert.doesNotThrow(() => assertMobile(withType('FIXED_LINE_OR_MOBILE')));
  for (const type of others) {
    assert.throws(() => assertMobile(withType(type)), { code: 'phone_not_mobile', details: { type } });
  }
});

test('GB VoIP and shared-cost numbers are refused', () => {
  // 56 is the UK's VoIP range (PhoneNumberMetadata.xml example 5612345678).
  assert.throws(() => assertMobile(parsePhone('+44 56 1234 5678')), {
    code: 'phone_not_mobile',
    details: { type: 'VOIP' },
  });
  assert.throws(() => assertMobile(parsePhone('+86 400 123 4567')), {
    code: 'phone_not_mobile',
    details: { type: 'SHARED_COST' },
  });
});

test('region policy: a list of regions, in any case', () => {
  assert.doesNotThrow(() => assertRegionAllowed(CN_MOBILE, ['CN', 'HK']));
  assert.doesNotThrow(() => assertRegionAllowed(HK_MOBILE, ['cn', 'hk']));
  assert.throws(() => assertRegionAllowed(HK_MOBILE, ['CN']), {
    name: 'TesseraError',
    code: 'region_not_supported',
    details: { region: 'HK', supportedRegions: ['CN'] },
  });
  assert.throws(() => assertRegionAllowed(parsePhone('+12015550123'), ['cn', 'HK']), {
    code: 'region_not_supported',
    details: { region: 'US', supportedRegions: ['CN', 'HK'] },
  });
  assert.throws(() => assertRegionAllowed(CN_MOBILE, []), { code: 'region_not_supported' });
});

test("region policy: 'all' lets every region through", () => {
  for (const e164 of ['+8613800138000', '+85291234567', '+447400123456', '+12015550123']) {
    assert.doesNotThrow(() => assertRegionAllowed(parsePhone(e164), 'all'));
  }
});

test('numberBlock is the E.164 less its last 4 digits', () => {
  assert.equal(numberBlock('+8613800138000'), '+861380013');
  assert.equal(numberBlock('+85291234567'), '+8529123');
  // Neighbouring numbers share a block; numbers 10,000 apart do not.
  assert.equal(numberBlock('+8613800138000'), numberBlock('+8613800139999'));
  assert.notEqual(numberBlock('+8613800138000'), numberBlock('+8613800148000'));
  assert.throws(() => numberBlock('13800138000'), TypeError);
  assert.throws(() => numberBlock('+86 138 0013 8000'), TypeError);
});
