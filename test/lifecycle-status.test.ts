import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { runDeletionJob } from '../src/flows/index.ts';
import { STRONG_PASSWORD, startTestApp, uniquePhone } from './helpers/app.ts';
import { forEachStore } from './helpers/stores.ts';
import { auditActions, bearer, enrolTotp, errorCode, register, texts, uniqueHandle } from './helpers/lifecycle.ts';
import { createScratchDatabase } from './helpers/services.ts';

// Freeze and unfreeze, deletion with its grace period and the erasure job, export, entitlements.
const DAY = 86_400;

forEachStore((store, suite) => {
  const { skip } = suite;
  describe(`freeze, deletion, export (${store})`, () => {
    let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
    before(async () => {
      if (skip) return;
      // Postgres: a database of our own, so a second node can join it for the erasure race.
      if (store === 'postgres') scratch = await createScratchDatabase();
    });
    const { app, clock, it } = suite.app(() => (scratch ? { databaseUrl: scratch.url } : {}));
    after(async () => scratch?.drop()); // after the app's own `after` has closed it
    const login = (identifier: string, deviceToken?: string, password = STRONG_PASSWORD) =>
      app.request('POST', '/v1/sessions', { identifier, password, ...(deviceToken ? { deviceToken } : {}) });

    it('a signed-in freeze ends every session and closes every way in', async () => {
      const u = await register(app);
      const second = (await login(u.phone, u.deviceToken)).json().session.token;
      const frozen = await app.request('POST', '/v1/me/freeze', {}, bearer(u.token));
      assert.deepEqual([frozen.statusCode, frozen.json()], [200, { status: 'frozen' }]);
      for (const token of [u.token, second]) assert.equal((await app.request('GET', '/v1/me', undefined, bearer(token))).statusCode, 401);
      assert.equal(errorCode(await login(u.phone, u.deviceToken)), 'account_frozen');
      const code = await app.request('POST', '/v1/login-codes', { phone: u.phone });
      assert.equal(
        errorCode(await app.request('POST', `/v1/login-codes/${code.json().id}/verify`, { code: await app.lastCode(u.phone), deviceToken: u.deviceToken })),
        'account_frozen',
      );
      const reg = await app.request('POST', '/v1/registrations', { phone: u.phone });
      await app.request('POST', `/v1/registrations/${reg.json().id}/verify`, { code: await app.lastCode(u.phone) });
      assert.equal(errorCode(await app.request('POST', `/v1/registrations/${reg.json().id}/login`, {})), 'account_frozen');
      assert.ok((await texts(app, u.phone)).some((t) => /Your account was frozen/.test(t)));
      assert.ok((await auditActions(app, u.accountId)).some((e) => e.action === 'account.frozen' && e.outcome === 'success' && e.ip === '127.0.0.1'));
    });

    it('a lost phone: freeze with the password, answered like a login; unfreeze through a challenge', async () => {
      const u = await register(app);
      const wrong = await app.request('POST', '/v1/account-freezes', { identifier: u.phone, password: 'not-the-password-1' });
      const unknown = await app.request('POST', '/v1/account-freezes', { identifier: uniquePhone(), password: 'not-the-password-1' });
      const asLogin = await login(uniquePhone(), undefined, 'not-the-password-1');
      for (const res of [wrong, unknown]) {
        assert.equal(res.statusCode, 401);
        assert.deepEqual(res.json(), asLogin.json());
      }
      assert.equal(errorCode(await app.request('POST', '/v1/account-unfreezes', { identifier: u.handle, password: STRONG_PASSWORD })), 'flow_state_invalid');
      const frozen = await app.request('POST', '/v1/account-freezes', { identifier: u.handle, password: STRONG_PASSWORD });
      assert.deepEqual([frozen.statusCode, frozen.json()], [200, { status: 'frozen' }]);
      assert.deepEqual((await app.request('POST', '/v1/account-freezes', { identifier: u.phone, password: STRONG_PASSWORD })).json(), { status: 'frozen' });
      assert.equal((await app.request('GET', '/v1/me', undefined, bearer(u.token))).statusCode, 401);

      assert.equal(
        errorCode(await app.request('POST', '/v1/account-unfreezes', { identifier: u.phone, password: 'not-the-password-1' })),
        'invalid_credentials',
      );
      const asked = await app.request('POST', '/v1/account-unfreezes', { identifier: u.phone, password: STRONG_PASSWORD, deviceName: 'Borrowed phone' });
      assert.equal(errorCode(asked), 'verification_required', asked.body);
      const { challengeId, methods } = asked.json().error.details;
      assert.deepEqual(methods, ['sms']);
      assert.equal((await app.request('POST', `/v1/challenges/${challengeId}/send`, { method: 'sms' })).statusCode, 200);
      const done = await app.request('POST', `/v1/challenges/${challengeId}/verify`, { method: 'sms', code: await app.lastCode(u.phone) });
      assert.equal(done.statusCode, 200, done.body);
      assert.equal(done.json().account.status, 'active');
      assert.equal((await app.request('GET', '/v1/me', undefined, bearer(done.json().session.token))).statusCode, 200);
      assert.equal((await login(u.phone, u.deviceToken)).statusCode, 201);
      const sms = await texts(app, u.phone);
      assert.ok(
        sms.some((t) => /Your account was unfrozen/.test(t)),
        sms.join(' | '),
      );
      const actions = (await auditActions(app, u.accountId)).map((e) => `${e.action}:${e.outcome}`);
      for (const a of ['account.frozen:failure', 'account.frozen:success', 'account.unfreeze_requested:success', 'account.unfrozen:success'])
        assert.ok(actions.includes(a), `${a} in ${actions}`);
    });

    it('unfreezing offers the second factors too; a plain new-device challenge never lets a frozen account in', async () => {
      const u = await register(app);
      const totp = await enrolTotp(app, clock, u.token);
      const challenge = (await login(u.phone)).json().error.details.challengeId as string;
      await app.request('POST', '/v1/me/freeze', {}, bearer(u.token));
      const plain = await app.request('POST', `/v1/challenges/${challenge}/verify`, { method: 'totp', code: totp.code() });
      assert.equal(errorCode(plain), 'account_frozen');
      clock.advance(30);
      const asked = await app.request('POST', '/v1/account-unfreezes', { identifier: u.handle, password: STRONG_PASSWORD });
      assert.deepEqual(asked.json().error.details.methods, ['sms', 'totp', 'recovery_code']);
      const done = await app.request('POST', `/v1/challenges/${asked.json().error.details.challengeId}/verify`, { method: 'totp', code: totp.code() });
      assert.equal(done.statusCode, 200, done.body);
      assert.equal(done.json().account.status, 'active');
    });

    it('freezing with the password goes through the login throttle', async () => {
      const u = await register(app);
      for (let i = 0; i < 10; i++) {
        assert.equal(
          errorCode(await app.request('POST', '/v1/account-freezes', { identifier: u.phone, password: `wrong-guess-${i}-x` })),
          'invalid_credentials',
        );
      }
      const blocked = await login(u.phone);
      assert.equal(errorCode(blocked), 'rate_limited', blocked.body);
    });

    it('entitlements say what the account may do and why not', async () => {
      const u = await register(app);
      const res = await app.request('GET', '/v1/me/entitlements', undefined, bearer(u.token));
      assert.equal(res.statusCode, 200, res.body);
      const e = res.json().entitlements;
      assert.deepEqual(e['pay.send'], { allowed: false, reason: 'trust_level_too_low', requiredTrustLevel: 1 });
      assert.equal(e['moments.post'].reason, 'account_too_new');
      await app.tessera.database.db
        .updateTable('accounts')
        .set({ trust_level: 2, created_at: new Date(clock.now().getTime() - 40 * DAY * 1000) })
        .where('id', '=', u.accountId)
        .execute();
      const later = (await app.request('GET', '/v1/me/entitlements', undefined, bearer(u.token))).json().entitlements;
      for (const name of ['pay.send', 'pay.receive', 'redpacket.send', 'moments.post']) assert.deepEqual(later[name], { allowed: true }, name);
    });

    it('deletion waits 30 days; cancelling or logging in keeps the account', async () => {
      const u = await register(app);
      clock.advance(16 * 60);
      assert.equal(errorCode(await app.request('POST', '/v1/me/deletion', {}, bearer(u.token))), 'reauthentication_required');
      assert.equal((await app.request('POST', '/v1/me/reauthenticate', { password: STRONG_PASSWORD }, bearer(u.token))).statusCode, 200);
      const asked = await app.request('POST', '/v1/me/deletion', {}, bearer(u.token));
      assert.equal(asked.statusCode, 202, asked.body);
      assert.deepEqual(asked.json(), { status: 'pending_deletion', scheduledFor: new Date(clock.now().getTime() + 30 * DAY * 1000).toISOString() });
      assert.equal((await app.request('GET', '/v1/me', undefined, bearer(u.token))).json().account.status, 'pending_deletion');
      assert.match((await texts(app, u.phone))[0]!, /will be deleted/);
      const cancelled = await app.request('DELETE', '/v1/me/deletion', undefined, bearer(u.token));
      assert.deepEqual(cancelled.json(), { status: 'active' });

      assert.equal((await app.request('POST', '/v1/me/deletion', {}, bearer(u.token))).statusCode, 202);
      clock.advance(29 * DAY);
      const back = await login(u.phone, u.deviceToken);
      assert.equal(back.statusCode, 201, back.body);
      assert.equal(back.json().account.status, 'active');
      const cancels = (await auditActions(app, u.accountId)).filter((e) => e.action === 'account.deletion_cancelled').map((e) => JSON.parse(e.details!).via);
      assert.deepEqual(cancels, ['request', 'login']);
      clock.advance(2 * DAY);
      assert.equal(await runDeletionJob(app.tessera.deps, clock.now()), 0);
    });

    it('the erasure job erases each due account once, even run twice at once (two nodes on Postgres)', async () => {
      const db = app.tessera.database.db;
      const a = await register(app, { handle: uniqueHandle('Z') });
      await enrolTotp(app, clock, a.token);
      const b = await register(app);
      const c = await register(app);
      for (const u of [a, b, c]) assert.equal((await app.request('POST', '/v1/me/deletion', {}, bearer(u.token))).statusCode, 202);
      // c logs in (from a registration flow, as any login): that cancels its deletion, so the job spares it.
      clock.advance(1);
      const reg = await app.request('POST', '/v1/registrations', { phone: c.phone });
      await app.request('POST', `/v1/registrations/${reg.json().id}/verify`, { code: await app.lastCode(c.phone) });
      assert.equal((await app.request('POST', `/v1/registrations/${reg.json().id}/login`, {})).statusCode, 201);
      clock.advance(30 * DAY + 60);
      const now = clock.now();
      const peer = store === 'postgres' ? await startTestApp('postgres', { clock, databaseUrl: scratch!.url }) : undefined;
      try {
        const counts = await Promise.all([runDeletionJob(app.tessera.deps, now), runDeletionJob((peer ?? app).tessera.deps, now)]);
        assert.equal(counts[0]! + counts[1]!, 2, `erased ${counts}`);
      } finally {
        await peer?.close();
      }
      assert.equal(await runDeletionJob(app.tessera.deps, clock.now()), 0, 'idempotent');

      for (const u of [a, b]) {
        const row = await db.selectFrom('accounts').selectAll().where('id', '=', u.accountId).executeTakeFirstOrThrow();
        assert.deepEqual([row.status, row.phone, row.display_name, row.password_hash, row.handle], ['deleted', null, null, '', `deleted:${u.accountId}`]);
        for (const table of ['sessions', 'devices', 'totp_factors', 'recovery_codes', 'passkeys'] as const) {
          const left = await db.selectFrom(table).select('account_id').where('account_id', '=', u.accountId).execute();
          assert.equal(left.length, 0, `${table} of ${u.handle}`);
        }
        const deleted = (await auditActions(app, u.accountId)).filter((e) => e.action === 'account.deleted');
        assert.equal(deleted.length, 1);
        const hold = await db.selectFrom('handle_holds').selectAll().where('handle_key', '=', u.handle.toLowerCase()).executeTakeFirstOrThrow();
        assert.equal(hold.held_until.getTime(), now.getTime() + 180 * DAY * 1000);
        assert.equal(errorCode(await login(u.phone)), 'invalid_credentials');
      }
      assert.equal((await db.selectFrom('accounts').select('status').where('id', '=', c.accountId).executeTakeFirstOrThrow()).status, 'active');
      // The handle is held, the number is free.
      const newcomer = await app.request('POST', '/v1/registrations', { phone: a.phone });
      const verify = await app.request('POST', `/v1/registrations/${newcomer.json().id}/verify`, { code: await app.lastCode(a.phone) });
      assert.equal(verify.json().phoneRegistered, false);
      const claim = await app.request('POST', `/v1/registrations/${newcomer.json().id}/complete`, {
        password: STRONG_PASSWORD,
        handle: a.handle,
        acceptTerms: true,
      });
      assert.equal(errorCode(claim), 'handle_taken');
    });

    it("the export holds the account's data and no secret", async () => {
      const u = await register(app);
      const totp = await enrolTotp(app, clock, u.token);
      const second = await login(u.handle, u.deviceToken);
      const res = await app.request('GET', '/v1/me/export', undefined, bearer(u.token));
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-disposition']), /attachment/);
      const data = res.json();
      assert.equal(data.account.id, u.accountId);
      assert.equal(data.account.phone.e164, u.phone);
      assert.equal(data.devices.length, 1);
      assert.equal(data.sessions.length, 2);
      assert.equal(data.sessions.filter((s: { current: boolean }) => s.current).length, 1);
      assert.equal(data.secondFactors.totp.enabled, true);
      assert.equal(data.secondFactors.recoveryCodesRemaining, 10);
      assert.deepEqual(data.secondFactors.passkeys, []);
      const actions = data.securityEvents.map((e: { action: string }) => e.action);
      for (const a of ['totp.enabled', 'login']) assert.ok(actions.includes(a), `${a} in ${actions}`);

      const db = app.tessera.database.db;
      const secrets = [
        STRONG_PASSWORD,
        u.deviceToken,
        u.token,
        u.token.split('.')[1]!,
        second.json().session.token.split('.')[1]!,
        ...totp.recoveryCodes,
        (await db.selectFrom('accounts').select('password_hash').where('id', '=', u.accountId).executeTakeFirstOrThrow()).password_hash,
        (await db.selectFrom('totp_factors').select('secret_enc').where('account_id', '=', u.accountId).executeTakeFirstOrThrow()).secret_enc,
        ...(await db.selectFrom('sessions').select('secret_hash').where('account_id', '=', u.accountId).execute()).map((r) => r.secret_hash),
        ...(await db.selectFrom('devices').select('token_hash').where('account_id', '=', u.accountId).execute()).map((r) => r.token_hash),
        ...(await db.selectFrom('recovery_codes').select('code_hash').where('account_id', '=', u.accountId).execute()).map((r) => r.code_hash),
      ];
      for (const secret of secrets) assert.ok(!res.body.includes(secret), `the export holds a secret: ${secret.slice(0, 8)}…`);
      assert.doesNotMatch(res.body, /argon2|secret_hash|token_hash|code_hash/i);
    });
  });
});
