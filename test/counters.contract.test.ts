import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { Redis } from 'ioredis';
import { ConfigError } from '../src/core/errors.ts';
import { createMemoryCounters, createRedisCounters, sweepExpired, type Counters } from '../src/policy/counters/index.ts';
import { openScratchPostgres, openScratchRedis } from '../src/policy/counters/test-fixtures.ts';

/*
 * One contract, three backends. Every backend gets the same tests; time-based ones use short real
 * windows because Postgres and Redis keep their own clocks. Backends run side by side, the tests
 * within one backend one after another, so the real-time tests of different backends overlap.
 */

interface Backend {
  name: string;
  counters: Counters;
  close(): Promise<void>;
}

const ci = process.env.CI === 'true';

/** The opened store, or why it could not be reached. */
async function open<T>(name: string, opener: () => Promise<T>): Promise<T | string> {
  try {
    return await opener();
  } catch (error) {
    return `${name} unreachable: ${error instanceof Error ? error.message : String(error)}`;
  }
}

const pg = await open('postgres', () => openScratchPostgres());
const redis = await open('redis', () => openScratchRedis());
const inMemory = createMemoryCounters();
const backends: (Backend | string)[] = [
  { name: 'memory', counters: inMemory, close: () => inMemory.close() },
  typeof pg === 'string' ? pg : { name: 'postgres', ...pg },
  typeof redis === 'string' ? redis : { name: 'redis', ...redis },
];

after(async () => {
  for (const backend of backends) if (typeof backend !== 'string') await backend.close();
});

const key = (label: string) => `${label}:${randomUUID()}`;
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const range = (from: number, to: number, step = 1) => Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

