import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LOCALES, isLocale, matchTag, pickLocale } from './locale.ts';

test('an explicit supported locale wins over the header', () => {
  assert.equal(pickLocale('zh-HK', 'en-US,en;q=0.9', 'en'), 'zh-HK');
  assert.equal(pickLocale('en', 'zh-CN', 'zh-CN'), 'en');
});

test('an explicit tag is read like a header tag: any case, underscores, regional variants', () => {
  assert.equal(pickLocale('ZH-hk', undefined, 'en'), 'zh-HK');
  assert.equal(pickLocale('zh_TW', undefined, 'en'), 'zh-HK');
  assert.equal(pickLocale('zh-Hans', undefined, 'en'), 'zh-CN');
  assert.equal(pickLocale('en-AU', undefined, 'zh-CN'), 'en');
});

test('an unsupported or non-string explicit value falls through to the header', () => {
  for (const explicit of ['fr', '', 'zz-ZZ-x', 42, null, undefined, {}, ['zh-HK'], true]) {
    assert.equal(pickLocale(explicit, 'zh-TW', 'en'), 'zh-HK', `explicit ${String(explicit)}`);
  }
});

test('Chinese tags map by script to zh-CN or zh-HK', () => {
  const cases: Array<[string, string]> = [
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans-HK', 'zh-CN'],
    ['zh-Hant', 'zh-HK'],
    ['zh-TW', 'zh-HK'],
    ['zh-MO', 'zh-HK'],
    ['zh-HK', 'zh-HK'],
    ['zh-Hant-CN', 'zh-HK'],
    ['yue', 'zh-HK'],
    ['yue-Hans', 'zh-CN'],
  ];
  for (const [tag, expected] of cases) {
    assert.equal(pickLocale(undefined, tag, 'en'), expected, tag);
  }
});

test('any English tag maps to en; other languages do not match', () => {
  for (const tag of ['en', 'en-US', 'en-GB', 'en-HK', 'EN-in']) assert.equal(matchTag(tag), 'en', tag);
  for (const tag of ['fr', 'ja-JP', 'ko', 'de-CH']) assert.equal(matchTag(tag), undefined, tag);
});

test('the highest q-value wins, whatever its position', () => {
  assert.equal(pickLocale(undefined, 'en;q=0.5, zh-TW;q=0.8', 'en'), 'zh-HK');
  assert.equal(pickLocale(undefined, 'zh-CN;q=0.3,en-GB;q=0.7,zh-HK;q=0.6', 'zh-HK'), 'en');
  assert.equal(pickLocale(undefined, 'fr-FR, fr;q=0.9, zh;q=0.8, en;q=0.7', 'en'), 'zh-CN');
});

test('among equal q-values the first listed wins', () => {
  assert.equal(pickLocale(undefined, 'zh-HK, en', 'zh-CN'), 'zh-HK');
  assert.equal(pickLocale(undefined, 'en;q=0.5, zh;q=0.5', 'zh-HK'), 'en');
});

test('q=0 means not acceptable and is never chosen', () => {
  assert.equal(pickLocale(undefined, 'zh-HK;q=0, en;q=0.1', 'zh-HK'), 'en');
  assert.equal(pickLocale(undefined, 'en;q=0.000', 'zh-CN'), 'zh-CN');
});

test('the wildcard stands for the fallback at its own q', () => {
  assert.equal(pickLocale(undefined, '*', 'zh-HK'), 'zh-HK');
  assert.equal(pickLocale(undefined, 'fr, *;q=0.5, en;q=0.4', 'zh-CN'), 'zh-CN');
  assert.equal(pickLocale(undefined, 'fr, *;q=0.3, en;q=0.4', 'zh-CN'), 'en');
});

test('a range with a malformed q is skipped, the rest still count', () => {
  assert.equal(pickLocale(undefined, 'zh-HK;q=abc, en;q=0.2', 'zh-CN'), 'en');
  assert.equal(pickLocale(undefined, 'zh-HK;q=1.5, en;q=0.2', 'zh-CN'), 'en');
  assert.equal(pickLocale(undefined, 'zh-HK;q=0.5=1, en;q=0.2', 'zh-CN'), 'en');
  assert.equal(pickLocale(undefined, 'zh-HK;level=1;q=0.9, en;q=0.2', 'zh-CN'), 'zh-HK');
});

test('no usable header means the fallback', () => {
  for (const header of [undefined, '', ' , ;, ', 'fr, de', 'x-klingon', ';;;q=', '\u0000\uffff']) {
    assert.equal(pickLocale(undefined, header, 'zh-CN'), 'zh-CN', JSON.stringify(header));
  }
});

test('only the first ranges of a huge header are read', () => {
  const header = `${Array.from({ length: 500 }, () => 'fr').join(',')},zh-HK`;
  assert.equal(pickLocale(undefined, header, 'en'), 'en');
});

test('never throws and always returns a supported locale, whatever the input', () => {
  fc.assert(
    fc.property(fc.anything(), fc.option(fc.string(), { nil: undefined }), fc.constantFrom(...LOCALES), (explicit, header, fallback) => {
      assert.ok(isLocale(pickLocale(explicit, header, fallback)));
    }),
    { numRuns: 500 },
  );
});

test('header-shaped junk never throws either', () => {
  const tag = fc.oneof(fc.constantFrom('zh', 'zh-TW', 'en-GB', '*', 'yue', 'fr', '', '-', 'zh--', 'i-x'), fc.string());
  const q = fc.oneof(
    fc.constant(''),
    fc.string().map((v) => `;q=${v}`),
    fc.double().map((v) => `;q=${v}`),
  );
  const range = fc.tuple(tag, q).map(([t, p]) => t + p);
  fc.assert(
    fc.property(fc.array(range, { maxLength: 40 }), fc.constantFrom(...LOCALES), (ranges, fallback) => {
      assert.ok(isLocale(pickLocale(undefined, ranges.join(','), fallback)));
    }),
    { numRuns: 500 },
  );
});

test('isLocale accepts exactly the supported list', () => {
  for (const locale of LOCALES) assert.ok(isLocale(locale));
  for (const value of ['zh', 'zh-hk', 'en-US', 'zh-TW', '', 7, null]) assert.ok(!isLocale(value));
});
