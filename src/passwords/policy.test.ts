import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TesseraError } from '../core/errors.ts';
import { DEFAULT_PASSWORD_POLICY, assertPasswordLength, countCodePoints } from './policy.ts';

const policy = DEFAULT_PASSWORD_POLICY;

function refusal(password: unknown): TesseraError | undefined {
  try {
    assertPasswordLength(password as string, policy);
    return undefined;
  } catch (error) {
    assert.ok(error instanceof TesseraError);
    return error;
  }
}

test('the default policy is docs/configuration.md: 8–128 characters, score ≥ 3', () => {
  assert.deepEqual({ ...policy }, { minLength: 8, maxLength: 128, minScore: 3 });
});

test('ASCII lengths at the bounds', () => {
  assert.equal(refusal('a'.repeat(7))?.code, 'password_invalid');
  assert.equal(refusal('a'.repeat(8)), undefined);
  assert.equal(refusal('a'.repeat(128)), undefined);
  assert.equal(refusal('a'.repeat(129))?.code, 'password_invalid');
  assert.equal(refusal('')?.code, 'password_invalid');
});

test('the refusal carries the bounds as details', () => {
  const error = refusal('short');
  assert.equal(error?.code, 'password_invalid');
  assert.deepEqual(error?.details, { minLength: 8, maxLength: 128 });
  const custom = { minLength: 10, maxLength: 12, minScore: 3 };
  assert.throws(
    () => assertPasswordLength('a'.repeat(13), custom),
    (e: unknown) => e instanceof TesseraError && e.code === 'password_invalid' && e.details?.['minLength'] === 10 && e.details?.['maxLength'] === 12,
  );
});

test('emoji count as one character each, not two UTF-16 units', () => {
  const grin = '\u{1F600}';
  assert.equal(grin.repeat(7).length, 14);
  assert.equal(refusal(grin.repeat(7))?.code, 'password_invalid');
  assert.equal(refusal(grin.repeat(8)), undefined);
  assert.equal(refusal(grin.repeat(128)), undefined);
  assert.equal(refusal(grin.repeat(129))?.code, 'password_invalid');
});

test('CJK characters, in the BMP and in Extension B, count as one each', () => {
  assert.equal(refusal('密码安全长度七')?.code, 'password_invalid');
  assert.equal(refusal('我的密码很安全吧'), undefined);
  const extB = '\u{20000}\u{2A6D6}\u{20021}\u{2000B}';
  assert.equal(countCodePoints(extB), 4);
  assert.equal(refusal(extB + '𠀀𠀁𠀂')?.code, 'password_invalid');
  assert.equal(refusal(extB + '𠀀𠀁𠀂𠀃'), undefined);
  assert.equal(refusal('𠀀'.repeat(129))?.code, 'password_invalid');
});

test('length is counted on the NFKC form', () => {
  // U+FB01 "ﬁ" is one code point that NFKC turns into "fi".
  assert.equal(refusal('\uFB01'.repeat(4)), undefined);
  assert.equal(refusal('\uFB01'.repeat(3))?.code, 'password_invalid');
});

test('a non-string is password_invalid, not a crash', () => {
  for (const value of [undefined, null, 12345678, ['a'.repeat(8)], { length: 8 }]) {
    assert.equal(refusal(value)?.code, 'password_invalid');
  }
});

test('a huge input is refused without walking it', () => {
  const huge = 'a'.repeat(5_000_000);
  const started = performance.now();
  assert.equal(refusal(huge)?.code, 'password_invalid');
  assert.ok(performance.now() - started < 50);
});
