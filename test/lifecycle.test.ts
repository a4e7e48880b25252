import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { STRONG_PASSWORD, uniquePhone } from './helpers/app.ts';
import { forEachStore } from './helpers/stores.ts';
import { auditActions, bearer, enrolTotp, errorCode, register, texts, uniqueHandle, wrongCode, type User } from './helpers/lifecycle.ts';

// Phone change, dormant numbers taken over, handle change (docs/accounts.md).
const DAY = 86_400;
const RACE_ROUNDS = 8;

forEachStore((store, suite) => {
  describe(`phone change, recycled numbers, handle change (${store})`, () => {
    const { app, clock, it } = suite.app();

    /** Starts a phone change to `to` and proves the new number. */
    async function newNumberProven(u: User, to: string) {
      const start = await app.request('POST', '/v1/me/phone-change', { phone: to }, bearer(u.token));
      assert.equal(start.statusCode, 201, start.body);
      const id = start.json().id as string;
      const verify = await app.request('POST', `/v1/me/phone-change/${id}/verify`, { code: await app.lastCode(to) }, bearer(u.token));
      assert.equal(verify.statusCode, 200, verify.body);
      return { id, verify: verify.json() };
    }

    it('moves an account to a new number with a code to each; the old number is told and released', async () => {
      const u = await register(app);
      const to = uniquePhone();
      const start = await app.request('POST', '/v1/me/phone-change', { phone: to.replace('+86', '+86 ') }, bearer(u.token));
      assert.equal(start.statusCode, 201, start.body);
      assert.equal(start.json().phone.e164, to);
      const id = start.json().id as string;
      assert.equal(errorCode(await app.request('POST', `/v1/me/phone-change/${id}/send-old`, {}, bearer(u.token))), 'flow_state_invalid');
      assert.equal(
        errorCode(await app.request('POST', `/v1/me/phone-change/${id}/confirm`, { method: 'sms', code: '123456' }, bearer(u.token))),
        'flow_state_invalid',
      );
      const verify = await app.request('POST', `/v1/me/phone-change/${id}/verify`, { code: await app.lastCode(to) }, bearer(u.token));
      assert.deepEqual(verify.json(), { id, newNumberVerified: true, methods: ['sms'] });
      assert.equal(
        errorCode(await app.request('POST', `/v1/me/phone-change/${id}/confirm`, { method: 'sms', code: '123456' }, bearer(u.token))),
        'flow_state_invalid',
      );
      const sent = await app.request('POST', `/v1/me/phone-change/${id}/send-old`, {}, bearer(u.token));
      assert.equal(sent.statusCode, 200, sent.body);
      const oldCode = await app.lastCode(u.phone);
      const wrong = await app.request('POST', `/v1/me/phone-change/${id}/confirm`, { method: 'sms', code: wrongCode(oldCode) }, bearer(u.token));
      assert.equal(errorCode(wrong), 'code_incorrect');
      const done = await app.request('POST', `/v1/me/phone-change/${id}/confirm`, { method: 'sms', code: oldCode }, bearer(u.token));
      assert.equal(done.statusCode, 200, done.body);
      assert.equal(done.json().account.phone.e164, to);
      assert.match((await texts(app, u.phone))[0]!, /Your account moved to another number/);

      assert.equal((await app.request('POST', '/v1/sessions', { identifier: to, password: STRONG_PASSWORD, deviceToken: u.deviceToken })).statusCode, 201);
      assert.equal(
        errorCode(await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceToken: u.deviceToken })),
        'invalid_credentials',
      );
      const reg = await app.request('POST', '/v1/registrations', { phone: u.phone });
      const regVerify = await app.request('POST', `/v1/registrations/${reg.json().id}/verify`, { code: await app.lastCode(u.phone) });
      assert.equal(regVerify.json().phoneRegistered, false, 'the old number is free');
      const changed = (await auditActions(app, u.accountId)).find((e) => e.action === 'phone.changed')!;
      assert.equal(changed.ip, '127.0.0.1');
      assert.ok(!changed.details!.includes(to) && !changed.details!.includes(u.phone), `numbers masked: ${changed.details}`);
      assert.equal(
        errorCode(await app.request('POST', `/v1/me/phone-change/${id}/confirm`, { method: 'sms', code: oldCode }, bearer(u.token))),
        'flow_state_invalid',
      );
    });

    it('takes a second factor instead of the old number', async () => {
      const u = await register(app);
      const totp = await enrolTotp(app, clock, u.token);
      const to = uniquePhone();
      const { id, verify } = await newNumberProven(u, to);
      assert.deepEqual(verify.methods, ['sms', 'totp', 'recovery_code']);
      const bad = await app.request('POST', `/v1/me/phone-change/${id}/confirm`, { method: 'totp', code: wrongCode(totp.code()) }, bearer(u.token));
      assert.equal(errorCode(bad), 'code_incorrect');
      assert.equal(bad.json().error.details.attemptsLeft, 4);
      const done = await app.request('POST', `/v1/me/phone-change/${id}/confirm`, { method: 'totp', code: totp.code() }, bearer(u.token));
      assert.equal(done.statusCode, 200, done.body);
      assert.equal(done.json().account.phone.e164, to);
    });

    it("refuses a taken or unchanged number, a stale authentication and other people's flows", async () => {
      const u = await register(app);
      const other = await register(app);
      // A taken number is told only after its code is verified (the start answers alike: test/attacks/phone-change-enumeration.test.ts).
      const taken = await app.request('POST', '/v1/me/phone-change', { phone: other.phone }, bearer(u.token));
      assert.equal(taken.statusCode, 201, taken.body);
      const takenVerify = await app.request(
        'POST',
        `/v1/me/phone-change/${taken.json().id}/verify`,
        { code: await app.lastCode(other.phone) },
        bearer(u.token),
      );
      assert.equal(errorCode(takenVerify), 'phone_registered');
      clock.advance(61);
      assert.equal(errorCode(await app.request('POST', '/v1/me/phone-change', { phone: u.phone }, bearer(u.token))), 'invalid_request');
      assert.equal(errorCode(await app.request('POST', '/v1/me/phone-change', { phone: uniquePhone() })), 'unauthenticated');
      const { id } = await newNumberProven(u, uniquePhone());
      assert.equal(errorCode(await app.request('POST', `/v1/me/phone-change/${id}/send-old`, {}, bearer(other.token))), 'flow_not_found');
      clock.advance(16 * 60);
      assert.equal(errorCode(await app.request('POST', '/v1/me/phone-change', { phone: uniquePhone() }, bearer(u.token))), 'reauthentication_required');
    });

    it(`a phone change to N and a registration of N at once, ${RACE_ROUNDS} times: exactly one account holds N`, async () => {
      const wins = { change: 0, registration: 0 };
      for (let round = 0; round < RACE_ROUNDS; round++) {
        const u = await register(app);
        const n = uniquePhone();
        const { id } = await newNumberProven(u, n);
        const reg = await app.request('POST', '/v1/registrations', { phone: n });
        const regVerify = await app.request('POST', `/v1/registrations/${reg.json().id}/verify`, { code: await app.lastCode(n) });
        assert.equal(regVerify.json().phoneRegistered, false);
        await app.request('POST', `/v1/me/phone-change/${id}/send-old`, {}, bearer(u.token));
        const oldCode = await app.lastCode(u.phone);
        const [change, registration] = await Promise.all([
          app.request('POST', `/v1/me/phone-change/${id}/confirm`, { method: 'sms', code: oldCode }, bearer(u.token)),
          app.request('POST', `/v1/registrations/${reg.json().id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true }),
        ]);
        const outcomes = [change.statusCode, registration.statusCode];
        assert.ok(
          outcomes.every((s) => s < 500),
          `${change.body} ${registration.body}`,
        );
        assert.equal(outcomes.filter((s) => s < 300).length, 1, `one winner: ${change.body} ${registration.body}`);
        const loser = change.statusCode < 300 ? registration : change;
        assert.equal(errorCode(loser), 'phone_registered', loser.body);
        const holders = await app.tessera.database.db.selectFrom('accounts').select('id').where('phone', '=', n).where('status', '<>', 'deleted').execute();
        assert.equal(holders.length, 1);
        if (change.statusCode < 300) wins.change += 1;
        else wins.registration += 1;
      }
      assert.equal(wins.change + wins.registration, RACE_ROUNDS);
    });

    it('handle change: the first after a generated handle is free, then one a year; the old one is held', async () => {
      const u = await register(app, { handle: null });
      assert.match(u.handle, /^tid_[a-z2-7]{12}$/);
      const wanted = uniqueHandle('H');
      const wrongPassword = await app.request('PUT', '/v1/me/handle', { handle: wanted, password: 'not-the-password-1' }, bearer(u.token));
      assert.equal(errorCode(wrongPassword), 'invalid_credentials');
      assert.equal(errorCode(await app.request('PUT', '/v1/me/handle', { handle: 'x', password: STRONG_PASSWORD }, bearer(u.token))), 'handle_invalid');
      const first = await app.request('PUT', '/v1/me/handle', { handle: wanted, password: STRONG_PASSWORD }, bearer(u.token));
      assert.equal(first.statusCode, 200, first.body);
      assert.equal(first.json().account.handle, wanted);
      assert.equal(first.json().nextChangeAt, new Date(clock.now().getTime() + 365 * DAY * 1000).toISOString());

      // The generated handle stops resolving at once; the new one resolves in any case.
      assert.equal(
        errorCode(await app.request('POST', '/v1/sessions', { identifier: u.handle, password: STRONG_PASSWORD, deviceToken: u.deviceToken })),
        'invalid_credentials',
      );
      assert.equal(
        (await app.request('POST', '/v1/sessions', { identifier: wanted.toLowerCase(), password: STRONG_PASSWORD, deviceToken: u.deviceToken })).statusCode,
        201,
      );

      const second = await app.request('PUT', '/v1/me/handle', { handle: uniqueHandle('H'), password: STRONG_PASSWORD }, bearer(u.token));
      assert.equal(errorCode(second), 'rate_limited');
      assert.ok(second.json().error.details.retryAfterSeconds > 364 * DAY, second.body);
      assert.equal(second.headers['retry-after'], String(second.json().error.details.retryAfterSeconds));

      clock.advance(365 * DAY + 1);
      const login = await app.request('POST', '/v1/sessions', { identifier: wanted, password: STRONG_PASSWORD, deviceToken: u.deviceToken });
      const latest = uniqueHandle('H');
      const third = await app.request('PUT', '/v1/me/handle', { handle: latest, password: STRONG_PASSWORD }, bearer(login.json().session.token));
      assert.equal(third.statusCode, 200, third.body);

      // The handle it gave up stops resolving at once and nobody else may claim it for 180 days.
      assert.equal(
        errorCode(await app.request('POST', '/v1/sessions', { identifier: wanted, password: STRONG_PASSWORD, deviceToken: u.deviceToken })),
        'invalid_credentials',
      );
      const lookup = await app.request('GET', `/v1/handles/${wanted}`);
      assert.deepEqual([lookup.json().available, lookup.json().reason], [false, 'taken']);
      const thief = await app.request('POST', '/v1/registrations', { phone: uniquePhone() });
      await app.request('POST', `/v1/registrations/${thief.json().id}/verify`, { code: await app.lastCode(thief.json().phone.e164) });
      const claim = await app.request('POST', `/v1/registrations/${thief.json().id}/complete`, {
        password: STRONG_PASSWORD,
        handle: wanted.toUpperCase(),
        acceptTerms: true,
      });
      assert.equal(errorCode(claim), 'handle_taken');
      clock.advance(181 * DAY);
      assert.equal((await app.request('GET', `/v1/handles/${wanted}`)).json().available, true, 'free again after the hold');
      const events = (await auditActions(app, u.accountId)).filter((e) => e.action === 'handle.changed').map((e) => e.outcome);
      assert.deepEqual(events, ['failure', 'success', 'success']);
    });

    it('a handle chosen at sign-up may change a year after it', async () => {
      const u = await register(app);
      const res = await app.request('PUT', '/v1/me/handle', { handle: uniqueHandle('C'), password: STRONG_PASSWORD }, bearer(u.token));
      assert.equal(errorCode(res), 'rate_limited');
      clock.advance(16 * 60);
      assert.equal(
        errorCode(await app.request('PUT', '/v1/me/handle', { handle: uniqueHandle('C'), password: STRONG_PASSWORD }, bearer(u.token))),
        'reauthentication_required',
      );
    });

    it('a number whose account is dormant may be taken over; the old account keeps its data and needs its second factor', async () => {
      const withFactor = await register(app, { handle: uniqueHandle('D') });
      const totp = await enrolTotp(app, clock, withFactor.token);
      const without = await register(app, { handle: uniqueHandle('E') });
      const active = await register(app);

      async function verifyNumber(phone: string) {
        const start = await app.request('POST', '/v1/registrations', { phone });
        const verify = await app.request('POST', `/v1/registrations/${start.json().id}/verify`, { code: await app.lastCode(phone) });
        assert.equal(verify.statusCode, 200, verify.body);
        return { id: start.json().id as string, body: verify.json() };
      }
      const early = await verifyNumber(withFactor.phone);
      assert.deepEqual([early.body.phoneRegistered, early.body.recycled], [true, false]);
      const refused = await app.request('POST', `/v1/registrations/${early.id}/complete`, {
        password: STRONG_PASSWORD,
        acceptTerms: true,
        takeOverNumber: true,
      });
      assert.equal(errorCode(refused), 'phone_registered');

      clock.advance(181 * DAY);
      // Signs of life keep a number: this account logs in after the long pause.
      assert.equal(
        (await app.request('POST', '/v1/sessions', { identifier: active.phone, password: STRONG_PASSWORD, deviceToken: active.deviceToken })).statusCode,
        201,
      );
      assert.equal((await verifyNumber(active.phone)).body.recycled, false);

      const flow = await verifyNumber(withFactor.phone);
      assert.deepEqual([flow.body.phoneRegistered, flow.body.recycled], [true, true]);
      const plain = await app.request('POST', `/v1/registrations/${flow.id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true });
      assert.equal(errorCode(plain), 'phone_registered');
      const taken = await app.request('POST', `/v1/registrations/${flow.id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true, takeOverNumber: true });
      assert.equal(taken.statusCode, 201, taken.body);
      assert.equal(taken.json().account.phone.e164, withFactor.phone);
      assert.notEqual(taken.json().account.id, withFactor.accountId);

      const db = app.tessera.database.db;
      const old = await db
        .selectFrom('accounts')
        .select(['phone', 'phone_released_at', 'status', 'handle'])
        .where('id', '=', withFactor.accountId)
        .executeTakeFirstOrThrow();
      assert.deepEqual([old.phone, old.status, old.handle], [null, 'active', withFactor.handle]);
      assert.ok(old.phone_released_at);
      const live = await db.selectFrom('sessions').select('id').where('account_id', '=', withFactor.accountId).where('revoked_at', 'is', null).execute();
      assert.equal(live.length, 0);

      // Handle + password + second factor still open the old account, even on its known device; SMS is not offered.
      const login = await app.request('POST', '/v1/sessions', {
        identifier: withFactor.handle,
        password: STRONG_PASSWORD,
        deviceToken: withFactor.deviceToken,
      });
      assert.equal(errorCode(login), 'verification_required', login.body);
      assert.deepEqual(login.json().error.details.methods, ['totp', 'recovery_code']);
      const answer = await app.request('POST', `/v1/challenges/${login.json().error.details.challengeId}/verify`, { method: 'totp', code: totp.code() });
      assert.equal(answer.statusCode, 200, answer.body);
      assert.equal(answer.json().account.phone, null);
      assert.ok((await auditActions(app, withFactor.accountId)).some((e) => e.action === 'phone.released'));

      // Without a second factor there is no way back in with the handle.
      const other = await verifyNumber(without.phone);
      assert.equal(
        (await app.request('POST', `/v1/registrations/${other.id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true, takeOverNumber: true }))
          .statusCode,
        201,
      );
      const stuck = await app.request('POST', '/v1/sessions', { identifier: without.handle, password: STRONG_PASSWORD, deviceToken: without.deviceToken });
      assert.equal(errorCode(stuck), 'forbidden');
      assert.equal(stuck.json().error.details.reason, 'phone_released_no_second_factor');
    });
  });
});