function contract(backend: Backend): void {
  const c = backend.counters;

  test('hit adds the cost and reports the window from the first hit', async () => {
    const k = key('hit');
    assert.deepEqual(await c.hit(k, 60), { count: 1, resetInSeconds: 60 });
    const second = await c.hit(k, 60);
    assert.equal(second.count, 2);
    assert.ok(second.resetInSeconds >= 59 && second.resetInSeconds <= 60, `reset ${second.resetInSeconds}`);
    assert.equal((await c.hit(k, 60, 5)).count, 7);
  });

  test('a later hit does not extend or change the window', async () => {
    const k = key('fixed');
    await c.hit(k, 30);
    const later = await c.hit(k, 3600);
    assert.equal(later.count, 2);
    assert.ok(later.resetInSeconds <= 30, `reset ${later.resetInSeconds}`);
    assert.ok((await c.ttl(k)) <= 30);
  });

  test('keys are independent, whatever characters they hold', async () => {
    const base = key('k');
    const keys = [base, `${base}%`, `${base}_`, `${base}:1`, `${base} +86 138 0013 8000`, `${base}'"\\`];
    for (const [i, k] of keys.entries()) await c.hit(k, 60, i + 1);
    for (const [i, k] of keys.entries()) assert.equal((await c.peek(k))?.count, i + 1, k);
  });

  test('peek reads without changing; absent keys are null', async () => {
    const k = key('peek');
    assert.equal(await c.peek(k), null);
    await c.hit(k, 120, 3);
    const seen = await c.peek(k);
    assert.equal(seen?.count, 3);
    assert.ok(seen.resetInSeconds >= 119 && seen.resetInSeconds <= 120);
    assert.equal((await c.peek(k))?.count, 3);
    assert.equal((await c.hit(k, 120)).count, 4);
  });

  test('release takes one hit back, never below zero, and keeps the window', async () => {
    const k = key('release');
    await c.release(k);
    assert.equal(await c.peek(k), null, 'an absent key stays absent');
    await c.hit(k, 60, 2);
    await c.release(k);
    const after1 = await c.peek(k);
    assert.equal(after1?.count, 1);
    assert.ok(after1!.resetInSeconds <= 60 && after1!.resetInSeconds >= 59);
    await c.release(k);
    await c.release(k);
    assert.equal((await c.peek(k))?.count, 0);
    assert.equal((await c.hit(k, 3600)).count, 1, 'the window did not restart');
    assert.ok((await c.ttl(k)) <= 60);
  });

  test('100 concurrent hits and 40 releases leave exactly 60', async () => {
    const k = key('release-race');
    await c.hit(k, 60, 100);
    await Promise.all(Array.from({ length: 40 }, () => c.release(k)));
    assert.equal((await c.peek(k))?.count, 60);
  });

  const schedule = { freeFailures: 9, firstSeconds: 30, maxSeconds: 3600 };

  test('attempt: counted until its stop, refused uncounted past it; a wait from the 10th, doubling', async () => {
    const run = key('attempt');
    const stopped = { key: key('attempt-stop'), memorySeconds: 600, stopAt: 3, wait: null };
    for (let n = 1; n <= 3; n++) assert.deepEqual(await c.attempt(stopped), { admitted: true, count: n, waitSeconds: 0 });
    assert.deepEqual(await c.attempt(stopped), { admitted: false, kind: 'stop', retryAfterSeconds: 0 });
    assert.equal((await c.peek(stopped.key))?.count, 3, 'a refused attempt is not counted');
    const rule = { key: run, memorySeconds: 600, stopAt: 100, wait: { key: `${run}:wait`, ...schedule } };
    for (let n = 1; n <= 9; n++) assert.deepEqual(await c.attempt(rule), { admitted: true, count: n, waitSeconds: 0 });
    assert.deepEqual(await c.attempt(rule), { admitted: true, count: 10, waitSeconds: 30 });
    const refused = await c.attempt(rule);
    assert.equal(refused.admitted, false);
    assert.ok(!refused.admitted && refused.kind === 'wait' && refused.retryAfterSeconds >= 29 && refused.retryAfterSeconds <= 30, JSON.stringify(refused));
    await c.reset(`${run}:wait`);
    assert.deepEqual(await c.attempt(rule), { admitted: true, count: 11, waitSeconds: 60 });
  });

  test('175 attempts at once on a fresh run: exactly 10 admitted, the 10th holding a 30 s wait, the rest refused uncounted', async () => {
    const run = key('attempt-burst');
    const rule = { key: run, memorySeconds: 600, stopAt: 100, wait: { key: `${run}:wait`, ...schedule } };
    const outcomes = await Promise.all(Array.from({ length: 175 }, () => c.attempt(rule)));
    const admitted = outcomes.filter((o) => o.admitted);
    assert.equal(admitted.length, 10);
    assert.deepEqual(
      admitted.map((o) => o.admitted && o.waitSeconds).sort((a, b) => Number(a) - Number(b)),
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 30],
    );
    assert.ok(
      outcomes.every((o) => o.admitted || o.kind === 'wait'),
      'none told the run is stopped',
    );
    assert.equal((await c.peek(run))?.count, 10);
    const left = await c.ttl(`${run}:wait`);
    assert.ok(left >= 29 && left <= 30, `wait ${left}`);
  });

  test('120 attempts at once on a run that never waits: exactly its stop of 100 admitted', async () => {
    const run = key('attempt-stop-burst');
    const outcomes = await Promise.all(Array.from({ length: 120 }, () => c.attempt({ key: run, memorySeconds: 600, stopAt: 100, wait: null })));
    assert.equal(outcomes.filter((o) => o.admitted).length, 100);
    assert.equal((await c.peek(run))?.count, 100);
  });

  test('claim sets a marker once; ttl reports it', async () => {
    const k = key('claim');
    assert.equal(await c.ttl(k), 0);
    assert.equal(await c.claim(k, 90), true);
    assert.equal(await c.claim(k, 90), false);
    assert.equal((await c.peek(k))?.count, 1);
    const left = await c.ttl(k);
    assert.ok(left >= 89 && left <= 90, `ttl ${left}`);
    assert.equal(await c.claim(key('other'), 90), true);
  });

  test('claim refuses a key that is counting', async () => {
    const k = key('busy');
    await c.hit(k, 60);
    assert.equal(await c.claim(k, 60), false);
  });

  test('reset removes the counter, the claim and the sliding buckets', async () => {
    const k = key('reset');
    await c.hit(k, 60, 9);
    await c.slidingHit(k, 7200, 3600, 4);
    await c.reset(k);
    assert.equal(await c.peek(k), null);
    assert.equal(await c.ttl(k), 0);
    assert.equal(await c.slidingPeek(k, 7200, 3600), 0);
    assert.deepEqual(await c.hit(k, 60), { count: 1, resetInSeconds: 60 });
    await c.reset(k);
    assert.equal(await c.claim(k, 60), true);
    await c.reset(key('never-set'));
  });

  test('200 concurrent hits on one key get 1..200, each once', async () => {
    const k = key('race');
    const hits = await Promise.all(Array.from({ length: 200 }, () => c.hit(k, 60)));
    assert.deepEqual(sorted(hits.map((h) => h.count)), range(1, 200));
    assert.equal((await c.peek(k))?.count, 200);
  });

  test('concurrent hits with a cost never lose or repeat a step', async () => {
    const k = key('race-cost');
    const hits = await Promise.all(Array.from({ length: 50 }, () => c.hit(k, 60, 3)));
    assert.deepEqual(sorted(hits.map((h) => h.count)), range(3, 150, 3));
  });

  test('50 concurrent claims: exactly one wins', async () => {
    const k = key('claim-race');
    const won = await Promise.all(Array.from({ length: 50 }, () => c.claim(k, 60)));
    assert.equal(won.filter(Boolean).length, 1);
  });

  // Day-long buckets: the tests below cannot straddle a slot boundary in practice.
  const DAY = 86_400;

  test('sliding hits add up within the window', async () => {
    const k = key('slide');
    assert.equal(await c.slidingPeek(k, 7 * DAY, DAY), 0);
    assert.equal(await c.slidingHit(k, 7 * DAY, DAY), 1);
    assert.equal(await c.slidingHit(k, 7 * DAY, DAY, 4), 5);
    assert.equal(await c.slidingPeek(k, 7 * DAY, DAY), 5);
    assert.equal(await c.slidingPeek(`${k}:other`, 7 * DAY, DAY), 0);
  });

  test('sliding and fixed counters of one key do not see each other', async () => {
    const k = key('ns');
    await c.hit(k, 60, 7);
    assert.equal(await c.slidingHit(k, 7 * DAY, DAY), 1);
    assert.equal((await c.peek(k))?.count, 7);
  });

  test('concurrent sliding hits get 1..100, each once', async () => {
    const k = key('slide-race');
    const sums = await Promise.all(Array.from({ length: 100 }, () => c.slidingHit(k, 2 * DAY, DAY)));
    assert.deepEqual(sorted(sums), range(1, 100));
  });

  test('hitEach counts in order and stops at the first rule over its limit; the rules after it are not counted', async () => {
    const [a, b, z] = [key('each-a'), key('each-b'), key('each-z')];
    const rules = [
      { key: a, windowSeconds: 60, limit: 5 },
      { key: b, windowSeconds: 3600, limit: 2 },
      { key: z, windowSeconds: 60, limit: 100 },
    ];
    assert.equal(await c.hitEach(rules), null);
    assert.equal(await c.hitEach(rules), null);
    const third = await c.hitEach(rules);
    assert.equal(third?.index, 1);
    assert.equal(third?.hit.count, 3);
    assert.ok(third!.hit.resetInSeconds > 3500 && third!.hit.resetInSeconds <= 3600, `reset ${third!.hit.resetInSeconds}`);
    assert.equal((await c.peek(a))?.count, 3);
    assert.equal((await c.peek(z))?.count, 2, 'the rule after the refusal was not counted');
    await c.hit(a, 60, 2); // a at 5: the next one passes it
    const fourth = await c.hitEach(rules);
    assert.equal(fourth?.index, 0);
    assert.deepEqual([(await c.peek(a))?.count, (await c.peek(b))?.count, (await c.peek(z))?.count], [6, 3, 2]);
    assert.equal(await c.hitEach([]), null);
  });

  test('hitEach: 40 at once on a shared budget of 10 let exactly 10 through, and each own key counts once', async () => {
    const shared = key('each-shared');
    const own = Array.from({ length: 40 }, () => key('each-own'));
    const results = await Promise.all(
      own.map((k) =>
        c.hitEach([
          { key: k, windowSeconds: 60, limit: 1 },
          { key: shared, windowSeconds: 60, limit: 10 },
        ]),
      ),
    );
    assert.equal(results.filter((r) => r === null).length, 10);
    assert.deepEqual(sorted(results.filter((r) => r !== null).map((r) => r!.hit.count)), range(11, 40));
    assert.ok(results.every((r) => r === null || r.index === 1));
    assert.equal((await c.peek(shared))?.count, 40);
    for (const k of own.slice(0, 3)) assert.equal((await c.peek(k))?.count, 1);
  });

  test('misuse is refused before reaching the store', async () => {
    const k = key('misuse');
    await assert.rejects(c.hit(k, 0), ConfigError);
    await assert.rejects(c.hit(k, 1.5), ConfigError);
    await assert.rejects(c.hit(k, 60, 0), ConfigError);
    await assert.rejects(c.hit(k, 60, -2), ConfigError);
    await assert.rejects(c.hit('', 60), ConfigError);
    await assert.rejects(c.claim(k, 0), ConfigError);
    await assert.rejects(c.slidingHit(k, 60, 120), ConfigError);
    await assert.rejects(c.slidingPeek(k, 60, 0), ConfigError);
    await assert.rejects(c.hitEach([{ key: k, windowSeconds: 60, limit: -1 }]), ConfigError);
    await assert.rejects(
      c.hitEach([
        { key: k, windowSeconds: 60, limit: 1 },
        { key: k, windowSeconds: 0, limit: 1 },
      ]),
      ConfigError,
    );
    await assert.rejects(c.hitEach([{ key: '', windowSeconds: 60, limit: 1 }]), ConfigError);
    assert.equal(await c.peek(k), null);
  });

  test('real time: a window ends one window after its first hit, and claims lapse', async () => {
    const counted = key('expiry');
    const claimed = key('cooldown');
    await c.hit(counted, 1);
    assert.equal(await c.claim(claimed, 1), true);
    await sleep(500);
    assert.deepEqual(await c.hit(counted, 1), { count: 2, resetInSeconds: 1 });
    await sleep(600);
    // Had the second hit extended the window, the count would still be live here.
    assert.equal(await c.peek(counted), null);
    assert.equal(await c.ttl(counted), 0);
    assert.deepEqual(await c.hit(counted, 1, 2), { count: 2, resetInSeconds: 1 });
    assert.equal(await c.ttl(claimed), 0);
    assert.equal(await c.claim(claimed, 1), true);
  });

  test('real time: a sliding window sums recent buckets and drops old ones', async () => {
    const k = key('slide-time');
    // Start 300 ms into a second, so each step lands well inside the slot it means
    // (this assumes the store's clock is within ~300 ms of ours, as on one host).
    await sleep(1300 - (Date.now() % 1000));
    assert.equal(await c.slidingHit(k, 2, 1), 1); // slot s
    await sleep(1000);
    assert.equal(await c.slidingHit(k, 2, 1, 2), 3); // slot s+1: s is still in the window
    await sleep(1000);
    assert.equal(await c.slidingPeek(k, 2, 1), 2); // slot s+2: s has left it
    assert.equal(await c.slidingPeek(k, 1, 1), 0);
  });
}

