import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ERROR_CODES } from './errors.ts';
import { LOCALES } from './locale.ts';
import { MESSAGES, messageFor, placeholdersOf } from './messages.ts';

test('placeholdersOf lists each name once, sorted', () => {
  assert.deepEqual(placeholdersOf('a {b} [c {a}] {b} {zZ9}'), ['a', 'b', 'zZ9']);
  assert.deepEqual(placeholdersOf('no {} { x } {9a} here'), []);
});

test('fills placeholders from details', () => {
  assert.equal(messageFor('code_incorrect', 'en', { attemptsLeft: 2 }), 'The verification code is incorrect. Attempts left: 2.');
  assert.equal(messageFor('code_incorrect', 'zh-HK', { attemptsLeft: 2 }), '驗證碼不正確。尚餘2次機會。');
  assert.equal(messageFor('invalid_request', 'zh-CN', { field: 'phone' }), '请求无效。请检查 phone。');
});

test('drops the optional part whose placeholder has no usable value', () => {
  const bare = 'Too many requests. Please wait and try again.';
  for (const details of [
    undefined,
    {},
    { retryAfterSeconds: undefined },
    { retryAfterSeconds: null },
    { retryAfterSeconds: Number.NaN },
    { retryAfterSeconds: -5 },
    { retryAfterSeconds: {} },
    { retryAfterSeconds: true },
    { retryAfterSeconds: '  ' },
    { other: 30 },
  ]) {
    assert.equal(messageFor('rate_limited', 'en', details), bare, JSON.stringify(details));
  }
  assert.equal(messageFor('rate_limited', 'zh-CN'), '操作过于频繁，请稍候再试。');
});

test('an optional part with two placeholders needs both', () => {
  assert.equal(messageFor('password_invalid', 'en', { minLength: 8 }), 'The password length is not allowed.');
  assert.equal(messageFor('password_invalid', 'en', { minLength: 8, maxLength: 128 }), 'The password length is not allowed. Use 8 to 128 characters.');
});

test('each optional part stands on its own', () => {
  assert.equal(
    messageFor('region_not_supported', 'en', { supportedRegions: ['CN', 'HK'] }),
    'Phone numbers from this region are not supported. Supported regions: CN, HK.',
  );
  assert.equal(
    messageFor('region_not_supported', 'zh-HK', { region: 'US', supportedRegions: ['CN', 'HK'] }),
    '暫不支援此地區（US）的電話號碼。支援的地區：CN、HK。',
  );
});

test('lists are joined for the language and lose unusable items', () => {
  assert.equal(messageFor('handle_taken', 'en', { suggestions: ['amy_88', null, {}, 'amy-wong'] }), 'This handle is taken. Available: amy_88, amy-wong.');
  assert.equal(messageFor('handle_taken', 'zh-CN', { suggestions: ['amy_88', 'amy-wong'] }), '此用户名已被占用。可用的用户名：amy_88、amy-wong。');
  assert.equal(messageFor('handle_taken', 'en', { suggestions: [] }), 'This handle is taken.');
});

test('durations in seconds read in the largest fitting unit, rounded up', () => {
  const wait = (seconds: unknown) => messageFor('rate_limited', 'en', { retryAfterSeconds: seconds });
  assert.equal(wait(1), 'Too many requests. Please wait 1 second and try again.');
  assert.equal(wait(0.2), 'Too many requests. Please wait 1 second and try again.');
  assert.equal(wait(90), 'Too many requests. Please wait 90 seconds and try again.');
  assert.equal(wait(91), 'Too many requests. Please wait 2 minutes and try again.');
  assert.equal(wait(3600), 'Too many requests. Please wait 1 hour and try again.');
  assert.equal(wait(5401), 'Too many requests. Please wait 2 hours and try again.');
  assert.equal(messageFor('server_busy', 'zh-CN', { retryAfterSeconds: 30 }), '服务器繁忙，请稍候30秒钟再试。');
  assert.equal(messageFor('server_busy', 'zh-HK', { retryAfterSeconds: 120 }), '伺服器繁忙，請稍候2分鐘再試。');
});

test('numbers are formatted for the locale', () => {
  assert.equal(messageFor('code_incorrect', 'en', { attemptsLeft: 1234 }), 'The verification code is incorrect. Attempts left: 1,234.');
  assert.equal(messageFor('code_incorrect', 'en', { attemptsLeft: 3n }), 'The verification code is incorrect. Attempts left: 3.');
});

test('a value is inserted as text, never read again as a template', () => {
  assert.equal(messageFor('invalid_request', 'en', { field: '{field} [x]' }), 'The request is invalid. Check {field} [x].');
});

test('a text value is put on one line with single spaces', () => {
  assert.equal(messageFor('invalid_request', 'en', { field: '  phone\n\tnumber ' }), 'The request is invalid. Check phone number.');
});

test('details that are not own properties are ignored', () => {
  const details = Object.create({ attemptsLeft: 4 }) as Record<string, unknown>;
  assert.equal(messageFor('code_incorrect', 'en', details), 'The verification code is incorrect.');
});

test('whatever the details, no template syntax or stray value names leak out', () => {
  const value = fc.oneof(
    fc.constantFrom(undefined, null, Number.NaN, Infinity, -Infinity, {}, [], '', true, () => 1, Symbol('s')),
    fc.integer(),
    fc.double(),
    fc.bigInt(),
    fc.stringMatching(/^[\w .-]{0,12}$/),
    fc.array(fc.oneof(fc.stringMatching(/^\w{0,8}$/), fc.integer(), fc.constant(null), fc.object())),
    fc.object(),
  );
  const keys = [...new Set(ERROR_CODES.flatMap((code) => LOCALES.flatMap((locale) => placeholdersOf(MESSAGES[code][locale]))))];
  fc.assert(
    fc.property(fc.constantFrom(...ERROR_CODES), fc.constantFrom(...LOCALES), fc.dictionary(fc.constantFrom(...keys), value), (code, locale, details) => {
      const text = messageFor(code, locale, details);
      assert.ok(text.length > 0);
      assert.doesNotMatch(text, /[{}[\]]|undefined|null|NaN|Infinity|\[object|=>/, text);
      assert.doesNotMatch(text, / {2}|^ | $/, text);
    }),
    { numRuns: 1000 },
  );
});
