import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idleExpiry, newSessionExpiries, sessionLive } from './lifetime.ts';

const DAY_MS = 86_400_000;
const now = new Date('2026-03-01T12:00:00Z');
const at = (days: number) => new Date(now.getTime() + days * DAY_MS);

test('a new session: absolute after absoluteDays, idle after idleDays', () => {
  assert.deepEqual(newSessionExpiries({ idleDays: 30, absoluteDays: 180 }, now), { idleExpiresAt: at(30), absoluteExpiresAt: at(180) });
});

test('the idle expiry never passes the absolute one, at opening or on use', () => {
  assert.deepEqual(newSessionExpiries({ idleDays: 30, absoluteDays: 7 }, now), { idleExpiresAt: at(7), absoluteExpiresAt: at(7) });
  assert.deepEqual(idleExpiry(30, now, at(180)), at(30));
  assert.deepEqual(idleExpiry(30, now, at(10)), at(10));
});

test('live until revoked or either expiry is reached', () => {
  const session = { revokedAt: null, idleExpiresAt: at(30), absoluteExpiresAt: at(180) };
  assert.equal(sessionLive(session, now), true);
  assert.equal(sessionLive(session, at(30)), false, 'idle expiry reached');
  assert.equal(sessionLive({ ...session, idleExpiresAt: at(200) }, at(180)), false, 'absolute expiry reached');
  assert.equal(sessionLive({ ...session, revokedAt: now }, now), false, 'revoked');
});
