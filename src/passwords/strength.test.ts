import { test } from 'node:test';
import assert from 'node:assert/strict';
import { translations } from '@zxcvbn-ts/language-en';
import { TesseraError } from '../core/errors.ts';
import { DEFAULT_PASSWORD_POLICY } from './policy.ts';
import fc from 'fast-check';
import { STRENGTH_EXCERPT_LENGTH, assertStrongPassword, assessPassword, passwordUserInputs, strengthExcerpt } from './strength.ts';

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
  for (const password of ['correct horse battery staple', 'vK9#mQ2$xL7p', 'mongoose-kettle-42', '我的密码是一只蓝色的大象']) {
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

test('at most STRENGTH_EXCERPT_LENGTH characters are judged: a prefix, the whole password when it is short', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (password) => {
      const judged = strengthExcerpt(password);
      assert.ok(judged.length <= STRENGTH_EXCERPT_LENGTH);
      assert.ok(password.startsWith(judged));
      if (password.length <= STRENGTH_EXCERPT_LENGTH) assert.equal(judged, password);
      else assert.ok(judged.length > 0);
    }),
    { numRuns: 500 },
  );
  const long = `${'vK9#mQ2$xL7pWz3!'.repeat(8)}`;
  assert.equal(long.length, 128);
  assert.deepEqual(assessPassword(long, inputs), assessPassword(strengthExcerpt(long), inputs));
});

test('a cut through a repetition falls at the end of a whole unit, never inside one', () => {
  // `adrian1954adrian1954adrian1954ad` would score 3; the repeat it comes from scores 2.
  assert.equal(strengthExcerpt('adrian1954'.repeat(4)), 'adrian1954'.repeat(3));
  assert.equal(weakness('adrian1954'.repeat(4))?.code, 'password_weak');
  assert.equal(strengthExcerpt(`Q7#${'1972'.repeat(40)}`), `Q7#${'1972'.repeat(7)}`);
  const unit = 'vK9#mQ2$xL7pWz3!Jr5%';
  assert.equal(strengthExcerpt(`ab${unit}${unit}`), `ab${unit}`);
  // A unit longer than what is left before the cut is no repetition within the excerpt: a plain prefix.
  const wide = `${unit}Tb8&Ny4*Hd6`;
  assert.equal(strengthExcerpt(`ab${wide}${wide}`), `ab${wide}`.slice(0, STRENGTH_EXCERPT_LENGTH));
  // Nor is a pair of surrogates split.
  const emoji = `${'abcdefghijklmnopqrstuvwxyzABCDE'}😀${'FGHIJ'.repeat(3)}`;
  assert.equal(strengthExcerpt(emoji), emoji.slice(0, 31));
});

test('the cost of one check is bounded: a repetitive 128-character password costs at most ~4× a 16-character one', () => {
  // CPU time of this process, the two kinds alternated so that a busy moment falls on both; the
  // median of the ratios. With 64 characters judged this was 4.4–6.2 for these passwords, with 32
  // about 1.5–2.5.
  const cpuMs = (password: string): number => {
    const before = process.cpuUsage();
    assessPassword(password, inputs);
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  const normal = 'vK9#mQ2$xL7pWz3!';
  for (const repetitive of ['1972'.repeat(32), 'P@ssw0rd'.repeat(16)]) {
    for (let i = 0; i < 3; i++) cpuMs(normal) + cpuMs(repetitive);
    const ratios: number[] = [];
    for (let i = 0; i < 15; i++) ratios.push(cpuMs(repetitive) / cpuMs(normal));
    ratios.sort((a, b) => a - b);
    const median = ratios[7]!;
    assert.ok(median < 4, `${repetitive.slice(0, 8)}…: ${median.toFixed(2)}× a normal password (${ratios.map((r) => r.toFixed(1)).join(' ')})`);
  }
});
