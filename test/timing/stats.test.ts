import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare, median, signTestP } from '../helpers/timing.ts';

// The judge of the timing tests, on numbers worked out by hand.

test('signTestP: exact two-sided binomial tail; zero differences are left out', () => {
  assert.equal(signTestP(Array(10).fill(1)), 2 / 1024);
  assert.equal(signTestP([...Array(10).fill(-3), 0, 0]), 2 / 1024);
  // 15 of 20 one way: P(X <= 5) = (1 + 20 + 190 + 1140 + 4845 + 15504) / 2^20.
  assert.ok(Math.abs(signTestP([...Array(15).fill(1), ...Array(5).fill(-1)]) - (2 * 21700) / 2 ** 20) < 1e-12);
  assert.equal(signTestP([1, -1]), 1);
  assert.equal(signTestP([]), 1);
  assert.ok(signTestP(Array(300).fill(1)) > 0);
});

test('compare: a difference counts only when clear and beyond the tolerance', () => {
  const base = Array.from({ length: 100 }, (_, i) => 20 + (i % 7));
  // Every pair 10 ms apart: clear, and beyond max(2, 15 % of ~28).
  const slower = compare(
    base.map((x) => x + 10),
    base,
    { floorMs: 2, share: 0.15 },
  );
  assert.equal(slower.differs, true);
  assert.equal(slower.shift, 10);
  // Every pair 1 ms apart: clear but negligible.
  const slightly = compare(
    base.map((x) => x + 1),
    base,
    { floorMs: 2, share: 0.15 },
  );
  assert.equal(slightly.differs, false);
  assert.ok(slightly.p < 1e-20);
  // Large but random in sign: noise, not a difference.
  const noisy = compare(
    base.map((x, i) => x + (i % 2 ? 50 : -50)),
    base,
    { floorMs: 2, share: 0.15 },
  );
  assert.equal(noisy.differs, false);
  assert.equal(median([3, 1, 2, 10]), 2.5);
  assert.throws(() => compare([1, 2], [1], { floorMs: 0, share: 0 }));
});
