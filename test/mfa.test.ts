import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { before, describe } from 'node:test';
import type { ManualClock } from '../src/core/clock.ts';
import { createSecondFactors, type SecondFactors } from '../src/mfa/index.ts';
import { createAuditLog } from '../src/storage/audit-repo.ts';
import { createSecondFactorStore } from '../src/storage/mfa-repo.ts';
import { STRONG_PASSWORD, verifiedFlow, type TestApp } from './helpers/app.ts';
import { forEachStore } from './helpers/stores.ts';

/** oathtool plays the authenticator app; `--now` makes it read the test's clock. */
function appCode(secret: string, at: Date): string {
  try {
    return execFileSync('oathtool', ['--totp', '-b', secret, '--now', at.toISOString()], { encoding: 'utf8' }).trim();
  } catch (err) {
    throw new Error(`oathtool failed (apt-get install -y oathtool): ${(err as Error).message}`);
  }
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const errorCode = (res: { json(): any }) => res.json().error?.code;
const at = (clock: ManualClock, offsetSeconds: number) => new Date(clock.now().getTime() + offsetSeconds * 1000);

interface User {
  token: string;
  accountId: string;
  handle: string;
}

async function register(app: TestApp): Promise<User> {
  const { id } = await verifiedFlow(app);
  const handle = `m${Math.random().toString(36).slice(2, 12)}`;
  const res = await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, handle, acceptTerms: true });
  assert.equal(res.statusCode, 201, res.body);
  return { token: res.json().session.token, accountId: res.json().account.id, handle };
}

