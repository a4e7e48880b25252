import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { STRONG_PASSWORD, startTestApp, uniquePhone, type TestApp } from '../helpers/app.ts';
import { codeOf, from, ipOf, seedAccounts, smsSent, tally, type Res } from '../helpers/abuse.ts';

/*
 * SMS bombing: flooding one number with codes from many client IPs, through every flow that sends
 * one. docs/abuse.md: 60 s between codes to a number whichever flow sent them, 5 an hour, 10 a day.
 *
 * The counters run on the database's clock, so "a minute passes" and "an hour passes" are done
 * by deleting the cooldown and hour keys (`sms:cd:<e164>`, `sms:num:h:<e164>`) — what their TTLs
 * do — after their refusals have been checked.
 */

const BUDGETS = { codes: { resendSeconds: 60 }, budgets: { perNumberHour: 5, perNumberDay: 10 } };

function assertRefused(res: Res, scope: string, maxSeconds: number): number {
  assert.equal(res.statusCode, 429, res.body);
  assert.equal(codeOf(res), 'rate_limited');
  const { retryAfterSeconds, scope: got } = res.json().error.details;
  assert.equal(got, scope, res.body);
  assert.equal(res.headers['retry-after'], String(retryAfterSeconds), 'the header says what the details say');
  assert.ok(retryAfterSeconds >= 1 && retryAfterSeconds <= maxSeconds, `Retry-After ${retryAfterSeconds} > ${maxSeconds}`);
  return retryAfterSeconds;
}

describe('SMS bombing of one number from many IPs', () => {
  let app: TestApp;
  let victim: string;
  let ipSeq = 0;
  const nextIp = () => ipOf(++ipSeq, 100);
  const minutePasses = () => app.tessera.deps.counters.reset(`sms:cd:${victim}`);
  const hourPasses = () => app.tessera.deps.counters.reset(`sms:num:h:${victim}`);

  before(async () => {
    app = await startTestApp('pglite', { policy: BUDGETS });
  });
  after(async () => app?.close());

  /** One attack move, from a new IP each time: a registration, a login code (the victim has an account) or a resend. */
  let lastFlow: string | undefined;
  async function bomb(k: number): Promise<Res> {
    const move = k % 3;
    if (move === 2 && lastFlow) return from(app, nextIp(), 'POST', `/v1/registrations/${lastFlow}/resend`, {});
    const res = await from(app, nextIp(), 'POST', move === 0 ? '/v1/registrations' : '/v1/login-codes', { phone: victim });
    if (move === 0 && res.statusCode === 201) lastFlow = res.json().id;
    return res;
  }

  test('the 60 s cooldown holds across flows and IPs', async () => {
    victim = uniquePhone();
    await seedAccounts(app, 1, STRONG_PASSWORD, () => victim);
    const first = await from(app, nextIp(), 'POST', '/v1/registrations', { phone: victim });
    assert.equal(first.statusCode, 201, first.body);
    lastFlow = first.json().id;
    const others = [
      await from(app, nextIp(), 'POST', '/v1/login-codes', { phone: victim }),
      await from(app, nextIp(), 'POST', `/v1/registrations/${lastFlow}/resend`, {}),
      await from(app, nextIp(), 'POST', '/v1/registrations', { phone: victim }),
      await from(app, nextIp(), 'POST', '/v1/registrations', { phone: victim.replace('+86', '+86 '), country: 'CN' }),
    ];
    for (const res of others) {
      const wait = assertRefused(res, 'number', 60);
      assert.ok(wait >= 55, `cooldown ${wait} s`);
    }
    assert.equal(await smsSent(app, { phone: victim }), 1);

    // 40 more at once from 40 IPs: the cooldown is claimed atomically, not one gets through.
    const burst = await Promise.all(Array.from({ length: 40 }, (_, k) => bomb(k)));
    assert.deepEqual(tally(burst), { rate_limited: 40 });
    assert.equal(await smsSent(app, { phone: victim }), 1);

    await minutePasses();
    const later = await from(app, nextIp(), 'POST', '/v1/login-codes', { phone: victim });
    assert.equal(later.statusCode, 201, later.body);
    assert.equal(await smsSent(app, { phone: victim }), 2);
  });

  test('at most 5 an hour and 10 a day, whatever the mix of flows and IPs', async () => {
    victim = uniquePhone();
    await seedAccounts(app, 1, STRONG_PASSWORD, () => victim);
    lastFlow = undefined;
    const perHour: number[] = [];
    for (let hour = 0; hour < 3; hour++) {
      const answers: Res[] = [];
      for (let k = 0; k < 30; k++) {
        answers.push(await bomb(k));
        await minutePasses();
      }
      const sent = answers.filter((r) => r.statusCode === 200 || r.statusCode === 201).length;
      perHour.push(sent);
      const refused = answers.filter((r) => r.statusCode >= 300);
      // The number's own limits, not the flow's 5 codes: those are counted per flow and resends here spread over flows.
      const scopes = new Set(refused.map((r) => r.json().error.details.scope));
      assert.ok(
        [...scopes].every((s) => s === 'number' || s === 'flow'),
        [...scopes].join(),
      );
      for (const r of refused.filter((x) => x.json().error.details.scope === 'number')) assertRefused(r, 'number', hour < 2 ? 3600 : 86_400);
      await hourPasses();
    }
    const total = await smsSent(app, { phone: victim });
    console.log(`SMS per "hour" from 90 requests on 90 IPs: ${perHour.join(', ')}; ${total} in the day`);
    assert.deepEqual(perHour, [5, 5, 0]);
    assert.equal(total, 10);
    // The day's refusal says how long until the day window ends, not an hour.
    const dayRefusal = await from(app, nextIp(), 'POST', '/v1/login-codes', { phone: victim });
    assert.ok(assertRefused(dayRefusal, 'number', 86_400) > 3600);
  });

  test('many numbers from one IPv6 /64 spend one per-IP budget', async () => {
    const local = await startTestApp('pglite', { policy: { budgets: { perIpHour: 20 } } });
    try {
      const answers: Res[] = [];
      for (let k = 0; k < 25; k++) {
        answers.push(await from(local, `2001:db8:1:2:${((k * 7919) % 65536).toString(16)}::${k + 1}`, 'POST', '/v1/registrations', { phone: uniquePhone() }));
      }
      assert.deepEqual(tally(answers), { 201: 20, rate_limited: 5 });
      for (const r of answers.slice(20)) assertRefused(r, 'ip', 3600);
      const otherNet = await from(local, '2001:db8:1:3::1', 'POST', '/v1/registrations', { phone: uniquePhone() });
      assert.equal(otherNet.statusCode, 201, 'another /64 has its own budget');
    } finally {
      await local.close();
    }
  });
});

describe('SMS bombing: the hourly budget under concurrency', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('pglite', { policy: { codes: { resendSeconds: 0 }, budgets: { perNumberHour: 5, perNumberDay: 10 } } });
  });
  after(async () => app?.close());

  test('60 requests at once from 60 IPs, no cooldown: exactly 5 SMS', async () => {
    const victim = uniquePhone();
    const answers = await Promise.all(Array.from({ length: 60 }, (_, k) => from(app, ipOf(k + 1, 101), 'POST', '/v1/registrations', { phone: victim })));
    const counts = tally(answers);
    console.log(`60 at once: ${JSON.stringify(counts)}`);
    assert.deepEqual(counts, { 201: 5, rate_limited: 55 });
    assert.equal(await smsSent(app, { phone: victim }), 5);
  });
});
