import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { STORES, STRONG_PASSWORD, startTestApp, type TestApp } from '../helpers/app.ts';
import { codeOf, from, seedAccounts, tally, type Res, type SeededAccount } from '../helpers/abuse.ts';

/*
 * Credential stuffing: one password (from a leak elsewhere) tried on each of 1,000 accounts from
 * one client IP. No per-account counter sees it; the per-IP failure cap (100 an hour across
 * accounts) does. The accounts are inserted straight into the database with one hash made by the
 * server's own hasher: creating 1,000 through HTTP would be 1,000 argon2 hashes.
 */

const LEAKED = 'Summer2024!leaked';
const ATTACKER = '203.0.113.66';
/** Requests in flight at once: each is counted on the IP's hour before it is evaluated, so the cap holds exactly. */
const AT_ONCE = 16;

for (const store of STORES)
  describe(`credential stuffing from one IP across 1,000 accounts (${store})`, () => {
    let app: TestApp;
    let accounts: SeededAccount[];
    let reused: SeededAccount;
    before(async () => {
      app = await startTestApp(store);
      accounts = await seedAccounts(app, 1000, STRONG_PASSWORD, (i) => `+86137${String(10_000_000 + i)}`);
      // One victim reused the leaked password here.
      reused = (await seedAccounts(app, 1, LEAKED, () => '+8613799999999'))[0]!;
      accounts.splice(5, 0, reused);
    });
    after(async () => app?.close());

    test('1,000 logins, 16 in flight: never a session, exactly 100 failures evaluated, then rate_limited', async () => {
      const answers: Res[] = [];
      const started = Date.now();
      for (let i = 0; i < accounts.length; i += AT_ONCE) {
        const batch = accounts.slice(i, i + AT_ONCE);
        answers.push(...(await Promise.all(batch.map((u) => from(app, ATTACKER, 'POST', '/v1/sessions', { identifier: u.phone, password: LEAKED })))));
      }
      const counts = tally(answers);
      console.log(`${answers.length} logins from one IP in ${Date.now() - started} ms: ${JSON.stringify(counts)}`);
      // The reused password opened no session: a new device gets only a challenge it cannot answer.
      const hit = answers[5]!;
      assert.equal(codeOf(hit), 'verification_required', hit.body);
      assert.equal(hit.json().session, undefined);
      const rest = answers.filter((_, i) => i !== 5);
      for (const r of rest) assert.ok(['invalid_credentials', 'rate_limited'].includes(codeOf(r) ?? ''), r.body);
      assert.ok(
        answers.every((r) => r.statusCode !== 201 && r.json().session === undefined),
        'never a session',
      );
      // Exactly 100 failures evaluated, however many were in flight when the cap filled.
      assert.equal(counts.invalid_credentials, 100, JSON.stringify(counts));
      for (const r of rest.filter((x) => codeOf(x) === 'rate_limited')) {
        assert.equal(r.json().error.details.scope, 'login');
        const retry = Number(r.headers['retry-after']);
        assert.ok(retry >= 1 && retry <= 3600, `Retry-After ${retry}`);
      }
      const sessions = await app.tessera.database.db.selectFrom('sessions').select('id').execute();
      assert.equal(sessions.length, 0, 'no session row anywhere');
    });

    test('the cap is the attacker IP’s: others log in, and so does a known device behind the same IP', async () => {
      const elsewhere = await from(app, '198.51.100.7', 'POST', '/v1/sessions', { identifier: accounts[900]!.phone, password: 'wrong-password-9' });
      assert.equal(codeOf(elsewhere), 'invalid_credentials');
      const neighbour = accounts[901]!;
      // A neighbour behind the same carrier NAT, on their own phone.
      const known = await from(app, ATTACKER, 'POST', '/v1/sessions', {
        identifier: neighbour.phone,
        password: STRONG_PASSWORD,
        deviceToken: neighbour.deviceToken,
      });
      assert.equal(known.statusCode, 201, known.body);
      // A new device behind that IP waits out the hour even with the right password.
      const fresh = await from(app, ATTACKER, 'POST', '/v1/sessions', { identifier: accounts[902]!.phone, password: STRONG_PASSWORD });
      assert.equal(codeOf(fresh), 'rate_limited');
      // …but can still sign in by SMS.
      const code = await from(app, ATTACKER, 'POST', '/v1/login-codes', { phone: accounts[902]!.phone });
      assert.equal(code.statusCode, 201, code.body);
      const session = await from(app, ATTACKER, 'POST', `/v1/login-codes/${code.json().id}/verify`, { code: await app.lastCode(accounts[902]!.phone) });
      assert.equal(session.statusCode, 201, session.body);
    });
  });
