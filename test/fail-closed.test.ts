import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { STRONG_PASSWORD, startTestApp, uniquePhone, type TestApp } from './helpers/app.ts';
import { codeOf, redisServerMissing, smsSent, startOwnRedis, waitReady, type OwnRedis, type Res } from './helpers/abuse.ts';
import { IN_CI } from './helpers/services.ts';

/*
 * docs/abuse.md: when the rate-limit store is down, SMS sending and code checking fail closed (503) and
 * nothing is sent unmetered; password logins keep working (their throttle lives in the database).
 * The Redis here is a redis-server of the test's own, killed and restarted under a running server.
 */

const MISSING = redisServerMissing();
if (MISSING && IN_CI) throw new Error(`${MISSING} (CI requires it)`);
if (MISSING) console.log(`skipping the fail-closed suite: ${MISSING}`);

async function waitStatus(app: TestApp, status: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await app.request('GET', '/readyz');
    if (res.statusCode === status) return;
    if (Date.now() > deadline) throw new Error(`/readyz still ${res.statusCode} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function assertUnavailable(res: Res, what: string): void {
  assert.equal(res.statusCode, 503, `${what}: ${res.body}`);
  assert.equal(codeOf(res), 'service_unavailable');
  assert.equal(res.headers['retry-after'], '5');
}

describe('Redis down: sending and code checks fail closed, password logins go on (pglite + redis-server)', { skip: MISSING ?? false }, () => {
  let app: TestApp;
  let redis: OwnRedis;
  let owner: { phone: string; deviceToken: string };
  let pending: { id: string; phone: string; code: string };

  before(async () => {
    redis = await startOwnRedis();
    app = await startTestApp('pglite', { redisUrl: redis.url });
    await waitReady(app);
  });
  after(async () => {
    await app?.close();
    await redis?.stop();
  });

  const outbox = () => smsSent(app);

  test('with Redis up, a whole registration works', async () => {
    const phone = uniquePhone();
    const start = await app.request('POST', '/v1/registrations', { phone });
    assert.equal(start.statusCode, 201, start.body);
    const verify = await app.request('POST', `/v1/registrations/${start.json().id}/verify`, { code: await app.lastCode(phone) });
    assert.equal(verify.statusCode, 200, verify.body);
    const done = await app.request('POST', `/v1/registrations/${start.json().id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true });
    assert.equal(done.statusCode, 201, done.body);
    owner = { phone, deviceToken: done.json().deviceToken };
    // A registration left half-way, whose code will be tried while Redis is down.
    const other = uniquePhone();
    const half = await app.request('POST', '/v1/registrations', { phone: other });
    assert.equal(half.statusCode, 201, half.body);
    pending = { id: half.json().id, phone: other, code: await app.lastCode(other) };
  });

  test('with Redis killed: every SMS send and code check answers 503 and sends nothing', async () => {
    await redis.stop();
    await waitStatus(app, 503);
    await app.tessera.dispatcher.idle();
    const before = await outbox();
    const inbox = (await app.request('GET', '/_dev/sms')).json().messages.length;

    assertUnavailable(await app.request('POST', '/v1/registrations', { phone: uniquePhone() }), 'registration');
    assertUnavailable(await app.request('POST', `/v1/registrations/${pending.id}/resend`, {}), 'resend');
    assertUnavailable(await app.request('POST', '/v1/login-codes', { phone: owner.phone }), 'login code for an account');
    assertUnavailable(await app.request('POST', '/v1/login-codes', { phone: uniquePhone() }), 'login code for no account');
    const recovery = await app.request('POST', '/v1/recoveries', { phone: owner.phone });
    if (recovery.statusCode !== 404) assertUnavailable(recovery, 'recovery');
    // Code checks: not even the right code is taken without the wrong-code ledger.
    assertUnavailable(await app.request('POST', `/v1/registrations/${pending.id}/verify`, { code: pending.code }), 'verify');
    // A new device's SMS challenge cannot be sent either.
    const challenge = await app.request('POST', '/v1/sessions', { identifier: owner.phone, password: STRONG_PASSWORD });
    assert.equal(codeOf(challenge), 'verification_required', challenge.body);
    assertUnavailable(await app.request('POST', `/v1/challenges/${challenge.json().error.details.challengeId}/send`, { method: 'sms' }), 'challenge SMS');

    await app.tessera.dispatcher.idle();
    assert.equal(await outbox(), before, 'nothing queued');
    assert.equal((await app.request('GET', '/_dev/sms')).json().messages.length, inbox, 'nothing delivered');
    const metrics = (await app.request('GET', '/metrics')).body;
    const refused = Number(/^tessera_counter_store_errors_total (\d+)/m.exec(metrics)?.[1] ?? 0);
    assert.ok(refused >= 7, `tessera_counter_store_errors_total ${refused}`);
  });

  test('with Redis killed: password logins are throttled on the database and still work', async () => {
    const known = await app.request('POST', '/v1/sessions', { identifier: owner.phone, password: STRONG_PASSWORD, deviceToken: owner.deviceToken });
    assert.equal(known.statusCode, 201, known.body);
    const wrong = await app.request('POST', '/v1/sessions', { identifier: owner.phone, password: 'not-the-password-1', deviceToken: owner.deviceToken });
    assert.equal(codeOf(wrong), 'invalid_credentials');
    const me = await app.request('GET', '/v1/me', undefined, { authorization: `Bearer ${known.json().session.token}` });
    assert.equal(me.statusCode, 200, me.body);
  });

  test('with Redis back: codes are sent and checked again, and the code held back still works', async () => {
    await redis.start();
    await waitStatus(app, 200);
    const before = await outbox();
    const verify = await app.request('POST', `/v1/registrations/${pending.id}/verify`, { code: pending.code });
    assert.equal(verify.statusCode, 200, verify.body);
    const phone = uniquePhone();
    assert.equal((await app.request('POST', '/v1/registrations', { phone })).statusCode, 201);
    assert.equal((await app.request('POST', '/v1/login-codes', { phone: owner.phone })).statusCode, 201);
    await app.tessera.dispatcher.idle();
    assert.equal(await outbox(), before + 2);
    await app.lastCode(phone);
  });
});
