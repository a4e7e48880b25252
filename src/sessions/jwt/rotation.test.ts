import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addSeconds } from '../../core/clock.ts';
import type { StoredSigningKey } from './ports.ts';
import { isPublished, planRotation, signerAt, type RotationTimes } from './rotation.ts';

const T: RotationTimes = { accessTokenTtlSeconds: 600, publishLeadSeconds: 3600, keyLifetimeSeconds: 86400, clockLeewaySeconds: 60 };
const t0 = new Date('2026-03-01T00:00:00Z');
const at = (s: number) => addSeconds(t0, s);
const key = (kid: string, activates: number, retires: number | null = null): StoredSigningKey => ({
  kid,
  alg: 'EdDSA',
  publicJwk: '{}',
  privateEnc: 'x',
  createdAt: at(activates - 3600),
  activatesAt: at(activates),
  retiresAt: retires === null ? null : at(retires),
});

test('first start: a key that signs at once', () => {
  assert.deepEqual(planRotation([], t0, T), { newKeyActivatesAt: t0, retire: [], remove: [] });
});

test('nothing to do while the head is young', () => {
  assert.equal(planRotation([key('a', 0)], at(86400 - 3601), T), null);
});

test('the successor is made one lead before the lifetime ends and starts exactly at its end', () => {
  const plan = planRotation([key('a', 0)], at(86400 - 3600), T);
  assert.deepEqual(plan, { newKeyActivatesAt: at(86400), retire: [{ kid: 'a', retiresAt: at(86400) }], remove: [] });
});

test('after a gap with no node running, the old key signs on until the new one has been published a full lead', () => {
  const plan = planRotation([key('a', 0)], at(90 * 86400), T);
  assert.deepEqual(plan?.newKeyActivatesAt, at(90 * 86400 + 3600));
});

test('a pending successor means no second one', () => {
  const keys = [key('a', 0, 86400), key('b', 86400)];
  assert.equal(planRotation(keys, at(86400 - 100), T), null);
  assert.equal(signerAt(keys, at(86400 - 1))?.kid, 'a');
  assert.equal(signerAt(keys, at(86400))?.kid, 'b');
});

test('a retired key stays published for the token lifetime plus leeway, then is removed', () => {
  const keys = [key('a', 0, 86400), key('b', 86400)];
  const end = 86400 + 600 + 60;
  assert.equal(isPublished(keys[0]!, at(end - 1), T), true);
  assert.equal(isPublished(keys[0]!, at(end), T), false);
  assert.deepEqual(planRotation(keys, at(end), T)?.remove, ['a']);
});
