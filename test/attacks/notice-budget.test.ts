import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import { buildPolicy } from '../../src/config/index.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { clearCooldown, cooldownLeft } from '../../src/policy/send-budget.ts';
import { STORES, STRONG_PASSWORD, postgresUnavailable, startTestApp, uniquePhone, type TestApp } from '../helpers/app.ts';
import { codeOf, from, ipOf, smsSent, type Res } from '../helpers/abuse.ts';

/*
 * Security notices never lock the owner out (docs/abuse.md, SMS per number): a "new login" notice spends
 * a budget of its own (5 a day a number), never the 5 codes an hour / 10 a day the person needs to
 * get back in. Each case runs with the number's code budgets and cooldown at their defaults.
 *
 * Why this fails on the old behaviour (notices spending the number's code budget, as
 * sendSecurityAlert did with spendSendBudget): registration (1 code) and two new-device logins
 * (2 codes, 2 notices) put 5 SMS on the number's hour, so the third device's code would be
 * refused (429) and so would the recovery; and in the second case 1 code + 4 notices would fill
 * the hour, so the 5th notice would not go and the recovery after the 6th login would be refused.
 *
 * The 60 s cooldown between codes: the test's ManualClock is advanced 61 s, but the counters of
 * PGlite and Postgres run on the database's clock (`statement_timestamp()`), not the app's, so the
 * cooldown has not passed for them; then the cooldown key alone (`sms:cd:<e164>`) is cleared. The
 * hour and day budgets are never touched.
 */

const DEFAULTS = buildPolicy({});
/** Security notices a number may be sent in a day, by default. */
const NOTICES_PER_NUMBER_DAY = DEFAULTS.budgets.noticesPerNumberDay;
const CODE_BUDGETS = {
  codes: { resendSeconds: DEFAULTS.codes.resendSeconds },
  budgets: {
    perNumberHour: DEFAULTS.budgets.perNumberHour,
    perNumberDay: DEFAULTS.budgets.perNumberDay,
    noticesPerNumberDay: DEFAULTS.budgets.noticesPerNumberDay,
  },
};

/** SMS to the number by kind: codes (any flow) and security notices. */
async function sent(app: TestApp, phone: string): Promise<{ codes: number; notices: number }> {
  const rows = await app.tessera.database.db
    .selectFrom('sms_outbox')
    .select(['purpose', sql<number>`count(*)::int`.as('n')])
    .where('phone', '=', phone)
    .where('status', '<>', 'suppressed')
    .groupBy('purpose')
    .execute();
  const notices = rows.filter((r) => r.purpose === 'security_alert').reduce((a, r) => a + r.n, 0);
  const codes = rows.filter((r) => r.purpose !== 'security_alert').reduce((a, r) => a + r.n, 0);
  return { codes, notices };
}

