import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ipBudgetKey } from '../../src/policy/ip.ts';
import { STRONG_PASSWORD, startTestApp, uniquePhone, type TestApp } from '../helpers/app.ts';
import { codeOf, from, ipOf, seedAccounts, tally, type Res, type SeededAccount } from '../helpers/abuse.ts';

/*
 * A lockout attempt: an attacker who knows the victim's number fails passwords on it from several
 * IPs, to lock the owner out (docs/abuse.md: never a lockout an attacker can impose on the owner).
 * Waits are real time on the database's clock; the attacker's are lifted by deleting their keys,
 * which is what waiting them out would do.
 */

const VICTIM_IP = '192.0.2.10';

describe('lockout attempt against one account (pglite)', () => {
  let app: TestApp;
  let victim: SeededAccount;
  const attackerIps = Array.from({ length: 12 }, (_, k) => ipOf(k + 1, 45));
  /** The account's run, or with a suffix the (number, IP) pair's. */
  const failures = async (suffix = '') =>
    (await app.tessera.deps.loginCounters.peek(suffix ? `login:password:phone:${victim.phone}${suffix}:fails` : `login:password:${victim.id}:fails`))?.count ??
    0;

  before(async () => {
    app = await startTestApp('pglite');
    [victim] = (await seedAccounts(app, 1, STRONG_PASSWORD, () => uniquePhone())) as [SeededAccount];
  });
  after(async () => app?.close());

  test('110 wrong passwords from 12 IPs: the account stops taking passwords from new devices after 100', async () => {
    const answers: Res[] = [];
    for (let n = 0; n < 110; n++) {
      const ip = attackerIps[n % attackerIps.length]!;
      answers.push(await from(app, ip, 'POST', '/v1/sessions', { identifier: victim.phone, password: `guess-${n}-xyzzy` }));
      const c = app.tessera.deps.loginCounters;
      await c.reset(`login:password:phone:${victim.phone}:wait`);
      for (const a of attackerIps) await c.reset(`login:password:phone:${victim.phone}:ip:${ipBudgetKey(a)}:wait`);
    }
    const counts = tally(answers);
    console.log(`110 attempts from 12 IPs: ${JSON.stringify(counts)}; account counter ${await failures()}`);
    assert.deepEqual(counts, { invalid_credentials: 100, rate_limited: 10 });
    assert.equal(await failures(), 100);
    // Even with the right password, a new device — the attacker's or anyone's — is refused now.
    const attackerRight = await from(app, attackerIps[0]!, 'POST', '/v1/sessions', { identifier: victim.phone, password: STRONG_PASSWORD });
    assert.equal(codeOf(attackerRight), 'rate_limited');
    const audit = await app.tessera.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('account_id', '=', victim.id)
      .where('action', '=', 'login.password')
      .where('outcome', '=', 'failure')
      .execute();
    assert.equal(audit.length, 100, 'every evaluated failure is in the owner’s security log');
  });

  test('the owner still gets in by SMS login code, on the phone they know and on a new one', async () => {
    const withDevice = await from(app, VICTIM_IP, 'POST', '/v1/login-codes', { phone: victim.phone });
    assert.equal(withDevice.statusCode, 201, withDevice.body);
    const a = await from(app, VICTIM_IP, 'POST', `/v1/login-codes/${withDevice.json().id}/verify`, {
      code: await app.lastCode(victim.phone),
      deviceToken: victim.deviceToken,
    });
    assert.equal(a.statusCode, 201, a.body);
    await app.tessera.deps.counters.reset(`sms:cd:${victim.phone}`); // the 60 s cooldown between codes passes
    const newPhone = await from(app, VICTIM_IP, 'POST', '/v1/login-codes', { phone: victim.phone });
    assert.equal(newPhone.statusCode, 201, newPhone.body);
    const b = await from(app, VICTIM_IP, 'POST', `/v1/login-codes/${newPhone.json().id}/verify`, { code: await app.lastCode(victim.phone) });
    assert.equal(b.statusCode, 201, b.body);
    assert.match(b.json().deviceToken, /^[A-Za-z0-9_-]{43}$/);
    // SMS proves the number, not the password: the attacker's run of password failures still stands.
    assert.equal(await failures(), 100);
  });

  test('a new device of the owner is refused while the run stands, even from the owner’s own IP', async () => {
    // The (account, IP) counter of the owner's IP is clean, but the account's stop covers every new device:
    // lifting it for clean IPs would let an attacker with many IPs past 100 guesses.
    assert.equal(await failures(`:ip:${ipBudgetKey(VICTIM_IP)}`), 0);
    const res = await from(app, VICTIM_IP, 'POST', '/v1/sessions', { identifier: victim.phone, password: STRONG_PASSWORD });
    assert.equal(codeOf(res), 'rate_limited');
  });

  test('the owner’s known device logs in with the password; that ends the run, and a new device from the owner’s IP works again', async () => {
    const known = await from(app, VICTIM_IP, 'POST', '/v1/sessions', { identifier: victim.phone, password: STRONG_PASSWORD, deviceToken: victim.deviceToken });
    assert.equal(known.statusCode, 201, known.body);
    assert.equal(await failures(), 0);
    const fresh = await from(app, VICTIM_IP, 'POST', '/v1/sessions', { identifier: victim.phone, password: STRONG_PASSWORD, deviceName: 'New laptop' });
    assert.equal(codeOf(fresh), 'verification_required', fresh.body);
    const { challengeId } = fresh.json().error.details;
    await app.tessera.deps.counters.reset(`sms:cd:${victim.phone}`);
    assert.equal((await from(app, VICTIM_IP, 'POST', `/v1/challenges/${challengeId}/send`, { method: 'sms' })).statusCode, 200);
    const ok = await from(app, VICTIM_IP, 'POST', `/v1/challenges/${challengeId}/verify`, { method: 'sms', code: await app.lastCode(victim.phone) });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.ok(ok.json().session.token);
    // The attacker's own IPs keep their (account, IP) history (100 failures over 12 IPs: 9 for the first), not reset by the owner.
    assert.equal(await failures(`:ip:${ipBudgetKey(attackerIps[0]!)}`), 9);
  });
});
