import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CircuitBreaker, type CircuitState } from './circuit.ts';

function breaker() {
  let now = 1_000_000;
  const changes: { state: CircuitState; openSeconds?: number }[] = [];
  const b = new CircuitBreaker(
    { failureThreshold: 5, openSeconds: 30, maxOpenSeconds: 300 },
    () => now,
    (state, d) => changes.push({ state, ...(d.openSeconds ? { openSeconds: d.openSeconds } : {}) }),
  );
  return { b, changes, advance: (s: number) => (now += s * 1000) };
}

test('five failures in a row open the circuit for 30 s; a success in between starts the count again', () => {
  const { b, changes } = breaker();
  for (let i = 0; i < 4; i++) b.failed();
  b.succeeded();
  for (let i = 0; i < 4; i++) b.failed();
  assert.equal(b.acquire(), 'go');
  assert.deepEqual(changes, []);
  b.failed();
  assert.deepEqual(changes, [{ state: 'open', openSeconds: 30 }]);
  assert.equal(b.acquire(), null);
  assert.equal(b.current(), 'open');
});

test('after the open time one probe goes while the others skip; a good probe closes it', () => {
  const { b, changes, advance } = breaker();
  for (let i = 0; i < 5; i++) b.failed();
  advance(29);
  assert.equal(b.acquire(), null);
  advance(1);
  assert.equal(b.current(), 'half_open');
  assert.equal(b.acquire(), 'probe');
  assert.equal(b.acquire(), null, 'a second send waits for the probe');
  b.succeeded();
  assert.equal(b.acquire(), 'go');
  assert.deepEqual(
    changes.map((c) => c.state),
    ['open', 'half_open', 'closed'],
  );
});

test('each failed probe doubles the open time, up to 5 minutes; closing resets it', () => {
  const { b, changes, advance } = breaker();
  for (let i = 0; i < 5; i++) b.failed();
  for (const expected of [60, 120, 240, 300, 300]) {
    advance(changes.at(-1)!.openSeconds!);
    assert.equal(b.acquire(), 'probe');
    b.failed();
    assert.deepEqual(changes.at(-1), { state: 'open', openSeconds: expected });
  }
  advance(300);
  assert.equal(b.acquire(), 'probe');
  b.succeeded();
  for (let i = 0; i < 5; i++) b.failed();
  assert.deepEqual(changes.at(-1), { state: 'open', openSeconds: 30 });
});

test('a probe that says nothing about health (released) lets the next send probe', () => {
  const { b, advance } = breaker();
  for (let i = 0; i < 5; i++) b.failed();
  advance(30);
  assert.equal(b.acquire(), 'probe');
  b.released();
  assert.equal(b.acquire(), 'probe');
  assert.equal(b.reopensAtMs(), 0);
});
