import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getExampleNumber } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import mobileExamples from 'libphonenumber-js/mobile/examples';
import { assertMobile, parsePhone } from './index.ts';
import type { PhoneType } from './index.ts';

const REGIONS: readonly CountryCode[] = ['CN', 'HK', 'MO', 'TW', 'US', 'GB'];

for (const region of REGIONS) {
  test(`${region}: libphonenumber's example mobile number is parsed, placed and accepted`, () => {
    const example = getExampleNumber(region, mobileExamples);
    assert.ok(example, `libphonenumber ships a mobile example for ${region}`);

    const phone = parsePhone(example.number);
    assert.equal(phone.e164, example.number);
    assert.equal(phone.region, region);
    assert.equal(phone.callingCode, example.countryCallingCode);
    assert.equal(phone.nationalNumber, example.nationalNumber);
    // The North American plan cannot tell mobiles from fixed lines.
    assert.equal(phone.type, region === 'US' ? 'FIXED_LINE_OR_MOBILE' : 'MOBILE');
    assert.doesNotThrow(() => assertMobile(phone));

    // The same number typed nationally, with the country in any case, is the same number.
    assert.deepEqual(parsePhone(example.nationalNumber, region.toLowerCase()), phone);
  });
}

// <exampleNumber> values of the fixedLine, tollFree and premiumRate elements of each territory in
// libphonenumber's resources/PhoneNumberMetadata.xml. libphonenumber-js ships only the mobile
// examples, so the others are copied here. Macau's plan has no premium-rate range.
const PUBLISHED_EXAMPLES: ReadonlyArray<{ region: CountryCode; national: string; type: PhoneType }> = [
  { region: 'CN', national: '1012345678', type: 'FIXED_LINE' },
  { region: 'CN', national: '8001234567', type: 'TOLL_FREE' },
  { region: 'CN', national: '16812345', type: 'PREMIUM_RATE' },
  { region: 'HK', national: '21234567', type: 'FIXED_LINE' },
  { region: 'HK', national: '800123456', type: 'TOLL_FREE' },
  { region: 'HK', national: '90012345678', type: 'PREMIUM_RATE' },
  { region: 'MO', national: '28212345', type: 'FIXED_LINE' },
  { region: 'MO', national: '0800501', type: 'TOLL_FREE' },
  { region: 'TW', national: '221234567', type: 'FIXED_LINE' },
  { region: 'TW', national: '800123456', type: 'TOLL_FREE' },
  { region: 'TW', national: '203123456', type: 'PREMIUM_RATE' },
  { region: 'US', national: '8002345678', type: 'TOLL_FREE' },
  { region: 'US', national: '9002345678', type: 'PREMIUM_RATE' },
  { region: 'GB', national: '1212345678', type: 'FIXED_LINE' },
  { region: 'GB', national: '8001234567', type: 'TOLL_FREE' },
  { region: 'GB', national: '9012345678', type: 'PREMIUM_RATE' },
];

for (const { region, national, type } of PUBLISHED_EXAMPLES) {
  test(`${region}: the published ${type} example is valid and refused as not mobile`, () => {
    const phone = parsePhone(national, region);
    assert.equal(phone.region, region);
    assert.equal(phone.type, type);
    assert.throws(() => assertMobile(phone), { name: 'TesseraError', code: 'phone_not_mobile', details: { type } });
  });
}

test('US: the published fixed-line example is FIXED_LINE_OR_MOBILE and therefore accepted', () => {
  // PhoneNumberMetadata.xml gives 2015550123 as the US fixedLine example; the same pattern is the
  // mobile one, so a registration for it must go through.
  const phone = parsePhone('2015550123', 'US');
  assert.equal(phone.e164, '+12015550123');
  assert.equal(phone.type, 'FIXED_LINE_OR_MOBILE');
  assert.doesNotThrow(() => assertMobile(phone));
});
