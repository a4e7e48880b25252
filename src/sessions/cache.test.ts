import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SessionCache } from './cache.ts';
import type { SessionRecord } from './ports.ts';

function record(id: string, accountId: string): SessionRecord {
  const t = new Date('2026-01-01T00:00:00Z');
  return {
    id,
    accountId,
    deviceId: null,
    secretHash: 'h',
    ip: null,
    createdAt: t,
    lastSeenAt: t,
    authAt: t,
    idleExpiresAt: new Date('2026-02-01T00:00:00Z'),
    absoluteExpiresAt: new Date('2026-07-01T00:00:00Z'),
    revokedAt: null,
  };
}

function cache(options: { ttlMs?: number; maxEntries?: number } = {}) {
  let now = 0;
  const c = new SessionCache<string>({ ttlMs: options.ttlMs ?? 1000, maxEntries: options.maxEntries ?? 10, now: () => now });
  return {
    c,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('session cache', () => {
  test('keeps a session and its account until the TTL, counting hits and misses', () => {
    const { c, advance } = cache({ ttlMs: 1000 });
    assert.equal(c.session('s1'), undefined);
    c.storeSession(record('s1', 'a1'), c.ticket());
    c.storeAccount('s1', 'account a1', c.ticket());
    assert.equal(c.session('s1')?.accountId, 'a1');
    assert.equal(c.account('s1'), 'account a1');
    advance(999);
    assert.ok(c.session('s1'));
    advance(1);
    assert.equal(c.session('s1'), undefined);
    assert.equal(c.account('s1'), undefined);
    assert.deepEqual(c.snapshot(), { hits: 2, misses: 2, size: 0, live: true });
  });

  test('holds at most maxEntries, dropping the least recently stored', () => {
    const { c } = cache({ maxEntries: 3 });
    for (const id of ['s1', 's2', 's3', 's4']) c.storeSession(record(id, `a-${id}`), c.ticket());
    assert.equal(c.session('s1'), undefined);
    assert.ok(c.session('s2') && c.session('s3') && c.session('s4'));
    assert.equal(c.snapshot().size, 3);
  });

  test('a write drops every cached session of the account it names, and no other', async () => {
    const { c } = cache();
    c.storeSession(record('s1', 'a1'), c.ticket());
    c.storeSession(record('s2', 'a1'), c.ticket());
    c.storeSession(record('s3', 'a2'), c.ticket());
    await c.write(['a1'], async () => {});
    assert.equal(c.session('s1'), undefined);
    assert.equal(c.session('s2'), undefined);
    assert.ok(c.session('s3'));
    await c.write('all', async () => {});
    assert.equal(c.session('s3'), undefined);
  });

  test('a read that raced a write is not kept: it may hold the state from before the write', async () => {
    const { c } = cache();
    // The read starts before the write…
    const before = c.ticket();
    await c.write(['a1'], async () => {
      // …and a read that starts while the write runs is not kept either.
      const during = c.ticket();
      c.storeSession(record('s1', 'a1'), during);
      assert.equal(c.session('s1'), undefined);
    });
    c.storeSession(record('s1', 'a1'), before);
    assert.equal(c.session('s1'), undefined);
    // A read that starts after the write is kept.
    c.storeSession(record('s1', 'a1'), c.ticket());
    assert.ok(c.session('s1'));
  });

  test('a write that fails still drops the account and lets reads be kept again', async () => {
    const { c } = cache();
    c.storeSession(record('s1', 'a1'), c.ticket());
    await assert.rejects(
      c.write(['a1'], async () => {
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.equal(c.session('s1'), undefined);
    c.storeSession(record('s1', 'a1'), c.ticket());
    assert.ok(c.session('s1'));
  });

  test('a change reported by the database drops the account and spoils reads in flight', () => {
    const { c } = cache();
    c.storeSession(record('s1', 'a1'), c.ticket());
    const inFlight = c.ticket();
    c.onRemoteChange('a1');
    assert.equal(c.session('s1'), undefined);
    c.storeSession(record('s1', 'a1'), inFlight);
    assert.equal(c.session('s1'), undefined);
  });

  test('off while notifications cannot be heard: emptied, keeps nothing, answers nothing', () => {
    const { c } = cache();
    c.storeSession(record('s1', 'a1'), c.ticket());
    c.setLive(false);
    assert.equal(c.enabled, false);
    assert.equal(c.session('s1'), undefined);
    c.storeSession(record('s1', 'a1'), c.ticket());
    c.setLive(true);
    assert.equal(c.session('s1'), undefined);
    c.storeSession(record('s1', 'a1'), c.ticket());
    assert.ok(c.session('s1'));
  });

  test('a TTL of 0 turns it off for good', () => {
    const c = new SessionCache<string>({ ttlMs: 0, maxEntries: 10 });
    c.setLive(true);
    c.storeSession(record('s1', 'a1'), c.ticket());
    assert.equal(c.enabled, false);
    assert.equal(c.session('s1'), undefined);
  });

  test('a touch updates the cached last-seen time and idle expiry', () => {
    const { c } = cache();
    c.storeSession(record('s1', 'a1'), c.ticket());
    const seen = new Date('2026-01-02T00:00:00Z');
    const idle = new Date('2026-02-02T00:00:00Z');
    c.touched('s1', seen, idle);
    assert.deepEqual([c.session('s1')?.lastSeenAt, c.session('s1')?.idleExpiresAt], [seen, idle]);
  });
});
