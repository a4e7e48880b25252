import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translations } from '@zxcvbn-ts/language-en';
import { TesseraError } from '../core/errors.ts';
import { DEFAULT_PASSWORD_POLICY } from './policy.ts';
import { assertStrongPassword, assessPassword, passwordUserInputs } from './strength.ts';

const inputs = passwordUserInputs({
  e164: '+8613800138000',
  nationalNumber: '13800138000',
  handle: 'alice_w',
});
const englishWarnings = new Set<string>(Object.values(translations.warnings));
const englishSuggestions = new Set<string>(Object.values(translations.suggestions));

function weakness(password: string, userInputs: readonly string[] = inputs): TesseraError | undefined {
  try {
    assertStrongPassword(password, userInputs, DEFAULT_PASSWORD_POLICY);
    return undefined;
  } catch (error) {
    assert.ok(error instanceof TesseraError);
    return error;
  }
}

test('user inputs hold the phone in its written forms and the handle', () => {
  assert.deepEqual(inputs, ['+8613800138000', '8613800138000', '13800138000', 'alice_w', 'alicew', 'alice']);
  assert.deepEqual(passwordUserInputs({ handle: '  ', e164: null }), []);
});

test('common passwords are weak', () => {
  for (const password of ['password', '12345678', 'qwertyuiop', 'P@ssw0rd', 'iloveyou1']) {
    assert.equal(weakness(password)?.code, 'password_weak', password);
  }
});

test('the account phone number is weak as a password, because it is a user input', () => {
  assert.equal(weakness('+8613800138000')?.code, 'password_weak');
  assert.equal(weakness('13800138000')?.code, 'password_weak');
  // Without the user inputs zxcvbn would have let the E.164 form pass.
  assert.ok(assessPassword('+8613800138000', []).score >= 3);
  assert.ok(assessPassword('+8613800138000', inputs).score < 3);
});

test('the handle with digits appended is weak', () => {
  assert.equal(weakness('alice_w123')?.code, 'password_weak');
  assert.equal(weakness('Alice_w2024')?.code, 'password_weak');
  const wang = passwordUserInputs({ handle: 'alice_wang' });
  assert.equal(weakness('alicewang88', wang)?.code, 'password_weak');
});

test('full-width forms are judged as their ASCII forms', () => {
  assert.equal(weakness('ｐａｓｓｗｏｒｄ')?.code, 'password_weak');
  assert.equal(assessPassword('１２３４５６７８', []).score, assessPassword('12345678', []).score);
});

test('strong passwords pass', () => {
  for (const password of [
    'correct horse battery staple',
    'vK9#mQ2$xL7p',
    'mongoose-kettle-42',
    '我的密码是一只蓝色的大象',
  ]) {
    assert.equal(weakness(password), undefined, password);
  }
});

test('password_weak details: score below policy, English warning, English suggestions', () => {
  const error = weakness('password');
  assert.ok(error?.details);
  const { score, warning, suggestions, ...rest } = error.details as Record<string, unknown>;
  assert.deepEqual(rest, {});
  assert.equal(typeof score, 'number');
  assert.ok((score as number) < DEFAULT_PASSWORD_POLICY.minScore);
  assert.equal(warning, translations.warnings.topTen);
  assert.ok(Array.isArray(suggestions) && suggestions.length > 0);
  for (const s of suggestions) assert.ok(englishSuggestions.has(s as string), String(s));
});

test('assessPassword shape: a strong password has no warning', () => {
  const strong = assessPassword('mongoose-kettle-42', inputs);
  assert.equal(strong.score, 4);
  assert.equal(strong.warning, null);
  assert.ok(Array.isArray(strong.suggestions));
  const personal = assessPassword('13800138000', inputs);
  assert.equal(personal.warning, translations.warnings.userInputs);
  assert.ok(englishWarnings.has(personal.warning));
});

test('the policy threshold is honoured', () => {
  const score = assessPassword('Sunflower!42', inputs).score;
  assert.ok(score > 0 && score < 4);
  const at = { ...DEFAULT_PASSWORD_POLICY, minScore: score };
  const above = { ...DEFAULT_PASSWORD_POLICY, minScore: score + 1 };
  assert.doesNotThrow(() => assertStrongPassword('Sunflower!42', inputs, at));
  assert.throws(() => assertStrongPassword('Sunflower!42', inputs, above), { code: 'password_weak' });
});

test('a long run of l33t characters is judged quickly', () => {
  assessPassword('warm-up-pass', inputs);
  const started = performance.now();
  assessPassword('@1!3$5|7+0(9'.repeat(10), inputs);
  // ~0.5 s with zxcvbn's default l33t budget; a generous bound for a shared machine.
  assert.ok(performance.now() - started < 250);
});
