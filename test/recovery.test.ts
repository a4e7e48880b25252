import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { STRONG_PASSWORD, uniquePhone } from './helpers/app.ts';
import { forEachStore } from './helpers/stores.ts';
import { auditActions, bearer, enrolTotp, errorCode, register, texts, wrongCode } from './helpers/lifecycle.ts';

const NEW_PASSWORD = 'quiet-Meadow-lamp-77';

forEachStore((store, suite) => {
  describe(`forgotten password by SMS (${store})`, () => {
    const { app, clock, it } = suite.app();

    async function recover(phone: string) {
      const start = await app.request('POST', '/v1/recoveries', { phone });
      assert.equal(start.statusCode, 201, start.body);
      const id = start.json().id as string;
      const verify = await app.request('POST', `/v1/recoveries/${id}/verify`, { code: await app.lastCode(phone) });
      assert.equal(verify.statusCode, 200, verify.body);
      return { id, verify: verify.json() };
    }

    it('answers alike for a number without an account: same shape, no SMS, budgets spent, a suppressed outbox row', async () => {
      const u = await register(app);
      const stranger = uniquePhone();
      const known = await app.request('POST', '/v1/recoveries', { phone: u.phone });
      const unknown = await app.request('POST', '/v1/recoveries', { phone: stranger });
      assert.equal(known.statusCode, 201);
      assert.equal(unknown.statusCode, 201);
      const shape = (body: Record<string, any>) => ({
        keys: Object.keys(body).sort(),
        state: body.state,
        code: body.code,
        phoneKeys: Object.keys(body.phone).sort(),
      });
      assert.deepEqual(shape(unknown.json()), shape(known.json()));
      assert.deepEqual(await texts(app, stranger), []);
      assert.match((await texts(app, u.phone))[0]!, /password reset code/);
      for (const phone of [u.phone, stranger]) {
        const hour = await app.tessera.deps.counters.peek(`sms:num:h:${phone}`);
        assert.ok(hour && hour.count >= 1, `the number's hourly budget was spent for ${phone}`);
      }
      const rows = await app.tessera.database.db.selectFrom('sms_outbox').select(['status', 'body_enc']).where('flow_id', '=', unknown.json().id).execute();
      assert.deepEqual(rows, [{ status: 'suppressed', body_enc: null }]);
      const guess = await app.request('POST', `/v1/recoveries/${unknown.json().id}/verify`, { code: '123456' });
      assert.equal(errorCode(guess), 'code_incorrect');
    });

    it('resets the password with the code alone when there is no second factor; every session ends; the owner is told', async () => {
      const u = await register(app);
      const other = (await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceToken: u.deviceToken })).json().session
        .token;
      const { id, verify } = await recover(u.phone);
      assert.deepEqual(verify, { id, state: 'verified', secondFactorRequired: false, methods: [] });
      const short = await app.request('POST', `/v1/recoveries/${id}/complete`, { newPassword: 'short' });
      assert.equal(errorCode(short), 'password_invalid');
      const weak = await app.request('POST', `/v1/recoveries/${id}/complete`, { newPassword: u.phone.slice(1) });
      assert.equal(errorCode(weak), 'password_weak');
      const done = await app.request('POST', `/v1/recoveries/${id}/complete`, { newPassword: NEW_PASSWORD, deviceName: 'New phone' });
      assert.equal(done.statusCode, 200, done.body);
      assert.equal(done.json().account.id, u.accountId);
      assert.match(done.json().deviceToken, /^[A-Za-z0-9_-]{43}$/);
      for (const token of [u.token, other]) assert.equal((await app.request('GET', '/v1/me', undefined, bearer(token))).statusCode, 401);
      assert.equal((await app.request('GET', '/v1/me', undefined, bearer(done.json().session.token))).statusCode, 200);
      const old = await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceToken: u.deviceToken });
      assert.equal(errorCode(old), 'invalid_credentials');
      const fresh = await app.request('POST', '/v1/sessions', { identifier: u.phone, password: NEW_PASSWORD, deviceToken: done.json().deviceToken });
      assert.equal(fresh.statusCode, 201, fresh.body);
      assert.match((await texts(app, u.phone))[0]!, /Your password was reset by SMS/);
      const reset = (await auditActions(app, u.accountId)).find((e) => e.action === 'password.reset');
      assert.equal(reset?.outcome, 'success');
      assert.equal(reset?.ip, '127.0.0.1');
      const again = await app.request('POST', `/v1/recoveries/${id}/complete`, { newPassword: 'another-Fine-password-31' });
      assert.equal(errorCode(again), 'flow_state_invalid');
    });

    it('wants the second factor when the account has one: 5 wrong answers per flow, then none', async () => {
      const u = await register(app);
      const totp = await enrolTotp(app, clock, u.token);
      const { id, verify } = await recover(u.phone);
      assert.equal(verify.secondFactorRequired, true);
      assert.deepEqual(verify.methods, ['totp', 'recovery_code']);
      const missing = await app.request('POST', `/v1/recoveries/${id}/complete`, { newPassword: NEW_PASSWORD });
      assert.equal(errorCode(missing), 'invalid_request');
      assert.equal(missing.json().error.details.field, 'method');
      const right = totp.code();
      // A weak password is refused before the factor is checked: the TOTP step is not spent on it.
      const weak = await app.request('POST', `/v1/recoveries/${id}/complete`, { newPassword: u.phone.slice(1), method: 'totp', code: right });
      assert.equal(errorCode(weak), 'password_weak');
      for (let left = 4; left >= 0; left--) {
        const res = await app.request('POST', `/v1/recoveries/${id}/complete`, { newPassword: NEW_PASSWORD, method: 'totp', code: wrongCode(right) });
        assert.equal(errorCode(res), 'code_incorrect', res.body);
        assert.equal(res.json().error.details.attemptsLeft, left);
      }
      const dead = await app.request('POST', `/v1/recoveries/${id}/complete`, { newPassword: NEW_PASSWORD, method: 'totp', code: right });
      assert.equal(errorCode(dead), 'code_attempts_exceeded');
      assert.equal((await app.request('GET', '/v1/me', undefined, bearer(u.token))).statusCode, 200, 'nothing changed');

      const second = await recover(u.phone);
      assert.equal(totp.code(), right, 'still the same 30-second step');
      const ok = await app.request('POST', `/v1/recoveries/${second.id}/complete`, { newPassword: NEW_PASSWORD, method: 'totp', code: right });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal((await app.request('GET', '/v1/me', undefined, bearer(u.token))).statusCode, 401);

      // A recovery code answers too, once.
      const third = await recover(u.phone);
      const byCode = await app.request('POST', `/v1/recoveries/${third.id}/complete`, {
        newPassword: 'yet-another-Lantern-52',
        method: 'recovery_code',
        code: totp.recoveryCodes[0],
      });
      assert.equal(byCode.statusCode, 200, byCode.body);
    });

    it('two completions of one flow at once: one password, one session', async () => {
      const u = await register(app);
      const { id } = await recover(u.phone);
      const [a, b] = await Promise.all([
        app.request('POST', `/v1/recoveries/${id}/complete`, { newPassword: NEW_PASSWORD }),
        app.request('POST', `/v1/recoveries/${id}/complete`, { newPassword: 'second-Racer-password-8' }),
      ]);
      const codes = [a, b].map((r) => r.statusCode).sort();
      assert.deepEqual(codes, [200, 409], `${a.body} ${b.body}`);
      const winner = a.statusCode === 200 ? NEW_PASSWORD : 'second-Racer-password-8';
      const grant = (a.statusCode === 200 ? a : b).json();
      const login = await app.request('POST', '/v1/sessions', { identifier: u.phone, password: winner, deviceToken: grant.deviceToken });
      assert.equal(login.statusCode, 201, login.body);
    });

    it('a frozen account is not recovered; the refusal comes only after the number is proven', async () => {
      const u = await register(app);
      assert.equal((await app.request('POST', '/v1/me/freeze', {}, bearer(u.token))).statusCode, 200);
      const start = await app.request('POST', '/v1/recoveries', { phone: u.phone });
      assert.equal(start.statusCode, 201);
      const early = await app.request('POST', `/v1/recoveries/${start.json().id}/verify`, { code: wrongCode(await app.lastCode(u.phone)) });
      assert.equal(errorCode(early), 'code_incorrect');
      const res = await app.request('POST', `/v1/recoveries/${start.json().id}/verify`, { code: await app.lastCode(u.phone) });
      assert.equal(errorCode(res), 'account_frozen');
    });

    it('refuses malformed input and unknown flows with the error envelope', async () => {
      assert.equal(errorCode(await app.request('POST', '/v1/recoveries', { phone: 'not a number' })), 'phone_invalid');
      assert.equal(errorCode(await app.request('POST', '/v1/recoveries', {})), 'invalid_request');
      assert.equal(errorCode(await app.request('POST', '/v1/recoveries/nope/verify', { code: '123456' })), 'flow_not_found');
      assert.equal(errorCode(await app.request('POST', '/v1/recoveries/AAAAAAAAAAAAAAAAAAAAAA/complete', { newPassword: NEW_PASSWORD })), 'flow_not_found');
      const u = await register(app);
      const start = await app.request('POST', '/v1/recoveries', { phone: u.phone });
      const early = await app.request('POST', `/v1/recoveries/${start.json().id}/complete`, { newPassword: NEW_PASSWORD });
      assert.equal(errorCode(early), 'flow_state_invalid');
      // A login flow's id is not a recovery's.
      const login = await app.request('POST', '/v1/login-codes', { phone: u.phone });
      assert.equal(errorCode(await app.request('POST', `/v1/recoveries/${login.json().id}/verify`, { code: '123456' })), 'flow_not_found');
    });
  });
});
