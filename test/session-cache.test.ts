import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { sql } from 'kysely';
import type { ManualClock } from '../src/core/clock.ts';
import { generateSecret } from '../src/core/secrets.ts';
import { STRONG_PASSWORD, postgresUnavailable, startTestApp, type TestApp } from './helpers/app.ts';
import { forEachStore } from './helpers/stores.ts';
import { bearer, register, uniqueHandle } from './helpers/lifecycle.ts';
import { createScratchDatabase } from './helpers/services.ts';

// Validated sessions are kept in memory (sessions/cache.ts). These tests check that the cache is
// used, and that nothing it keeps outlives a change: on the node that made it, on another node,
// or straight in the database; and that it stands aside while it cannot hear about changes.
const PG_SKIP = await postgresUnavailable();

const me = (app: TestApp, token: string) => app.request('GET', '/v1/me', undefined, bearer(token));
const stats = (app: TestApp) => app.tessera.sessionCache.snapshot();

/** Polls until `check` holds; returns how long it took, or fails after `limitMs`. */
async function within(limitMs: number, what: string, check: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await check()) return performance.now() - started;
    if (performance.now() - started > limitMs) assert.fail(`${what}: not within ${limitMs} ms`);
    await sleep(5);
  }
}

forEachStore((store, suite) => {
  describe(`session cache (${store})`, () => {
    const { app, it } = suite.app();

    it('a session checked again is answered from memory; logging out ends it at once', async () => {
      const u = await register(app);
      assert.equal(stats(app).live, true);
      assert.equal((await me(app, u.token)).statusCode, 200);
      const hits = stats(app).hits;
      for (let i = 0; i < 5; i++) assert.equal((await me(app, u.token)).statusCode, 200);
      assert.ok(stats(app).hits >= hits + 5, JSON.stringify(stats(app)));
      assert.equal((await app.request('DELETE', '/v1/session', undefined, bearer(u.token))).statusCode, 204);
      assert.equal((await me(app, u.token)).statusCode, 401);
    });

    it('a handle change and a password change with "sign out elsewhere" show at once', async () => {
      const u = await register(app, { handle: null });
      const other = await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceToken: u.deviceToken });
      const otherToken = other.json().session.token as string;
      for (const token of [u.token, otherToken, u.token]) assert.equal((await me(app, token)).statusCode, 200);
      const handle = uniqueHandle('c');
      const changed = await app.request('PUT', '/v1/me/handle', { handle, password: STRONG_PASSWORD }, bearer(u.token));
      assert.equal(changed.statusCode, 200, changed.body);
      assert.equal((await me(app, u.token)).json().account.handle, handle);
      const password = await app.request(
        'POST',
        '/v1/me/password',
        { currentPassword: STRONG_PASSWORD, newPassword: 'quiet-meadow-Falcon-47', revokeOtherSessions: true },
        bearer(u.token),
      );
      assert.equal(password.statusCode, 200, password.body);
      assert.equal((await me(app, otherToken)).statusCode, 401);
      assert.equal((await me(app, u.token)).statusCode, 200);
    });

    it("a change made straight in the database (an operator's SQL) ends a cached session", async () => {
      const u = await register(app);
      for (let i = 0; i < 2; i++) assert.equal((await me(app, u.token)).statusCode, 200);
      await sql`update sessions set revoked_at = now() where account_id = ${u.accountId}`.execute(app.tessera.database.db);
      const ms = await within(2000, 'the revoked session refused', async () => (await me(app, u.token)).statusCode === 401);
      console.log(`# ${store}: revoked by SQL, refused after ${ms.toFixed(1)} ms`);
    });
  });
});

