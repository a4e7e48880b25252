import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { solveChallenge } from 'altcha-lib/v1';
import { STRONG_PASSWORD, uniquePhone, verifiedFlow } from './helpers/app.ts';
import { forEachStore } from './helpers/stores.ts';

function errorCode(res: { json(): any }): string {
  return res.json().error.code;
}

forEachStore((store, suite) => {
  const { skip } = suite;
  describe(`registration over HTTP (${store})`, () => {
    const { app, clock, it } = suite.app();

    it('registers a number end to end and opens a session', async () => {
      const phone = uniquePhone();
      const start = await app.request('POST', '/v1/registrations', { phone: phone.replace('+86', '+86 ').replace(/(\d{4})(\d{4})$/, '-$1 $2') });
      assert.equal(start.statusCode, 201, start.body);
      const flow = start.json();
      assert.equal(flow.state, 'code_sent');
      assert.equal(flow.phone.e164, phone);
      assert.equal(flow.phone.region, 'CN');
      assert.match(flow.phone.masked, /^\+86 138\*{4}\d{4}$/);
      assert.deepEqual(flow.code, { length: 6, ttlSeconds: 300 });
      assert.match(flow.id, /^[A-Za-z0-9_-]{22}$/);
      const status = await app.request('GET', `/v1/registrations/${flow.id}`);
      await app.tessera.dispatcher.idle();
      assert.equal(status.statusCode, 200);
      const verify = await app.request('POST', `/v1/registrations/${flow.id}/verify`, { code: await app.lastCode(phone) });
      assert.equal(verify.statusCode, 200, verify.body);
      assert.deepEqual({ state: verify.json().state, phoneRegistered: verify.json().phoneRegistered }, { state: 'verified', phoneRegistered: false });
      const done = await app.request('POST', `/v1/registrations/${flow.id}/complete`, {
        password: STRONG_PASSWORD,
        handle: `Reg_${Date.now().toString(36)}`,
        displayName: 'Wang Xiaoming',
        acceptTerms: true,
      });
      assert.equal(done.statusCode, 201, done.body);
      const body = done.json();
      assert.equal(body.account.phone.e164, phone);
      assert.equal(body.account.status, 'active');
      assert.equal(body.account.trustLevel, 0);
      assert.match(body.deviceToken, /^[A-Za-z0-9_-]{43}$/);
      const me = await app.request('GET', '/v1/me', undefined, { authorization: `Bearer ${body.session.token}` });
      assert.equal(me.statusCode, 200);
      assert.equal(me.json().account.id, body.account.id);
      const delivered = await app.request('GET', `/v1/registrations/${flow.id}`);
      assert.equal(delivered.json().delivery.status, 'sent');
      assert.equal(delivered.json().state, 'completed');
    });

    it('generates a tid_ handle when none is given', async () => {
      const { id } = await verifiedFlow(app);
      const done = await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true });
      assert.equal(done.statusCode, 201, done.body);
      assert.match(done.json().account.handle, /^tid_[a-z2-7]{12}$/);
    });

    it('accepts national digits with a country, full-width digits and a (0) trunk', async () => {
      for (const [input, country, e164] of [
        ['１３８ ００１３ ９０００', 'CN', '+8613800139000'],
        ['(0)9123 4567', 'HK', '+85291234567'],
        ['+852 (0) 9123-4568', undefined, '+85291234568'],
      ] as const) {
        const res = await app.request('POST', '/v1/registrations', { phone: input, ...(country ? { country } : {}) });
        assert.equal(res.statusCode, 201, `${input}: ${res.body}`);
        assert.equal(res.json().phone.e164, e164);
      }
    });

    it('refuses bad numbers, each with its own code', async () => {
      const cases: [unknown, number, string][] = [
        [{ phone: '+86 12' }, 400, 'phone_invalid'],
        [{ phone: '+86 138 0013 8000 ext. 12' }, 400, 'phone_invalid'],
        [{ phone: '+86 10 6552 9988' }, 422, 'phone_not_mobile'],
        [{ phone: '+86 400 810 8888' }, 422, 'phone_not_mobile'],
        [{ phone: '+1 201 555 0123' }, 403, 'region_not_supported'],
        [{ phone: 12345 }, 400, 'invalid_request'],
        [{}, 400, 'invalid_request'],
      ];
      for (const [body, status, code] of cases) {
        const res = await app.request('POST', '/v1/registrations', body);
        assert.equal(res.statusCode, status, `${JSON.stringify(body)} → ${res.body}`);
        assert.equal(errorCode(res), code);
      }
      const region = await app.request('POST', '/v1/registrations', { phone: '+1 201 555 0123' });
      assert.deepEqual(region.json().error.details, { region: 'US', supportedRegions: ['CN', 'HK'] });
      const field = await app.request('POST', '/v1/registrations', { phone: 12345 });
      assert.equal(field.json().error.details.field, 'phone');
    });

    it('refuses a blocked number and a blocked prefix', async () => {
      const phone = uniquePhone();
      await app.tessera.deps.blocklist.add(phone, 'test', new Date());
      await app.tessera.deps.blocklist.add('+86139*', 'prefix', new Date());
      for (const p of [phone, '+8613912345678']) {
        const res = await app.request('POST', '/v1/registrations', { phone: p });
        assert.equal(res.statusCode, 403, res.body);
        assert.equal(errorCode(res), 'phone_blocked');
      }
    });

    it('answers in the language asked for', async () => {
      const res = await app.request('POST', '/v1/registrations', { phone: '+86 12', locale: 'zh-CN' });
      assert.match(res.json().error.message, /[\u4e00-\u9fff]/);
      const hk = await app.request('POST', '/v1/registrations', { phone: '+86 12' }, { 'accept-language': 'zh-HK,zh;q=0.9' });
      assert.notEqual(hk.json().error.message, res.json().error.message);
      const en = await app.request('POST', '/v1/registrations', { phone: '+86 12' });
      assert.match(en.json().error.message, /[a-z]/);
    });

    it('counts wrong codes: code_incorrect with attempts left, then code_attempts_exceeded even for the right code', async () => {
      const phone = uniquePhone();
      const { id } = (await app.request('POST', '/v1/registrations', { phone })).json();
      const right = await app.lastCode(phone);
      const wrong = right === '000000' ? '111111' : '000000';
      for (let left = 4; left >= 0; left--) {
        const res = await app.request('POST', `/v1/registrations/${id}/verify`, { code: wrong });
        assert.equal(res.statusCode, left === 0 ? 400 : 400);
        assert.equal(errorCode(res), 'code_incorrect');
        assert.equal(res.json().error.details.attemptsLeft, left);
      }
      const dead = await app.request('POST', `/v1/registrations/${id}/verify`, { code: right });
      assert.equal(dead.statusCode, 429);
      assert.equal(errorCode(dead), 'code_attempts_exceeded');
      // A new code brings the flow back.
      const resend = await app.request('POST', `/v1/registrations/${id}/resend`);
      assert.equal(resend.statusCode, 200, resend.body);
      const fresh = await app.lastCode(phone);
      const ok = await app.request('POST', `/v1/registrations/${id}/verify`, { code: fresh });
      assert.equal(ok.statusCode, 200, ok.body);
    });

    it('kills the old code on resend', async () => {
      const phone = uniquePhone();
      const { id } = (await app.request('POST', '/v1/registrations', { phone })).json();
      const first = await app.lastCode(phone);
      await app.request('POST', `/v1/registrations/${id}/resend`, {});
      const second = await app.lastCode(phone);
      if (first !== second) {
        const old = await app.request('POST', `/v1/registrations/${id}/verify`, { code: first });
        assert.equal(errorCode(old), 'code_incorrect');
      }
      const res = await app.request('POST', `/v1/registrations/${id}/verify`, { code: second });
      assert.equal(res.statusCode, 200, res.body);
    });

    it('expires codes after 5 minutes and flows after their lifetime', async () => {
      const phone = uniquePhone();
      const { id } = (await app.request('POST', '/v1/registrations', { phone })).json();
      const code = await app.lastCode(phone);
      clock.advance(301);
      const expired = await app.request('POST', `/v1/registrations/${id}/verify`, { code });
      assert.equal(expired.statusCode, 410);
      assert.equal(errorCode(expired), 'code_expired');
      clock.advance(1800);
      const gone = await app.request('POST', `/v1/registrations/${id}/verify`, { code });
      assert.equal(gone.statusCode, 410);
      assert.equal(errorCode(gone), 'flow_expired');
    });

    it('answers flow_not_found for unknown and malformed ids', async () => {
      for (const id of ['AAAAAAAAAAAAAAAAAAAAAA', 'nope', '%00', 'x'.repeat(60)]) {
        const res = await app.request('POST', `/v1/registrations/${id}/verify`, { code: '123456' });
        assert.equal(res.statusCode, 404, res.body);
        assert.equal(errorCode(res), 'flow_not_found');
      }
    });

    it('refuses to complete an unverified flow', async () => {
      const { id } = (await app.request('POST', '/v1/registrations', { phone: uniquePhone() })).json();
      const res = await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true });
      assert.equal(res.statusCode, 409);
      assert.equal(errorCode(res), 'flow_state_invalid');
    });

    it('checks the password: length before hashing, strength with advice', async () => {
      const { id, phone } = await verifiedFlow(app);
      const short = await app.request('POST', `/v1/registrations/${id}/complete`, { password: 'short', acceptTerms: true });
      assert.equal(short.statusCode, 422);
      assert.equal(errorCode(short), 'password_invalid');
      const long = await app.request('POST', `/v1/registrations/${id}/complete`, { password: 'x'.repeat(129), acceptTerms: true });
      assert.equal(errorCode(long), 'password_invalid');
      const weak = await app.request('POST', `/v1/registrations/${id}/complete`, { password: phone.slice(3) + 'a', acceptTerms: true });
      assert.equal(weak.statusCode, 422);
      assert.equal(errorCode(weak), 'password_weak');
      assert.equal(typeof weak.json().error.details.score, 'number');
      assert.ok(Array.isArray(weak.json().error.details.suggestions));
      const terms = await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: false });
      assert.equal(errorCode(terms), 'invalid_request');
      assert.equal(terms.json().error.details.field, 'acceptTerms');
    });

    it('checks handles: rules, reserved look-alikes, taken with suggestions', async () => {
      const taken = `Taken_${Date.now().toString(36)}`;
      const a = await verifiedFlow(app);
      assert.equal(
        (await app.request('POST', `/v1/registrations/${a.id}/complete`, { password: STRONG_PASSWORD, handle: taken, acceptTerms: true })).statusCode,
        201,
      );
      const b = await verifiedFlow(app);
      for (const [handle, rule] of [
        ['1abcdef', 'first_character'],
        ['abc', 'length'],
        ['adm1n_', 'reserved'],
        ['tid_abcdefghijkl', 'generated_prefix'],
      ]) {
        const res = await app.request('POST', `/v1/registrations/${b.id}/complete`, { password: STRONG_PASSWORD, handle, acceptTerms: true });
        assert.equal(res.statusCode, 422, `${handle}: ${res.body}`);
        assert.equal(errorCode(res), 'handle_invalid');
        assert.equal(res.json().error.details.rule, rule);
      }
      const clash = await app.request('POST', `/v1/registrations/${b.id}/complete`, {
        password: STRONG_PASSWORD,
        handle: taken.toUpperCase(),
        acceptTerms: true,
      });
      assert.equal(clash.statusCode, 409);
      assert.equal(errorCode(clash), 'handle_taken');
      const suggestions: string[] = clash.json().error.details.suggestions;
      assert.ok(suggestions.length > 0);
      for (const s of suggestions) {
        const check = (await app.request('GET', `/v1/handles/${s}`)).json();
        assert.equal(check.available, true, s);
      }
      const lookup = (await app.request('GET', `/v1/handles/${taken.toLowerCase()}`)).json();
      assert.equal(lookup.available, false);
      assert.equal(lookup.reason, 'taken');
      assert.equal((await app.request('GET', '/v1/handles/support')).json().reason, 'reserved');
      assert.equal((await app.request('GET', '/v1/handles/9lives')).json().reason, 'invalid');
    });

    it('says phone_registered at completion and offers login from a verified flow', async () => {
      const a = await verifiedFlow(app);
      const b = await verifiedFlow(app, a.phone);
      assert.equal((await app.request('POST', `/v1/registrations/${a.id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true })).statusCode, 201);
      const again = await app.request('POST', `/v1/registrations/${b.id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true });
      assert.equal(again.statusCode, 409);
      assert.equal(errorCode(again), 'phone_registered');
      const c = await app.request('POST', '/v1/registrations', { phone: a.phone });
      const verify = await app.request('POST', `/v1/registrations/${c.json().id}/verify`, { code: await app.lastCode(a.phone) });
      assert.equal(verify.json().phoneRegistered, true);
      const login = await app.request('POST', `/v1/registrations/${c.json().id}/login`, { deviceName: 'Test phone' });
      assert.equal(login.statusCode, 201, login.body);
      const me = await app.request('GET', '/v1/me', undefined, { authorization: `Bearer ${login.json().session.token}` });
      assert.equal(me.json().account.phone.e164, a.phone);
    });

    it('adds the clock_skew hint when the device clock is off by more than 5 minutes', async () => {
      const skewed = new Date(clock.now().getTime() - 3600_000).toISOString();
      const res = await app.request('POST', '/v1/registrations', { phone: uniquePhone(), clientTime: skewed });
      assert.equal(res.statusCode, 201);
      assert.deepEqual(res.json().hints, [{ code: 'clock_skew', skewSeconds: -3600 }]);
      const bad = await app.request('POST', `/v1/registrations/${res.json().id}/verify`, { code: '000000', clientTime: skewed });
      assert.deepEqual(bad.json().hints, [{ code: 'clock_skew', skewSeconds: -3600 }]);
      const fine = await app.request('POST', '/v1/registrations', { phone: uniquePhone(), clientTime: clock.now().toISOString() });
      assert.equal(fine.json().hints, undefined);
      const fineState = await app.request('GET', `/v1/registrations/${fine.json().id}`);
      assert.equal(fineState.json().hints, undefined, 'a flow that started with a good clock has nothing to remember');
    });

    it('a flow remembers the skew it started with: its later answers carry the hint, errors included', async () => {
      const phone = uniquePhone();
      const skewed = new Date(clock.now().getTime() + 900_000).toISOString();
      const start = await app.request('POST', '/v1/registrations', { phone, clientTime: skewed });
      assert.equal(start.statusCode, 201, start.body);
      const id = start.json().id as string;
      const hint = [{ code: 'clock_skew', skewSeconds: 900 }];
      const state = await app.request('GET', `/v1/registrations/${id}`);
      assert.deepEqual(state.json().hints, hint, state.body);
      const resend = await app.request('POST', `/v1/registrations/${id}/resend`, {});
      assert.equal(resend.statusCode, 200, resend.body);
      assert.deepEqual(resend.json().hints, hint);
      const early = await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true });
      assert.equal(errorCode(early), 'flow_state_invalid');
      assert.deepEqual(early.json().hints, hint, 'an error of this flow carries it too');
      const wrong = await app.request('POST', `/v1/registrations/${id}/verify`, { code: '000000' });
      assert.equal(errorCode(wrong), 'code_incorrect');
      assert.deepEqual(wrong.json().hints, hint);
      // A request that sends its own clientTime is judged by it: the clock was put right.
      const right = await app.request('POST', `/v1/registrations/${id}/verify`, { code: await app.lastCode(phone), clientTime: clock.now().toISOString() });
      assert.equal(right.statusCode, 200, right.body);
      assert.equal(right.json().hints, undefined);
      const unknown = await app.request('GET', '/v1/registrations/AAAAAAAAAAAAAAAAAAAAAA');
      assert.equal(errorCode(unknown), 'flow_not_found');
      assert.equal(unknown.json().hints, undefined);
    });

    it('refuses /v1/me without a valid session', async () => {
      for (const auth of [undefined, 'Bearer nope', 'Bearer AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA']) {
        const res = await app.request('GET', '/v1/me', undefined, auth ? { authorization: auth } : {});
        assert.equal(res.statusCode, 401);
        assert.equal(errorCode(res), 'unauthenticated');
      }
    });
  });

  describe(`registration limits (${store})`, () => {
    const { app, it } = suite.app({
      policy: { codes: { resendSeconds: 60 }, budgets: { perNumberHour: 5, perNumberDay: 10, powAfterPerIp10Min: 100000 } },
    });

    it('holds the 60 s cooldown per number across flows, with Retry-After', async () => {
      const phone = uniquePhone();
      assert.equal((await app.request('POST', '/v1/registrations', { phone })).statusCode, 201);
      const second = await app.request('POST', '/v1/registrations', { phone });
      assert.equal(second.statusCode, 429);
      assert.equal(errorCode(second), 'rate_limited');
      const retry = second.json().error.details.retryAfterSeconds;
      assert.ok(retry > 0 && retry <= 60, String(retry));
      assert.equal(second.headers['retry-after'], String(retry));
    });
  });

  describe(`proof of work (${store})`, () => {
    const { app } = suite.app({ policy: { budgets: { powAfterPerIp10Min: 1 } } });

    test('asks for proof of work past the per-IP threshold and accepts a solved challenge once', { skip: skip ?? false }, async () => {
      assert.equal((await app.request('POST', '/v1/registrations', { phone: uniquePhone() })).statusCode, 201);
      const refused = await app.request('POST', '/v1/registrations', { phone: uniquePhone() });
      assert.equal(refused.statusCode, 428);
      assert.equal(errorCode(refused), 'challenge_required');
      const challenge = refused.json().error.details.challenge;
      assert.equal(challenge.algorithm, 'SHA-256');
      const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
      assert.ok(solution);
      const pow = Buffer.from(JSON.stringify({ ...challenge, number: solution.number })).toString('base64');
      const accepted = await app.request('POST', '/v1/registrations', { phone: uniquePhone(), pow });
      assert.equal(accepted.statusCode, 201, accepted.body);
      const replay = await app.request('POST', '/v1/registrations', { phone: uniquePhone(), pow });
      assert.equal(replay.statusCode, 428);
    });
  });
});