forEachStore((store, suite) => {
  const { skip } = suite;
  describe(`TOTP and recovery codes (${store})`, () => {
    const { app, clock, it } = suite.app();
    let factors: SecondFactors;
    const notices: { accountId: string; remaining: number }[] = [];
    before(async () => {
      if (skip) return;
      // The same service the server uses, over the same database, keys and clock, for what login calls.
      const { db } = app.tessera.database;
      factors = createSecondFactors({
        store: createSecondFactorStore(db),
        keys: app.tessera.deps.keys,
        clock,
        appName: 'Tessera',
        audit: createAuditLog(db),
        onRecoveryCodeUsed: (accountId, { remaining }) => {
          notices.push({ accountId, remaining });
        },
      });
    });

    async function enrol(u: User): Promise<{ secret: string; uri: string; qr: string; recoveryCodes: string[] }> {
      const begin = await app.request('POST', '/v1/me/totp', undefined, bearer(u.token));
      assert.equal(begin.statusCode, 200, begin.body);
      const confirm = await app.request('POST', '/v1/me/totp/confirm', { code: appCode(begin.json().secret, clock.now()) }, bearer(u.token));
      assert.equal(confirm.statusCode, 200, confirm.body);
      return { ...begin.json(), recoveryCodes: confirm.json().recoveryCodes };
    }

    async function auditActions(accountId: string) {
      return app.tessera.database.db
        .selectFrom('audit_log')
        .select(['action', 'outcome', 'ip', 'details'])
        .where('account_id', '=', accountId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    }

    it('enrolment: an authenticator-app URI and PNG QR, the seed sealed at rest, confirmed by an oathtool code', async () => {
      const u = await register(app);
      const begin = await app.request('POST', '/v1/me/totp', undefined, bearer(u.token));
      assert.equal(begin.statusCode, 200, begin.body);
      const { secret, uri, qr } = begin.json();
      assert.match(secret, /^[A-Z2-7]{32}$/, '160 bits of base32');
      const url = new URL(uri);
      assert.equal(url.protocol, 'otpauth:');
      assert.equal(url.host, 'totp');
      assert.equal(decodeURIComponent(url.pathname), `/Tessera:${u.handle}`);
      assert.deepEqual(
        ['secret', 'issuer', 'algorithm', 'digits', 'period'].map((k) => url.searchParams.get(k)),
        [secret, 'Tessera', 'SHA1', '6', '30'],
      );
      assert.match(qr, /^data:image\/png;base64,/);
      assert.equal(Buffer.from(qr.split(',')[1], 'base64').subarray(1, 4).toString('latin1'), 'PNG');

      const row = await app.tessera.database.db.selectFrom('totp_factors').selectAll().where('account_id', '=', u.accountId).executeTakeFirstOrThrow();
      assert.equal(row.confirmed_at, null, 'not active before confirmation');
      assert.ok(!row.secret_enc.includes(secret) && !row.secret_enc.toLowerCase().includes(secret.toLowerCase()), 'seed not in the clear');
      assert.deepEqual(await factors.methods(u.accountId), []);
      assert.equal(await factors.verifyTotp(u.accountId, appCode(secret, clock.now())), false, 'an unconfirmed factor opens nothing');

      const wrong = await app.request(
        'POST',
        '/v1/me/totp/confirm',
        { code: String((Number(appCode(secret, clock.now())) + 1) % 1e6).padStart(6, '0') },
        bearer(u.token),
      );
      assert.equal(wrong.statusCode, 400);
      assert.equal(errorCode(wrong), 'code_incorrect');

      const confirm = await app.request('POST', '/v1/me/totp/confirm', { code: appCode(secret, clock.now()) }, bearer(u.token));
      assert.equal(confirm.statusCode, 200, confirm.body);
      const codes: string[] = confirm.json().recoveryCodes;
      assert.equal(codes.length, 10);
      assert.equal(new Set(codes).size, 10);
      for (const c of codes) assert.match(c, /^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
      assert.deepEqual(await factors.methods(u.accountId), ['totp', 'recovery_code']);
      assert.equal(await factors.hasSecondFactor(u.accountId), true);

      const again = await app.request('POST', '/v1/me/totp', undefined, bearer(u.token));
      assert.equal(again.statusCode, 400);
      assert.deepEqual(again.json().error.details, { field: 'totp', reason: 'already_enabled' });

      const events = await auditActions(u.accountId);
      const actions = events.map((e) => `${e.action}:${e.outcome}`);
      for (const expected of ['totp.enrolment_started:success', 'totp.enabled:failure', 'totp.enabled:success'])
        assert.ok(actions.includes(expected), expected);
      for (const e of events.filter((x) => x.action.startsWith('totp.'))) {
        assert.ok(e.ip, `${e.action} has the client IP`);
        const text = JSON.stringify(e);
        assert.ok(!text.includes(secret) && !codes.some((c) => text.includes(c)), `${e.action} holds no secret`);
      }
    });

    it('a code works once; ±1 step of drift, no further, and never a step before the last one used', async () => {
      const u = await register(app);
      const { secret } = await enrol(u);
      assert.equal(await factors.verifyTotp(u.accountId, appCode(secret, clock.now())), false, 'the confirming code is spent');
      clock.advance(120);
      assert.equal(await factors.verifyTotp(u.accountId, appCode(secret, at(clock, -60))), false, '-60 s is out of the window');
      assert.equal(await factors.verifyTotp(u.accountId, appCode(secret, at(clock, -30))), true, '-30 s is within the window');
      assert.equal(await factors.verifyTotp(u.accountId, appCode(secret, at(clock, -30))), false, 'the same code twice');
      assert.equal(await factors.verifyTotp(u.accountId, appCode(secret, at(clock, 30))), true, '+30 s is within the window');
      assert.equal(await factors.verifyTotp(u.accountId, appCode(secret, clock.now())), false, 'a step before the last used one');
      clock.advance(30);
      const now = appCode(secret, clock.now());
      assert.equal(await factors.verifyTotp(u.accountId, `${now.slice(0, 3)} ${now.slice(3)}`), false, 'still the step already used');
      clock.advance(30);
      const racers = await Promise.all([1, 2, 3, 4].map(() => factors.verifyTotp(u.accountId, appCode(secret, clock.now()))));
      assert.equal(racers.filter(Boolean).length, 1, 'concurrent submissions of one code: exactly one wins');
    });

    it('recovery codes: stored only hashed, each works once, forgiving to type, and the owner is told', async () => {
      const u = await register(app);
      const { recoveryCodes } = await enrol(u);
      const rows = await app.tessera.database.db.selectFrom('recovery_codes').select(['code_hash', 'used_at']).where('account_id', '=', u.accountId).execute();
      assert.equal(rows.length, 10);
      const stored = JSON.stringify(rows);
      for (const c of recoveryCodes) {
        assert.ok(!stored.includes(c) && !stored.includes(c.replace(/-/g, '')), 'no code in the clear');
      }

      const [c0, c1, c2, c3, c4] = recoveryCodes as [string, string, string, string, string];
      const ctx = { ip: '203.0.113.9' };
      const before = notices.length;
      assert.equal(await factors.useRecoveryCode(u.accountId, c0, ctx), true);
      assert.equal(await factors.useRecoveryCode(u.accountId, c0, ctx), false, 'single use');
      assert.equal(await factors.useRecoveryCode(u.accountId, c0.toUpperCase(), ctx), false, 'single use, whatever the spelling');
      assert.equal(await factors.useRecoveryCode(u.accountId, c1.toUpperCase(), ctx), true, 'upper case');
      assert.equal(await factors.useRecoveryCode(u.accountId, c2.replace(/-/g, ''), ctx), true, 'no dashes');
      assert.equal(await factors.useRecoveryCode(u.accountId, ` ${c3.replace(/-/g, ' ')} `, ctx), true, 'spaces');
      assert.equal(await factors.useRecoveryCode(u.accountId, 'aaaa-bbbb-cccc-dddd', ctx), false, 'not one of them');
      assert.equal(await factors.useRecoveryCode(u.accountId, '123456', ctx), false, 'not even the shape');
      const other = await register(app);
      assert.equal(await factors.useRecoveryCode(other.accountId, c4, ctx), false, "another account's code");
      const racers = await Promise.all([1, 2, 3].map(() => factors.useRecoveryCode(u.accountId, c4, ctx)));
      assert.equal(racers.filter(Boolean).length, 1, 'concurrent uses of one code: exactly one wins');

      assert.deepEqual(
        notices.slice(before).map((n) => n.remaining),
        [9, 8, 7, 6, 5],
      );
      assert.ok(notices.slice(before).every((n) => n.accountId === u.accountId));
      const used = (await auditActions(u.accountId)).filter((e) => e.action === 'recovery_code.used');
      assert.equal(used.length, 5);
      assert.ok(used.every((e) => e.ip === '203.0.113.9' && e.outcome === 'success'));
      assert.ok(!used.some((e) => recoveryCodes.some((c) => JSON.stringify(e).includes(c.replace(/-/g, '')))));

      for (const c of recoveryCodes.slice(5)) assert.equal(await factors.useRecoveryCode(u.accountId, c, ctx), true);
      assert.deepEqual(await factors.methods(u.accountId), ['totp'], 'no recovery_code once all are spent');
    });

    it('regenerating recovery codes kills every old one', async () => {
      const u = await register(app);
      const { recoveryCodes: old } = await enrol(u);
      const res = await app.request('POST', '/v1/me/recovery-codes', undefined, bearer(u.token));
      assert.equal(res.statusCode, 200, res.body);
      const fresh: string[] = res.json().recoveryCodes;
      assert.equal(new Set(fresh).size, 10);
      assert.ok(!fresh.some((c) => old.includes(c)));
      for (const c of old) assert.equal(await factors.useRecoveryCode(u.accountId, c, { ip: null }), false);
      assert.equal(await factors.useRecoveryCode(u.accountId, fresh[9]!, { ip: null }), true);
      const count = await app.tessera.database.db.selectFrom('recovery_codes').select('id').where('account_id', '=', u.accountId).execute();
      assert.equal(count.length, 10);
      assert.ok((await auditActions(u.accountId)).some((e) => e.action === 'recovery_codes.regenerated' && e.ip));

      const plain = await register(app);
      const refused = await app.request('POST', '/v1/me/recovery-codes', undefined, bearer(plain.token));
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(refused.json().error.details, { field: 'recoveryCodes', reason: 'no_second_factor' });
    });

    it('disabling needs a current code; afterwards nothing is left and TOTP can be set up again', async () => {
      const u = await register(app);
      const { secret, recoveryCodes } = await enrol(u);
      clock.advance(30);
      const wrong = await app.request('DELETE', '/v1/me/totp', { code: '000000' === appCode(secret, clock.now()) ? '111111' : '000000' }, bearer(u.token));
      assert.equal(wrong.statusCode, 400);
      assert.equal(errorCode(wrong), 'code_incorrect');
      const missing = await app.request('DELETE', '/v1/me/totp', {}, bearer(u.token));
      assert.equal(errorCode(missing), 'invalid_request');
      const ok = await app.request('DELETE', '/v1/me/totp', { code: appCode(secret, clock.now()) }, bearer(u.token));
      assert.equal(ok.statusCode, 204, ok.body);
      assert.deepEqual(await factors.methods(u.accountId), []);
      assert.equal(await factors.hasSecondFactor(u.accountId), false);
      assert.equal(await factors.useRecoveryCode(u.accountId, recoveryCodes[0]!, { ip: null }), false, 'recovery codes went with the only factor');
      clock.advance(30);
      assert.equal(await factors.verifyTotp(u.accountId, appCode(secret, clock.now())), false);
      const none = await app.request('DELETE', '/v1/me/totp', { code: appCode(secret, clock.now()) }, bearer(u.token));
      assert.deepEqual(none.json().error.details, { field: 'totp', reason: 'not_enabled' });
      const actions = (await auditActions(u.accountId)).map((e) => `${e.action}:${e.outcome}`);
      assert.ok(actions.includes('totp.disabled:failure') && actions.includes('totp.disabled:success'));
      const { secret: second } = await enrol(u);
      assert.notEqual(second, secret);
    });

    it('a restarted enrolment replaces the unconfirmed seed', async () => {
      const u = await register(app);
      const begin1 = await app.request('POST', '/v1/me/totp', undefined, bearer(u.token));
      const begin2 = await app.request('POST', '/v1/me/totp', undefined, bearer(u.token));
      assert.equal(begin1.statusCode, 200, begin1.body);
      assert.equal(begin2.statusCode, 200, begin2.body);
      const [first, second] = [begin1.json().secret as string, begin2.json().secret as string];
      assert.notEqual(first, second);
      const staleCode = appCode(first, clock.now());
      const stale = await app.request('POST', '/v1/me/totp/confirm', { code: staleCode }, bearer(u.token));
      assert.equal(errorCode(stale), 'code_incorrect', `${stale.statusCode} ${stale.body}`);
      const ok = await app.request('POST', '/v1/me/totp/confirm', { code: appCode(second, clock.now()) }, bearer(u.token));
      assert.equal(ok.statusCode, 200, ok.body);
      const notStarted = await app.request('POST', '/v1/me/totp/confirm', { code: '123456' }, bearer((await register(app)).token));
      assert.deepEqual(notStarted.json().error?.details, { field: 'totp', reason: 'not_started' }, notStarted.body);
    });

    it('guessing is capped: after 10 wrong codes in the security center, rate_limited', async () => {
      const u = await register(app);
      const { secret } = await app.request('POST', '/v1/me/totp', undefined, bearer(u.token)).then((r) => r.json());
      const right = appCode(secret, clock.now());
      const wrongCode = right === '999999' ? '999998' : '999999';
      for (let i = 0; i < 10; i++) {
        assert.equal(errorCode(await app.request('POST', '/v1/me/totp/confirm', { code: wrongCode }, bearer(u.token))), 'code_incorrect');
      }
      const limited = await app.request('POST', '/v1/me/totp/confirm', { code: right }, bearer(u.token));
      assert.equal(limited.statusCode, 429);
      assert.equal(errorCode(limited), 'rate_limited');
      assert.ok(Number(limited.headers['retry-after']) > 0);
    });

    it('every route needs a session, and changes need an authentication within 15 minutes', async () => {
      const routes: [string, string, unknown][] = [
        ['POST', '/v1/me/totp', undefined],
        ['POST', '/v1/me/totp/confirm', { code: '123456' }],
        ['DELETE', '/v1/me/totp', { code: '123456' }],
        ['POST', '/v1/me/recovery-codes', undefined],
      ];
      for (const [method, url, body] of routes) {
        for (const headers of [undefined, bearer('not-a-token'), bearer('AAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB')]) {
          const res = await app.request(method, url, body, headers);
          assert.equal(res.statusCode, 401, `${method} ${url}`);
          assert.equal(errorCode(res), 'unauthenticated');
        }
      }
      const u = await register(app);
      clock.advance(16 * 60);
      for (const [method, url, body] of routes) {
        const res = await app.request(method, url, body, bearer(u.token));
        assert.equal(res.statusCode, 403, `${method} ${url}: ${res.body}`);
        assert.equal(errorCode(res), 'reauthentication_required');
      }
      assert.equal((await app.request('GET', '/v1/me', undefined, bearer(u.token))).statusCode, 200, 'the session itself is still good');
      assert.equal(
        await app.tessera.database.db.selectFrom('totp_factors').select('account_id').where('account_id', '=', u.accountId).executeTakeFirst(),
        undefined,
      );
    });

    it('bad bodies get invalid_request, and the routes are in /openapi.json', async () => {
      const u = await register(app);
      for (const body of [{}, { code: 123456 }, { code: '' }, { code: '1'.repeat(33) }, { code: '123456', extra: true }]) {
        const res = await app.request('POST', '/v1/me/totp/confirm', body, bearer(u.token));
        assert.equal(res.statusCode, 400, JSON.stringify(body));
        assert.equal(errorCode(res), 'invalid_request');
      }
      const spec = (await app.request('GET', '/openapi.json')).json();
      assert.ok(spec.paths['/v1/me/totp']?.post && spec.paths['/v1/me/totp']?.delete);
      assert.ok(spec.paths['/v1/me/totp/confirm']?.post?.requestBody);
      assert.ok(spec.paths['/v1/me/recovery-codes']?.post);
    });
  });
});