describe('session cache: two nodes on one Postgres', { skip: PG_SKIP ?? false }, () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let a: TestApp;
  let b: TestApp;
  before(async () => {
    scratch = await createScratchDatabase();
    const secret = generateSecret();
    a = await startTestApp('postgres', { databaseUrl: scratch.url, secret });
    b = await startTestApp('postgres', { databaseUrl: scratch.url, secret });
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await scratch?.drop();
  });
  const lastSeen = async (accountId: string) =>
    (
      await a.tessera.database.db.selectFrom('sessions').select('last_seen_at').where('account_id', '=', accountId).executeTakeFirstOrThrow()
    ).last_seen_at.getTime();

  test('a logout on one node ends the session on the other, which had it in memory', async () => {
    const u = await register(a);
    for (let i = 0; i < 3; i++) assert.equal((await me(b, u.token)).statusCode, 200);
    const hits = stats(b).hits;
    assert.equal((await me(b, u.token)).statusCode, 200);
    assert.equal(stats(b).hits, hits + 1, 'node B answers from memory');
    assert.equal((await a.request('DELETE', '/v1/session', undefined, bearer(u.token))).statusCode, 204);
    const ms = await within(2000, 'node B refuses the ended session', async () => (await me(b, u.token)).statusCode === 401);
    console.log(`# logout on node A, refused by node B after ${ms.toFixed(1)} ms`);
  });

  test('a freeze on one node ends every session on the other', async () => {
    const u = await register(a);
    const second = (await b.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceToken: u.deviceToken })).json().session
      .token as string;
    for (const token of [u.token, second, u.token, second]) assert.equal((await me(b, token)).statusCode, 200);
    assert.equal((await a.request('POST', '/v1/me/freeze', {}, bearer(u.token))).statusCode, 200);
    await within(2000, 'node B refuses both sessions', async () => (await me(b, u.token)).statusCode === 401 && (await me(b, second)).statusCode === 401);
  });

  test('the once-a-minute touch drops nothing elsewhere; an idle expiry brought forward by SQL does', async () => {
    const u = await register(a);
    for (let i = 0; i < 2; i++) assert.equal((await me(b, u.token)).statusCode, 200);
    // Node A sees the session a minute later: it touches the row (last seen, idle expiry moved out).
    (a.clock as ManualClock).advance(61);
    const touchedBefore = await lastSeen(u.accountId);
    assert.equal((await me(a, u.token)).statusCode, 200);
    assert.ok((await lastSeen(u.accountId)) > touchedBefore, 'node A touched the session');
    await sleep(100); // time for a notification, were there one
    const hits = stats(b).hits;
    assert.equal((await me(b, u.token)).statusCode, 200);
    assert.equal(stats(b).hits, hits + 1, 'node B still answers from memory');
    await sql`update sessions set idle_expires_at = timestamptz '2000-01-01' where account_id = ${u.accountId}`.execute(a.tessera.database.db);
    await within(2000, 'node B refuses the session whose idle expiry passed', async () => (await me(b, u.token)).statusCode === 401);
  });

  test('when the notification connection breaks the cache stands aside, then comes back', async () => {
    const u = await register(a);
    assert.equal((await me(b, u.token)).statusCode, 200);
    const admin = new pg.Client({ connectionString: scratch.url });
    await admin.connect();
    try {
      // Every node's LISTEN connection is cut.
      const cut = await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen %'`);
      assert.equal(cut.rowCount, 2, 'one notification connection per node');
      await within(2000, 'node B notices', async () => b.logs.some((l) => l.includes('session cache off')));
      await within(5000, 'node B listens again', async () => stats(b).live);
      const lastOn = b.logs.map((l) => l.includes('session cache on')).lastIndexOf(true);
      assert.ok(b.logs.findIndex((l) => l.includes('session cache off')) < lastOn, 'on again after off');
      // Back on, and still correct: cached again, and a change made elsewhere still reaches it.
      for (let i = 0; i < 2; i++) assert.equal((await me(b, u.token)).statusCode, 200);
      const hits = stats(b).hits;
      assert.equal((await me(b, u.token)).statusCode, 200);
      assert.equal(stats(b).hits, hits + 1);
      await admin.query('update sessions set revoked_at = now() where account_id = $1', [u.accountId]);
      await within(2000, 'node B refuses the session revoked by SQL', async () => (await me(b, u.token)).statusCode === 401);
    } finally {
      await admin.end();
    }
  });
});
