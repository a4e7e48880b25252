/**
 * `sms.testNumbers`: fixed codes for app-store review and demos, on PGlite and Postgres. Inside
 * its window a test number gets no SMS, its code is the fixed one, and each use is audit-logged
 * and counted; outside it the number is like any other. The setting is validated at start.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPolicy } from '../../src/config/index.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { ConfigError } from '../../src/core/errors.ts';
import { STORES, STRONG_PASSWORD, postgresUnavailable, startTestApp, uniquePhone, type TestApp } from '../helpers/app.ts';

const PG_SKIP = await postgresUnavailable();

test('sms.testNumbers is validated at start, naming the bad entry', () => {
  const entry = { phone: '+8613800000001', code: '246810', from: '2026-03-01T00:00:00Z', until: '2026-04-01T00:00:00+08:00' };
  assert.equal(buildPolicy({ sms: { testNumbers: [entry] } }).sms.testNumbers.length, 1);
  const bad: [unknown, RegExp][] = [
    [{ ...entry, phone: '13800000001' }, /"sms\.testNumbers\[0\]\.phone" must be an E\.164 number/],
    [{ ...entry, code: '2468' }, /"sms\.testNumbers\[0\]\.code" must be a string of 6 to 8 digits/],
    [{ ...entry, code: '2468101' }, /"sms\.testNumbers\[0\]\.code" must have 6 digits \("codes\.length"\)/],
    [{ ...entry, from: '2026-03-01' }, /"sms\.testNumbers\[0\]\.from" must be an ISO 8601 time with its zone/],
    [{ ...entry, until: '2026-02-01T00:00:00Z' }, /"sms\.testNumbers\[0\]\.from" must be before "sms\.testNumbers\[0\]\.until"/],
    [{ ...entry, note: 'review' }, /unknown key "sms\.testNumbers\[0\]\.note"/],
    ['+8613800000001', /"sms\.testNumbers\[0\]" must be an object/],
  ];
  for (const [value, message] of bad) {
    assert.throws(
      () => buildPolicy({ sms: { testNumbers: [value] } }),
      (e: unknown) => e instanceof ConfigError && message.test(e.message),
      JSON.stringify(value),
    );
  }
  assert.throws(() => buildPolicy({ sms: { testNumbers: [entry, { ...entry, code: '135790' }] } }), /"sms\.testNumbers\[1\]": \+8613800000001 is listed twice/);
  assert.equal(buildPolicy({ codes: { length: 8 }, sms: { testNumbers: [{ ...entry, code: '24681012' }] } }).sms.testNumbers[0]!.code, '24681012');
});

for (const kind of STORES) {
  const skip = kind === 'postgres' ? PG_SKIP : null;
  describe(`test numbers (${kind})`, () => {
    let app: TestApp;
    const clock = new ManualClock('2026-03-15T00:00:00Z');
    const reviewer = uniquePhone();
    const lapsed = uniquePhone();
    before(async () => {
      if (skip) return;
      app = await startTestApp(kind, {
        clock,
        policy: {
          sms: {
            testNumbers: [
              { phone: reviewer, code: '246810', from: '2026-03-01T00:00:00Z', until: '2026-04-01T00:00:00Z' },
              { phone: lapsed, code: '135790', from: '2026-02-01T00:00:00Z', until: '2026-03-01T00:00:00Z' },
            ],
          },
        },
      });
    });
    after(async () => app?.close());
    const it = (name: string, fn: () => Promise<void>) => test(name, { skip: skip ?? false }, fn);
    const inbox = async (phone: string) => (await app.request('GET', `/_dev/sms?to=${encodeURIComponent(phone)}`)).json().messages as unknown[];

    it('inside its window a test number gets the fixed code and no SMS; the use is audit-logged and counted', async () => {
      const start = await app.request('POST', '/v1/registrations', { phone: reviewer });
      assert.equal(start.statusCode, 201, start.body);
      assert.equal(start.json().delivery.status, 'queued');
      await app.tessera.dispatcher.idle();
      const flowId = start.json().id as string;
      assert.equal((await app.request('GET', `/v1/registrations/${flowId}`)).json().delivery.status, 'delivered');
      assert.deepEqual(await inbox(reviewer), [], 'nothing reached any gateway');
      const rows = await app.tessera.database.db.selectFrom('sms_outbox').select(['status', 'body_enc', 'provider']).where('phone', '=', reviewer).execute();
      assert.deepEqual(rows, [{ status: 'test_number', body_enc: null, provider: null }]);
      const verify = await app.request('POST', `/v1/registrations/${flowId}/verify`, { code: '246810' });
      assert.equal(verify.statusCode, 200, verify.body);
      const audit = await app.tessera.database.db
        .selectFrom('audit_log')
        .select(['action', 'actor', 'outcome', 'details'])
        .where('action', '=', 'sms.test_number.used')
        .execute();
      assert.equal(audit.length, 1);
      const details = JSON.parse(audit[0]!.details ?? '{}');
      assert.equal(details.purpose, 'registration');
      assert.equal(details.phone, `+86 138****${reviewer.slice(-4)}`, 'masked');
      assert.match((await app.request('GET', '/metrics')).body, /tessera_sms_test_number_uses_total\{purpose="registration"\} 1/);
      const done = await app.request('POST', `/v1/registrations/${flowId}/complete`, { password: STRONG_PASSWORD, acceptTerms: true });
      assert.equal(done.statusCode, 201, done.body);
    });

    it('a login by SMS code on the test number takes the fixed code too, still without an SMS', async () => {
      const start = await app.request('POST', '/v1/login-codes', { phone: reviewer });
      assert.equal(start.statusCode, 201, start.body);
      await app.tessera.dispatcher.idle();
      const verify = await app.request('POST', `/v1/login-codes/${start.json().id}/verify`, { code: '246810' });
      assert.equal(verify.statusCode, 201, verify.body);
      assert.ok(verify.json().session.token);
      assert.deepEqual(await inbox(reviewer), []);
      assert.match((await app.request('GET', '/metrics')).body, /tessera_sms_test_number_uses_total\{purpose="login"\} 1/);
    });

    it('outside its window the number is like any other: a real SMS, and the fixed code is wrong', async () => {
      const start = await app.request('POST', '/v1/registrations', { phone: lapsed });
      assert.equal(start.statusCode, 201, start.body);
      const flowId = start.json().id as string;
      const sent = await app.lastCode(lapsed);
      assert.equal((await inbox(lapsed)).length, 1);
      if (sent !== '135790') {
        const wrong = await app.request('POST', `/v1/registrations/${flowId}/verify`, { code: '135790' });
        assert.equal(wrong.json().error.code, 'code_incorrect');
      }
      assert.equal((await app.request('POST', `/v1/registrations/${flowId}/verify`, { code: sent })).statusCode, 200);
      clock.advance(31 * 86_400);
      const later = await app.request('POST', '/v1/registrations', { phone: reviewer });
      assert.equal(later.statusCode, 201);
      await app.tessera.dispatcher.idle();
      assert.equal((await inbox(reviewer)).length, 1, 'after `until` the reviewer number gets real SMS');
    });
  });
}