describe('Counters contract', { concurrency: true }, () => {
  for (const backend of backends) {
    if (typeof backend === 'string') {
      // Locally a missing service skips its backend; in CI it fails the run.
      test(backend.split(' ')[0]!, (t) => {
        if (ci) assert.fail(backend);
        console.log(`skipping: ${backend}`);
        t.skip(backend);
      });
      continue;
    }
    describe(backend.name, { concurrency: 1 }, () => contract(backend));
  }
});

describe('Postgres counters only', { skip: typeof pg === 'string' }, () => {
  test('expired rows are invisible, restart on hit, and sweepExpired removes them in batches', async () => {
    if (typeof pg === 'string') return;
    const { db, counters } = pg;
    const [a, b, live] = [key('old'), key('old'), key('live')];
    await sql`insert into counters (key, count, expires_at) values
      (${a}, 9, now() - interval '1 second'), (${b}, 9, now() - interval '1 hour')`.execute(db);
    await sql`insert into counter_buckets (key, slot, count, expires_at) values
      (${a}, 1, 5, now() - interval '1 second')`.execute(db);
    await counters.hit(live, 60);
    assert.equal(await counters.peek(a), null);
    assert.equal(await counters.ttl(a), 0);
    assert.deepEqual(await counters.hit(a, 60, 2), { count: 2, resetInSeconds: 60 });
    assert.equal(await counters.claim(b, 60), true);
    await sql`update counters set expires_at = now() - interval '1 second' where key in (${a}, ${b})`.execute(db);
    // Other tests' rows may be expired too; sweep until dry and check what is left.
    assert.equal(await sweepExpired(db, 1), 2); // at most one per table
    while ((await sweepExpired(db, 100)) > 0);
    const left = await sql<{ key: string }>`select key from counters where key in (${a}, ${b}, ${live})`.execute(db);
    assert.deepEqual(
      left.rows.map((r) => r.key),
      [live],
    );
    const buckets = await sql`select 1 from counter_buckets where key = ${a}`.execute(db);
    assert.equal(buckets.rows.length, 0);
  });

  test('hitEach restarts an expired row as hit does', async () => {
    if (typeof pg === 'string') return;
    const { db, counters } = pg;
    const old = key('old-each');
    await sql`insert into counters (key, count, expires_at) values (${old}, 50, now() - interval '1 second')`.execute(db);
    assert.equal(await counters.hitEach([{ key: old, windowSeconds: 120, limit: 1 }]), null);
    assert.deepEqual(await counters.peek(old), { count: 1, resetInSeconds: 120 });
  });
});

describe('Redis counters only', { skip: typeof redis === 'string' }, () => {
  test('keys carry the tessera:c: prefix by default', async () => {
    if (typeof redis === 'string') return;
    const client = redis.redis;
    const counters = createRedisCounters(client);
    const k = key('prefix');
    await counters.hit(k, 60);
    await counters.slidingHit(k, 120, 60);
    assert.ok((await client.pttl(`tessera:c:f:${k}`)) > 0);
    assert.ok((await client.pttl(`tessera:c:s:${k}`)) > 0);
    await counters.reset(k);
    assert.equal(await client.exists(`tessera:c:f:${k}`, `tessera:c:s:${k}`), 0);
  });

  test('errors from Redis reach the caller', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const client = new Redis({
      host: '127.0.0.1',
      port,
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      retryStrategy: () => null,
    });
    client.on('error', () => {});
    const counters = createRedisCounters(client);
    try {
      await assert.rejects(counters.hit('k', 60));
      await assert.rejects(counters.claim('k', 60));
      await assert.rejects(counters.peek('k'));
      await assert.rejects(counters.slidingHit('k', 60, 60));
    } finally {
      client.disconnect();
    }
  });
});
