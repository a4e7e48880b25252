import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, TesseraError } from '../core/errors.ts';
import { BoundedWorkQueue } from './work-queue.ts';

function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

test('runs at most maxConcurrent tasks, queues maxQueue, refuses the rest at once', async () => {
  const queue = new BoundedWorkQueue(2, 3);
  const gates = Array.from({ length: 8 }, gate);
  let peak = 0;
  const settled = gates.map((g, i) =>
    queue
      .run(async () => {
        peak = Math.max(peak, queue.running);
        await g.promise;
        return i;
      })
      .then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
  );
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual({ running: queue.running, queued: queue.queued }, { running: 2, queued: 3 });

  for (const g of gates) g.open();
  const results = await Promise.all(settled);
  assert.deepEqual(
    results.filter((r) => r.ok).map((r) => r.value),
    [0, 1, 2, 3, 4],
  );
  for (const r of results.slice(5)) {
    assert.ok(!r.ok && r.error instanceof TesseraError);
    assert.equal(r.error.code, 'server_busy');
    assert.deepEqual(r.error.details, { retryAfterSeconds: 1 });
  }
  assert.equal(peak, 2);
  assert.deepEqual({ running: queue.running, queued: queue.queued }, { running: 0, queued: 0 });
});

test('waiting tasks start in arrival order, and a failing task frees its slot', async () => {
  const queue = new BoundedWorkQueue(1, 10);
  const order: number[] = [];
  const first = queue.run(async () => {
    order.push(0);
    throw new Error('boom');
  });
  const rest = [1, 2, 3].map((i) => queue.run(async () => void order.push(i)));
  await assert.rejects(first, /boom/);
  await Promise.all(rest);
  assert.deepEqual(order, [0, 1, 2, 3]);
  assert.equal(queue.running, 0);
});

test('a queue of 0 refuses whenever every slot is busy', async () => {
  const queue = new BoundedWorkQueue(1, 0);
  const g = gate();
  const held = queue.run(() => g.promise);
  await assert.rejects(queue.run(async () => 1), { code: 'server_busy' });
  g.open();
  await held;
  assert.equal(await queue.run(async () => 1), 1);
});

test('bad bounds are configuration errors', () => {
  assert.throws(() => new BoundedWorkQueue(0, 1), ConfigError);
  assert.throws(() => new BoundedWorkQueue(1.5, 1), ConfigError);
  assert.throws(() => new BoundedWorkQueue(1, -1), ConfigError);
  assert.throws(() => new BoundedWorkQueue(Number.NaN, 1), ConfigError);
});
