import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { createMemoryCounters } from './memory.ts';

// The contract suite (test/counters.contract.test.ts) covers behaviour shared with the other
// backends; these tests move a frozen clock to check time edges no real-time test can reach cheaply.

function frozen(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  return { clock: () => now, advance: (ms: number) => void (now += ms) };
}

test('a fixed window ends exactly windowSeconds after the first hit', async () => {
  const t = frozen();
  const c = createMemoryCounters({ clock: t.clock });
  assert.deepEqual(await c.hit('k', 10), { count: 1, resetInSeconds: 10 });
  t.advance(9_001);
  assert.deepEqual(await c.hit('k', 10), { count: 2, resetInSeconds: 1 });
  t.advance(998);
  assert.deepEqual(await c.peek('k'), { count: 2, resetInSeconds: 1 });
  t.advance(1);
  assert.equal(await c.peek('k'), null);
  assert.equal(await c.ttl('k'), 0);
  assert.deepEqual(await c.hit('k', 10, 4), { count: 4, resetInSeconds: 10 });
  await c.close();
});

test('a claim can be taken again once its ttl has passed', async () => {
  const t = frozen();
  const c = createMemoryCounters({ clock: t.clock });
  assert.equal(await c.claim('cool', 60), true);
  t.advance(59_999);
  assert.equal(await c.claim('cool', 60), false);
  assert.equal(await c.ttl('cool'), 1);
  t.advance(1);
  assert.equal(await c.claim('cool', 60), true);
  await c.close();
});

test('a sliding window sums the buckets of the last windowSeconds and forgets older ones', async () => {
  // Start on a slot boundary so each advance lands in a known bucket.
  const t = frozen(Date.UTC(2026, 0, 1, 10, 0, 0));
  const c = createMemoryCounters({ clock: t.clock });
  const hit = (cost: number) => c.slidingHit('block', 3600, 600, cost);
  assert.equal(await hit(5), 5); // slot 0
  t.advance(600_000);
  assert.equal(await hit(2), 7); // slot 1
  t.advance(5 * 600_000 - 1);
  assert.equal(await c.slidingPeek('block', 3600, 600), 7); // still slot 5: slots 0..5 count
  t.advance(1);
  assert.equal(await c.slidingPeek('block', 3600, 600), 2); // slot 6: slot 0 has left the window
  t.advance(600_000);
  assert.equal(await hit(1), 1); // slot 7: slot 1 has left too
  await c.close();
});

test('sliding buckets of an idle key expire windowSeconds + bucketSeconds after its last hit', async () => {
  const t = frozen();
  const c = createMemoryCounters({ clock: t.clock });
  await c.slidingHit('idle', 60, 10);
  t.advance(69_999);
  assert.equal(c.sweep(), 0);
  t.advance(1);
  assert.equal(c.sweep(), 1);
  assert.equal(c.size, 0);
  await c.close();
});

test('the periodic sweep drops expired keys nobody reads again', async () => {
  const t = frozen();
  const c = createMemoryCounters({ clock: t.clock, sweepIntervalMs: 5 });
  for (let i = 0; i < 100; i++) await c.hit(`ip:${i}`, 1);
  await c.claim('live', 3600);
  assert.equal(c.size, 101);
  t.advance(1_000);
  await sleep(30);
  assert.equal(c.size, 1);
  await c.close();
});

test('close stops the sweep', async () => {
  const t = frozen();
  const c = createMemoryCounters({ clock: t.clock, sweepIntervalMs: 5 });
  await c.hit('k', 1);
  await c.close();
  t.advance(1_000);
  await sleep(30);
  assert.equal(c.size, 1);
});