function owner(app: TestApp, clock: ManualClock) {
  const phone = uniquePhone();
  let n = 0;
  const ip = () => ipOf(++n, 100);
  const cooldownsCleared: boolean[] = [];
  return {
    phone,
    cooldownsCleared,
    /** The next code may be sent: 61 s later by the app's clock (see the header for the counters'). */
    async pastCooldown() {
      clock.advance(DEFAULTS.codes.resendSeconds + 1);
      const left = await cooldownLeft(app.tessera.deps.counters, phone);
      cooldownsCleared.push(left > 0);
      if (left > 0) await clearCooldown(app.tessera.deps.counters, phone);
    },
    async register(): Promise<{ token: string; accountId: string }> {
      const start = await from(app, ip(), 'POST', '/v1/registrations', { phone });
      assert.equal(start.statusCode, 201, start.body);
      const id = start.json().id;
      const verify = await from(app, ip(), 'POST', `/v1/registrations/${id}/verify`, { code: await app.lastCode(phone) });
      assert.equal(verify.statusCode, 200, verify.body);
      const done = await from(app, ip(), 'POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true });
      assert.equal(done.statusCode, 201, done.body);
      return { token: done.json().session.token, accountId: done.json().account.id };
    },
    /** Phone and password from a device the account has never seen: the challenge it is asked. */
    async newDevice(name: string): Promise<{ challengeId: string; methods: string[] }> {
      const res = await from(app, ip(), 'POST', '/v1/sessions', { identifier: phone, password: STRONG_PASSWORD, deviceName: name });
      assert.equal(codeOf(res), 'verification_required', res.body);
      return res.json().error.details;
    },
    send(challengeId: string): Promise<Res> {
      return from(app, ip(), 'POST', `/v1/challenges/${challengeId}/send`, { method: 'sms' });
    },
    async answer(challengeId: string, method: 'sms' | 'totp', code: string, name: string): Promise<void> {
      const res = await from(app, ip(), 'POST', `/v1/challenges/${challengeId}/verify`, { method, code, deviceName: name });
      assert.equal(res.statusCode, 200, res.body);
      assert.ok(res.json().session.token && res.json().deviceToken, 'logged in on the new device');
    },
    recovery(): Promise<Res> {
      return from(app, ip(), 'POST', '/v1/recoveries', { phone });
    },
  };
}

const numberRefusal = (r: Res) => r.statusCode === 429 && codeOf(r) === 'rate_limited' && r.json().error.details?.scope === 'number';

for (const store of STORES) {
  describe(`security notices never lock the owner out (${store})`, () => {
    let app: TestApp;
    const clock = new ManualClock(new Date());
    before(async () => {
      const reason = store === 'postgres' ? await postgresUnavailable() : null;
      if (reason) throw new Error(reason);
      app = await startTestApp(store, { clock, policy: CODE_BUDGETS });
    });
    after(async () => app?.close());

    test("two new-device logins send 3 codes and 2 notices; the third device and a recovery still get the number's 4th and 5th codes", async () => {
      assert.deepEqual([DEFAULTS.budgets.perNumberHour, DEFAULTS.budgets.perNumberDay, DEFAULTS.codes.resendSeconds], [5, 10, 60], 'the default budgets');
      const o = owner(app, clock);
      await o.register();
      for (const device of ['Second phone', 'Third phone']) {
        await o.pastCooldown();
        const { challengeId, methods } = await o.newDevice(device);
        assert.deepEqual(methods, ['sms']);
        const send = await o.send(challengeId);
        assert.equal(send.statusCode, 200, send.body);
        await o.answer(challengeId, 'sms', await app.lastCode(o.phone), device);
      }
      await app.tessera.dispatcher.idle();
      assert.deepEqual(await sent(app, o.phone), { codes: 3, notices: 2 }, 'registration + 2 logins: 3 codes, and a notice per new-device login');

      // The third new device: its code goes (the number's 4th), and so does a recovery's (the 5th).
      await o.pastCooldown();
      const third = await o.newDevice('Fourth phone');
      const send = await o.send(third.challengeId);
      assert.equal(send.statusCode, 200, `the third device's code after 3 codes and 2 notices: ${send.body}`);
      await o.pastCooldown();
      const recovery = await o.recovery();
      assert.equal(recovery.statusCode, 201, `a recovery after 4 codes and 2 notices: ${recovery.body}`);
      await app.tessera.dispatcher.idle();
      assert.deepEqual(await sent(app, o.phone), { codes: 5, notices: 2 });
      assert.equal(await smsSent(app, { phone: o.phone }), 7);

      // The hour's budget is 5 codes and is now spent, by codes alone: the 6th is refused.
      await o.pastCooldown();
      const sixth = await o.send(third.challengeId);
      assert.ok(numberRefusal(sixth), `a 6th code in the hour: ${sixth.statusCode} ${sixth.body}`);
      assert.deepEqual(await sent(app, o.phone), { codes: 5, notices: 2 });
      console.log(
        `${store}: 5 codes and 2 notices sent, the 6th code refused; cooldown cleared by hand ${o.cooldownsCleared.filter(Boolean).length} ` +
          `of ${o.cooldownsCleared.length} times (the counters do not follow the test clock)`,
      );
    });

    test(
      `notices have a budget of their own: after ${NOTICES_PER_NUMBER_DAY} in a day the 6th new-device login logs in without one, and ` + `codes still go`,
      async () => {
        assert.equal(NOTICES_PER_NUMBER_DAY, 5, 'docs/abuse.md');
        const o = owner(app, clock);
        const { token, accountId } = await o.register();
        // An authenticator app, so that new-device logins cost no code: only their notices are counted.
        const begin = await app.request('POST', '/v1/me/totp', undefined, { authorization: `Bearer ${token}` });
        assert.equal(begin.statusCode, 200, begin.body);
        const totp = new TOTP({ secret: Secret.fromBase32(begin.json().secret), algorithm: 'SHA1', digits: 6, period: 30 });
        const codeNow = () => totp.generate({ timestamp: clock.now().getTime() });
        const confirm = await app.request('POST', '/v1/me/totp/confirm', { code: codeNow() }, { authorization: `Bearer ${token}` });
        assert.equal(confirm.statusCode, 200, confirm.body);

        const noticesAfter: number[] = [];
        for (let k = 1; k <= NOTICES_PER_NUMBER_DAY + 1; k++) {
          clock.advance(31); // a TOTP step of its own: a code is accepted once
          const device = `Tablet ${k}`;
          const { challengeId, methods } = await o.newDevice(device);
          assert.ok(methods.includes('totp') && !methods.includes('sms'), JSON.stringify(methods));
          await o.answer(challengeId, 'totp', codeNow(), device);
          await app.tessera.dispatcher.idle();
          noticesAfter.push((await sent(app, o.phone)).notices);
        }
        console.log(`${store}: notices after each of 6 new-device logins: ${JSON.stringify(noticesAfter)}`);
        assert.deepEqual(noticesAfter, [1, 2, 3, 4, 5, 5], 'a notice per login up to 5 a day, then none (the 6th login still opened a session)');
        const refused = await app.tessera.database.db
          .selectFrom('audit_log')
          .select('details')
          .where('account_id', '=', accountId)
          .where('action', '=', 'alert.new_login')
          .where('outcome', '=', 'refused')
          .execute();
        assert.deepEqual(
          refused.map((r) => JSON.parse(r.details ?? '{}')),
          [{ reason: 'budget' }],
          'the skipped notice is in the audit log',
        );

        // Codes still go: a recovery sends the number its 2nd code of the day, and it lets the owner in.
        await o.pastCooldown();
        const recovery = await o.recovery();
        assert.equal(recovery.statusCode, 201, `a recovery after 5 notices: ${recovery.body}`);
        await app.tessera.dispatcher.idle();
        assert.deepEqual(await sent(app, o.phone), { codes: 2, notices: 5 });
        const verify = await app.request('POST', `/v1/recoveries/${recovery.json().id}/verify`, { code: await app.lastCode(o.phone) });
        assert.equal(verify.statusCode, 200, verify.body);
        assert.equal(verify.json().state, 'verified');
      },
    );
  });
}
