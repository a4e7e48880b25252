import assert from 'node:assert/strict';
import { test } from 'node:test';
import { computeEntitlements, ENTITLEMENTS } from './index.ts';

const NOW = new Date('2026-06-01T00:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

test('a frozen account gets nothing, whatever its trust level and age', () => {
  const verdicts = computeEntitlements({ status: 'frozen', trustLevel: 2, createdAt: daysAgo(1000) }, NOW);
  for (const name of ENTITLEMENTS) assert.deepEqual(verdicts[name], { allowed: false, reason: 'frozen' });
});

test('money needs a real name: trust level 0 may post but not pay', () => {
  const v = computeEntitlements({ status: 'active', trustLevel: 0, createdAt: daysAgo(400) }, NOW);
  assert.deepEqual(v['moments.post'], { allowed: true });
  assert.deepEqual(v['pay.receive'], { allowed: false, reason: 'trust_level_too_low', requiredTrustLevel: 1 });
  assert.deepEqual(v['pay.send'], { allowed: false, reason: 'trust_level_too_low', requiredTrustLevel: 1 });
  assert.deepEqual(v['redpacket.send'], { allowed: false, reason: 'trust_level_too_low', requiredTrustLevel: 2 });
});

test('a new account waits, and says until when', () => {
  const v = computeEntitlements({ status: 'active', trustLevel: 2, createdAt: daysAgo(3) }, NOW);
  assert.deepEqual(v['pay.receive'], { allowed: true });
  assert.deepEqual(v['pay.send'], { allowed: false, reason: 'account_too_new', availableAt: daysAgo(3 - 7).toISOString() });
  assert.equal(v['redpacket.send'].allowed, false);
  const later = computeEntitlements({ status: 'active', trustLevel: 2, createdAt: daysAgo(30) }, NOW);
  for (const name of ENTITLEMENTS) assert.deepEqual(later[name], { allowed: true }, name);
});

test('rules are an input', () => {
  const strict = {
    'pay.send': { minTrustLevel: 2, minAgeDays: 0 },
    'pay.receive': { minTrustLevel: 0, minAgeDays: 0 },
    'redpacket.send': { minTrustLevel: 0, minAgeDays: 0 },
    'moments.post': { minTrustLevel: 0, minAgeDays: 0 },
  };
  const v = computeEntitlements({ status: 'active', trustLevel: 1, createdAt: NOW }, NOW, strict);
  assert.equal(v['pay.send'].allowed, false);
  assert.equal(v['moments.post'].allowed, true);
});
