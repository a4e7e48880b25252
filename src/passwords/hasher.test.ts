import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOptions } from '@node-rs/argon2';
import { TesseraError } from '../core/errors.ts';
import { PasswordHasher } from './hasher.ts';

const hasher = new PasswordHasher();

test('hashes are argon2id PHC strings with m=19456, t=2, p=1 and a fresh salt', async () => {
  const first = await hasher.hash('correct horse battery staple');
  const second = await hasher.hash('correct horse battery staple');
  assert.match(first, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
  const used = parseOptions(first);
  assert.equal(used.memoryCost, 19456);
  assert.equal(used.timeCost, 2);
  assert.equal(used.parallelism, 1);
  assert.notEqual(first, second);
  assert.ok(!first.includes('correct'));
});

test('verify: the right password is true, a wrong one false', async () => {
  const hash = await hasher.hash('mongoose-kettle-42');
  assert.equal(await hasher.verify(hash, 'mongoose-kettle-42'), true);
  assert.equal(await hasher.verify(hash, 'mongoose-kettle-43'), false);
  assert.equal(await hasher.verify(hash, 'Mongoose-kettle-42'), false);
  assert.equal(await hasher.verify(hash, ''), false);
});

test('verify: a malformed hash is false, not an error', async () => {
  const hash = await hasher.hash('mongoose-kettle-42');
  for (const bad of [
    '',
    'not a hash',
    hash.slice(0, -5),
    hash.replace('m=19456', 'm=1'),
    '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy',
    undefined as unknown as string,
  ]) {
    assert.equal(await hasher.verify(bad, 'mongoose-kettle-42'), false, String(bad));
  }
});

test('passwords are compared in NFKC form', async () => {
  const hash = await hasher.hash('ｍｏｎｇｏｏｓｅ-kettle-42');
  assert.equal(await hasher.verify(hash, 'mongoose-kettle-42'), true);
});

test('dummyVerify is false and costs about what a real verify costs', async () => {
  const hash = await hasher.hash('mongoose-kettle-42');
  assert.equal(await hasher.dummyVerify('mongoose-kettle-42'), false);
  // The process's CPU time (argon2 runs on its thread pool), not wall time: other work on a shared
  // machine stretches wall time but barely moves this. Alternated, so a slow spell hits both alike.
  const cpuMs = async (work: () => Promise<unknown>): Promise<number> => {
    const before = process.cpuUsage();
    await work();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  let real = 0;
  let dummy = 0;
  for (let i = 0; i < 5; i++) {
    real += await cpuMs(() => hasher.verify(hash, 'wrong password'));
    dummy += await cpuMs(() => hasher.dummyVerify('wrong password'));
  }
  // Loose on purpose; an instant dummy would be far below half.
  assert.ok(dummy > real * 0.5 && dummy < real * 2, `CPU: real ${real} ms, dummy ${dummy} ms`);
});

test('needsRehash: false for current parameters, true for others or garbage', async () => {
  const cheap = new PasswordHasher({ memoryCostKiB: 1024, timeCost: 1 });
  assert.equal(hasher.needsRehash(await hasher.hash('mongoose-kettle-42')), false);
  assert.equal(hasher.needsRehash(await cheap.hash('mongoose-kettle-42')), true);
  assert.equal(hasher.needsRehash('garbage'), true);
});

test('one at a time, 100 ms a hash assumed, 250 ms of wait allowed: of ten at once 3 succeed, 7 are server_busy', async () => {
  const small = new PasswordHasher({ maxConcurrent: 1, maxWaitMs: 250, initialHashMs: 100, memoryCostKiB: 1024, timeCost: 1 });
  const pending = Array.from({ length: 10 }, (_, i) => small.hash(`password number ${i}`));
  // The third waiting hash would have waited 300 ms.
  assert.deepEqual({ running: small.stats.running, queued: small.stats.queued }, { running: 1, queued: 2 });
  const results = await Promise.allSettled(pending);
  const fulfilled = results.filter((r) => r.status === 'fulfilled');
  const rejected = results.filter((r) => r.status === 'rejected');
  assert.equal(fulfilled.length, 3);
  // The first three callers got the slots; the refusals did not wait for them.
  assert.deepEqual(
    results.slice(0, 3).map((r) => r.status),
    ['fulfilled', 'fulfilled', 'fulfilled'],
  );
  assert.equal(rejected.length, 7);
  for (const r of rejected) {
    assert.ok(r.reason instanceof TesseraError);
    assert.equal(r.reason.code, 'server_busy');
    assert.deepEqual(r.reason.details, { retryAfterSeconds: 1 });
  }
  assert.deepEqual({ running: small.stats.running, queued: small.stats.queued }, { running: 0, queued: 0 });
  // Three cheap hashes measured: the estimate moved from 100 ms towards what they took.
  assert.ok(small.stats.hashMs < 100, `${small.stats.hashMs}`);
});

test('verify and dummyVerify share the bound: past it they are server_busy too', async () => {
  const small = new PasswordHasher({ maxConcurrent: 1, maxWaitMs: 0, memoryCostKiB: 1024, timeCost: 1 });
  const hash = await small.hash('mongoose-kettle-42');
  const held = small.verify(hash, 'mongoose-kettle-42');
  await assert.rejects(small.verify(hash, 'mongoose-kettle-42'), { code: 'server_busy' });
  await assert.rejects(small.dummyVerify('mongoose-kettle-42'), { code: 'server_busy' });
  assert.equal(await held, true);
});
