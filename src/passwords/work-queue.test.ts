import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, TesseraError } from '../core/errors.ts';
import { BoundedWorkQueue, type WorkQueueOptions } from './work-queue.ts';

function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** A queue on a clock the test moves; unset options as a 2-core machine with 2 slots would have them. */
function queueOf(opts: Partial<WorkQueueOptions>): { queue: BoundedWorkQueue; advance: (ms: number) => void } {
  let now = 0;
  const queue = new BoundedWorkQueue({ maxConcurrent: 2, maxWaitMs: 100, initialTaskMs: 20, parallelism: 2, now: () => now, ...opts });
  return { queue, advance: (ms) => void (now += ms) };
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(p: Promise<T>): Promise<Settled<T>> =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
const tick = () => new Promise((resolve) => setImmediate(resolve));

test('refuses by estimated wait: 2 slots, 20 ms a task, 100 ms allowed → 2 run, 10 wait, the rest are refused at once', async () => {
  const { queue } = queueOf({});
  const gates = Array.from({ length: 15 }, gate);
  let peak = 0;
  const settled = gates.map((g, i) =>
    settle(
      queue.run(async () => {
        peak = Math.max(peak, queue.running);
        await g.promise;
        return i;
      }),
    ),
  );
  // The 10th waiting task waits (10 × 20 ms) / 2 slots = 100 ms: still within the bound; the 11th would wait 110 ms.
  assert.deepEqual({ running: queue.running, queued: queue.queued }, { running: 2, queued: 10 });
  assert.equal(queue.estimatedWaitMs, 110);

  for (const g of gates) g.open();
  const results = await Promise.all(settled);
  assert.deepEqual(
    results.filter((r) => r.ok).map((r) => (r.ok ? r.value : -1)),
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
  );
  for (const r of results.slice(12)) {
    assert.ok(!r.ok && r.error instanceof TesseraError);
    assert.equal(r.error.code, 'server_busy');
  }
  assert.equal(peak, 2);
  assert.deepEqual({ running: queue.running, queued: queue.queued }, { running: 0, queued: 0 });
});

test('Retry-After is the estimated wait the refused task would have had, in whole seconds, at least 1', async () => {
  // One slot, 300 ms a task, 1 s allowed: three wait (0.9 s), the fourth would wait 1.2 s → 2 s.
  const { queue } = queueOf({ maxConcurrent: 1, maxWaitMs: 1000, initialTaskMs: 300, parallelism: 4 });
  const g = gate();
  const admitted = Array.from({ length: 4 }, () => queue.run(() => g.promise));
  await assert.rejects(
    queue.run(async () => 1),
    (err: unknown) => {
      assert.ok(err instanceof TesseraError);
      assert.deepEqual(err.details, { retryAfterSeconds: 2 });
      return true;
    },
  );
  g.open();
  await Promise.all(admitted);

  // A short bound: a refusal still asks for at least one second.
  const short = queueOf({ maxConcurrent: 1, maxWaitMs: 10, initialTaskMs: 15 }).queue;
  const h = gate();
  const held = short.run(() => h.promise);
  await assert.rejects(
    short.run(async () => 1),
    { code: 'server_busy', details: { retryAfterSeconds: 1 } },
  );
  h.open();
  await held;
});

test('the estimate follows measured run times, as the share of a core each task had', async () => {
  const { queue, advance } = queueOf({ maxConcurrent: 4, parallelism: 2, initialTaskMs: 20 });
  // Four at once on two cores, 80 ms each: each had half a core, so a task costs 40 ms of one.
  for (let round = 0; round < 60; round++) {
    const gates = Array.from({ length: 4 }, gate);
    const runs = gates.map((g) => queue.run(() => g.promise));
    advance(80);
    for (const g of gates) g.open();
    await Promise.all(runs);
  }
  assert.ok(Math.abs(queue.taskMs - 40) < 1, `${queue.taskMs}`);
  // Alone, 40 ms: the same cost, and the estimate stays.
  for (let i = 0; i < 20; i++) {
    const g = gate();
    const run = queue.run(() => g.promise);
    advance(40);
    g.open();
    await run;
  }
  assert.ok(Math.abs(queue.taskMs - 40) < 1, `${queue.taskMs}`);
  // A slower machine: alone, 100 ms. The bound now admits fewer: the 2nd waiting task waits 2 × 100 / 2 = 100 ms, the 3rd would wait 150.
  for (let i = 0; i < 60; i++) {
    const g = gate();
    const run = queue.run(() => g.promise);
    advance(100);
    g.open();
    await run;
  }
  assert.ok(Math.abs(queue.taskMs - 100) < 1, `${queue.taskMs}`);
  const g = gate();
  const results = Array.from({ length: 8 }, () => settle(queue.run(() => g.promise)));
  assert.deepEqual({ running: queue.running, queued: queue.queued }, { running: 4, queued: 2 });
  g.open();
  assert.equal((await Promise.all(results)).filter((r) => r.ok).length, 6);
});

test('waiting tasks start in arrival order, a newcomer never overtakes them, and a failing task frees its slot', async () => {
  const { queue } = queueOf({ maxConcurrent: 1, maxWaitMs: 1000 });
  const order: number[] = [];
  const first = queue.run(async () => {
    await tick();
    order.push(0);
    throw new Error('boom');
  });
  const rest = [1, 2, 3].map((i) => queue.run(async () => void order.push(i)));
  await assert.rejects(first, /boom/);
  // The slot went to task 1, not to a task arriving now.
  const late = queue.run(async () => void order.push(4));
  await Promise.all([...rest, late]);
  assert.deepEqual(order, [0, 1, 2, 3, 4]);
  assert.equal(queue.running, 0);
});

test('a refusal does not take a place: once the queue drains, tasks are admitted again', async () => {
  const { queue } = queueOf({ maxConcurrent: 1, maxWaitMs: 0 });
  const g = gate();
  const held = queue.run(() => g.promise);
  await assert.rejects(
    queue.run(async () => 1),
    { code: 'server_busy' },
  );
  assert.equal(queue.queued, 0);
  g.open();
  await held;
  assert.equal(queue.estimatedWaitMs, 0);
  assert.equal(await queue.run(async () => 1), 1);
});

test('bad bounds are configuration errors', () => {
  const ok: WorkQueueOptions = { maxConcurrent: 1, maxWaitMs: 1000, initialTaskMs: 20, parallelism: 1 };
  for (const bad of [
    { maxConcurrent: 0 },
    { maxConcurrent: 1.5 },
    { maxConcurrent: Number.NaN },
    { maxWaitMs: -1 },
    { maxWaitMs: Number.NaN },
    { initialTaskMs: 0 },
    { initialTaskMs: Number.POSITIVE_INFINITY },
    { parallelism: 0 },
  ]) {
    assert.throws(() => new BoundedWorkQueue({ ...ok, ...bad }), ConfigError, JSON.stringify(bad));
  }
  assert.doesNotThrow(() => new BoundedWorkQueue(ok));
});

test('a place taken counts as work ahead from the moment it is taken: 12 places hold the bound, the 13th is refused before any task is given', async () => {
  const { queue } = queueOf({});
  // Same arithmetic as the first test, with places instead of tasks: 2 would run at once, 10 wait.
  const places = Array.from({ length: 12 }, () => queue.reserve());
  assert.equal(queue.reserved, 12);
  assert.equal(queue.estimatedWaitMs, 110);
  assert.throws(
    () => queue.reserve(),
    (err: unknown) => err instanceof TesseraError && err.code === 'server_busy',
  );
  await assert.rejects(
    queue.run(async () => 1),
    (err: unknown) => err instanceof TesseraError && err.code === 'server_busy',
    'a plain run sees the places too',
  );
  // Given back, a place frees the bound at once; a second cancel does nothing.
  places[11]!.cancel();
  places[11]!.cancel();
  assert.equal(queue.reserved, 11);
  const late = queue.reserve();
  assert.equal(queue.reserved, 12);
  // Tasks run in their places without a second check, in the order they are given.
  const gates = Array.from({ length: 12 }, gate);
  const order: number[] = [];
  const settled = [...places.slice(0, 11), late].map((p, i) =>
    settle(
      p.run(async () => {
        order.push(i);
        await gates[i]!.promise;
        return i;
      }),
    ),
  );
  assert.deepEqual({ running: queue.running, queued: queue.queued, reserved: queue.reserved }, { running: 2, queued: 10, reserved: 0 });
  for (const g of gates) g.open();
  const results = await Promise.all(settled);
  assert.ok(
    results.every((r) => r.ok),
    'every place admitted runs its task',
  );
  assert.deepEqual(
    order,
    Array.from({ length: 12 }, (_, i) => i),
  );
  assert.deepEqual({ running: queue.running, queued: queue.queued, reserved: queue.reserved }, { running: 0, queued: 0, reserved: 0 });
});

test('a place runs one task: a second run, or a run after cancel, is a misuse', async () => {
  const { queue } = queueOf({});
  const used = queue.reserve();
  assert.equal(await used.run(async () => 'once'), 'once');
  await assert.rejects(
    used.run(async () => 'twice'),
    ConfigError,
  );
  used.cancel();
  assert.equal(queue.reserved, 0, 'cancel after run gives nothing back twice');
  const dropped = queue.reserve();
  dropped.cancel();
  await assert.rejects(
    dropped.run(async () => 'late'),
    ConfigError,
  );
  assert.deepEqual({ running: queue.running, queued: queue.queued, reserved: queue.reserved }, { running: 0, queued: 0, reserved: 0 });
});
