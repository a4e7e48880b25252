import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { handleCandidates } from './candidates.ts';
import { handleKey, handleProblem } from './rules.ts';

function assertGood(input: string, count: number, candidates: string[]): void {
  assert.ok(candidates.length <= count * 4, `${candidates.length} > ${count * 4}`);
  const keys = candidates.map(handleKey);
  assert.equal(new Set(keys).size, keys.length, 'distinct ignoring case');
  assert.ok(!keys.includes(handleKey(input)), 'the taken handle itself is not offered');
  for (const candidate of candidates) assert.equal(handleProblem(candidate), null, candidate);
}

test('alice_wang: close variants first, then random ones, all valid', () => {
  const candidates = handleCandidates('alice_wang', 3);
  assertGood('alice_wang', 3, candidates);
  assert.equal(candidates.length, 12);
  assert.deepEqual(candidates.slice(0, 6), ['alice_wang1', 'alice_wang_88', 'alicewang', 'alice-wang', 'alice_wang2', 'alice_wang_666']);
  for (const candidate of candidates.slice(6)) assert.match(candidate, /^alice_wang_?\d{2,4}$/);
});

test('the fixed part is the same on every call; the random part varies', () => {
  const runs = Array.from({ length: 5 }, () => handleCandidates('Alice-Wang', 5));
  for (const run of runs) assert.deepEqual(run.slice(0, 10), runs[0]!.slice(0, 10));
  assert.ok(new Set(runs.map((run) => run.slice(10).join())).size > 1);
});

test('the input is never offered back, whatever its case', () => {
  for (const input of ['AliceWang1', 'alicewang', 'ALICE_WANG']) {
    assertGood(input, 5, handleCandidates(input, 5));
  }
  assert.ok(!handleCandidates('alicewang1', 5).map(handleKey).includes('alicewang1'));
});

test('a 20-character handle is cut to make room for the suffix', () => {
  const input = 'abcdefghijklmnopqrst';
  const candidates = handleCandidates(input, 4);
  assertGood(input, 4, candidates);
  assert.equal(candidates.length, 16);
  assert.equal(candidates[0], 'abcdefghijklmnopqrs1');
});

test('an invalid request still gets valid suggestions from what can be kept', () => {
  assert.deepEqual(handleCandidates('ａｌｉｃｅ_wang', 2).slice(0, 2), ['alice_wang1', 'alice_wang_88']);
  assert.deepEqual(handleCandidates('9lives_cat', 1)[0], 'lives_cat1');
  const short = handleCandidates('bob', 3);
  assertGood('bob', 3, short);
  assert.ok(short.length > 0);
  assert.deepEqual(handleCandidates('张三', 3), []);
});

test('no look-alikes are offered for reserved or generated handles', () => {
  for (const input of ['admin', 'Support', 'tessera', 'tid_abcdefghijkl']) {
    assert.deepEqual(handleCandidates(input, 3), [], input);
  }
});

test('count bounds', () => {
  assert.deepEqual(handleCandidates('alice_wang', 0), []);
  assert.equal(handleCandidates('alice_wang', 1).length, 4);
  assert.throws(() => handleCandidates('alice_wang', -1), RangeError);
  assert.throws(() => handleCandidates('alice_wang', 1.5), RangeError);
  assert.throws(() => handleCandidates('alice_wang', 101), RangeError);
});

test('any valid handle: candidates are valid, distinct and not the input', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{5,19}$/), fc.integer({ min: 1, max: 6 }), (input, count) => {
      assertGood(input, count, handleCandidates(input, count));
    }),
    { numRuns: 300 },
  );
});
