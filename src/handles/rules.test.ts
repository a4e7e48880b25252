import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TesseraError } from '../core/errors.ts';
import { HANDLE_PATTERN, assertHandleAllowed, handleKey, handleProblem } from './rules.ts';

const rule = (handle: unknown) => handleProblem(handle)?.rule ?? null;

test('length edges: 5 and 21 refused, 6 and 20 accepted', () => {
  assert.equal(rule('abcde'), 'length');
  assert.equal(rule('abcdef'), null);
  assert.equal(rule('a'.repeat(20)), null);
  assert.equal(rule('a'.repeat(21)), 'length');
  assert.equal(rule(''), 'length');
  assert.equal(rule('a'.repeat(100_000)), 'length');
});

test('the first character must be an ASCII letter', () => {
  for (const handle of ['1abcdef', '_abcdef', '-abcdef', 'éabcdef', 'Ωmega_man', '张三李四王五', 'ａｌｉｃｅ_wang']) {
    assert.equal(rule(handle), 'first_character', handle);
  }
  assert.equal(rule('Zabcdef'), null);
});

test('later characters: ASCII letters, digits, _ and - only', () => {
  for (const handle of ['abc def', 'abc.def', 'abc@def', 'abcdéf', 'alice王五六', 'aliceｗａｎｇ', 'alice\u200Bwang', 'alice\nwang']) {
    assert.equal(rule(handle), 'characters', JSON.stringify(handle));
  }
  for (const handle of ['a1_2-3', 'A-B_C-D', 'x_____', 'alice-wang_88']) {
    assert.equal(rule(handle), null, handle);
  }
});

test('length is counted in code points', () => {
  assert.equal(rule('a\u{1F600}\u{1F600}\u{1F600}\u{1F600}'), 'length'); // 5 code points, 9 units
  assert.equal(rule('a' + '\u{1F600}'.repeat(10)), 'characters'); // 11 code points, 21 units
});

test('a non-string is refused by type', () => {
  for (const value of [undefined, null, 12345678, ['abcdef'], { handle: 'abcdef' }]) {
    assert.deepEqual(handleProblem(value), { reason: 'invalid', rule: 'type' });
  }
});

test('the tid_ prefix is kept for generated handles, in any case', () => {
  for (const handle of ['tid_abcdefgh', 'TID_abcdef', 'Tid_Xyz123', 'tId_7777777']) {
    assert.deepEqual(handleProblem(handle), { reason: 'reserved', rule: 'generated_prefix' });
  }
  assert.equal(rule('tidal_wave'), null);
  assert.equal(rule('tid-abcdef'), null);
});

test('reserved words are refused with reason reserved', () => {
  assert.deepEqual(handleProblem('tessera'), { reason: 'reserved', rule: 'reserved' });
  assert.deepEqual(handleProblem('Support'), { reason: 'reserved', rule: 'reserved' });
});

test('assertHandleAllowed throws handle_invalid with the rule', () => {
  assert.doesNotThrow(() => assertHandleAllowed('alice_wang'));
  for (const [handle, expected] of [
    ['abc', 'length'],
    ['administrator', 'reserved'],
    ['tid_abcdef', 'generated_prefix'],
    [42, 'type'],
  ] as const) {
    assert.throws(
      () => assertHandleAllowed(handle),
      (e: unknown) => e instanceof TesseraError && e.code === 'handle_invalid' && e.details?.['rule'] === expected,
    );
  }
});

test('handleKey ignores case', () => {
  assert.equal(handleKey('Alice_Wang'), 'alice_wang');
  assert.equal(handleKey('ALICE_WANG'), handleKey('alice_wang'));
});

test('any string: handleProblem never throws, and null implies the handle pattern (docs/accounts.md)', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{3,21}$/)), (text) => {
      const problem = handleProblem(text);
      if (problem === null) assert.match(text, HANDLE_PATTERN);
      else if (!HANDLE_PATTERN.test(text)) assert.equal(problem.reason, 'invalid');
    }),
    { numRuns: 500 },
  );
});
