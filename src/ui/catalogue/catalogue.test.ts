import assert from 'node:assert/strict';
import { test } from 'node:test';
import { translations } from '@zxcvbn-ts/language-en';
import { LOCALES } from '../../core/locale.ts';
import { COMMON } from './common.ts';
import { UI_STRINGS, ZXCVBN_SUGGESTIONS, ZXCVBN_WARNINGS, errorText, strengthAdvice, uiText } from './index.ts';
import { LOGIN } from './login.ts';
import { SECURITY } from './security.ts';
import { SIGNUP } from './signup.ts';

const placeholders = (s: string) => [...s.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]).sort();

test('no key is defined twice across the sections', () => {
  const sizes = [COMMON, SIGNUP, LOGIN, SECURITY].reduce((n, part) => n + Object.keys(part).length, 0);
  assert.equal(Object.keys(UI_STRINGS).length, sizes);
});

test('every string is said in every locale, with the same placeholders', () => {
  for (const [key, texts] of Object.entries(UI_STRINGS)) {
    for (const locale of LOCALES) assert.ok(texts[locale].trim().length > 0, `${key} ${locale}`);
    assert.deepEqual(placeholders(texts['zh-CN']), placeholders(texts.en), key);
    assert.deepEqual(placeholders(texts['zh-HK']), placeholders(texts.en), key);
  }
});

test("zxcvbn advice: the English is language-en's own, and every key of it is translated", () => {
  assert.deepEqual(Object.keys(ZXCVBN_WARNINGS).sort(), Object.keys(translations.warnings).sort());
  assert.deepEqual(Object.keys(ZXCVBN_SUGGESTIONS).sort(), Object.keys(translations.suggestions).sort());
  for (const [key, text] of Object.entries(translations.warnings)) assert.equal(ZXCVBN_WARNINGS[key as keyof typeof ZXCVBN_WARNINGS].en, text);
  for (const [key, text] of Object.entries(translations.suggestions)) assert.equal(ZXCVBN_SUGGESTIONS[key as keyof typeof ZXCVBN_SUGGESTIONS].en, text);
  assert.deepEqual(strengthAdvice({ warning: 'common', suggestions: ['anotherWord', 'nope'] }, 'zh-HK'), ['這是常用密碼。', '再加幾個不常見的字詞。']);
});

test("uiText fills placeholders; errorText is the API's own message", () => {
  assert.equal(uiText('signup.resendIn', 'zh-CN', { seconds: 42 }), '42 秒后可重新发送');
  assert.equal(errorText('code_incorrect', 'en', { attemptsLeft: 2 }), 'The verification code is incorrect. Attempts left: 2.');
  assert.equal(errorText('no_such_code', 'zh-HK'), errorText('internal_error', 'zh-HK'));
});
