import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../src/core/clock.ts';
import { ipBudgetKey } from '../src/policy/ip.ts';
import { delaySeconds } from '../src/policy/login-throttle.ts';
import { STRONG_PASSWORD, patiently, startTestApp, uniquePhone, type TestApp } from './helpers/app.ts';
import { forEachStore } from './helpers/stores.ts';
import { codeOf, from, ipOf, seedAccounts, tally, type Res, type SeededAccount } from './helpers/abuse.ts';

/*
 * Failed logins (docs/abuse.md): counted per account and per (account, IP), atomically; 30 s doubling
 * to 1 h from the 10th; at most 100 consecutive; a known device still gets in; a success resets.
 * The same throttle guards every answer to a new-device challenge (SMS code, TOTP, recovery code).
 *
 * Waits are real time on the database's clock: the suite checks each one, then deletes its key
 * (`login:<method>:<name>[:ip:<ip>]:wait`, the name being `phone:<e164>` for a password by number and
 * `id:<account>` for a challenge's answers), which is what its expiry does. The account's own run
 * (`login:<method>:<account>:fails`) counts every failure however the account was named.
 */

const WRONG = 'not-the-password-1';

function appCode(secret: string, at: Date): string {
  return execFileSync('oathtool', ['--totp', '-b', secret, '--now', at.toISOString()], { encoding: 'utf8' }).trim();
}

const base = (method: string, accountId: string) => `login:${method}:${accountId}`;

async function liftWaits(app: TestApp, method: string, name: string, ips: string[]): Promise<void> {
  const c = app.tessera.deps.loginCounters;
  await c.reset(`${base(method, name)}:wait`);
  for (const ip of ips) await c.reset(`${base(method, name)}:ip:${ipBudgetKey(ip)}:wait`);
}

/** The account's run, or the (name, IP) pair's. */
async function failures(app: TestApp, method: string, accountOrName: string, ip?: string): Promise<number> {
  const key = ip ? `${base(method, accountOrName)}:ip:${ipBudgetKey(ip)}:fails` : `${base(method, accountOrName)}:fails`;
  return (await app.tessera.deps.loginCounters.peek(key))?.count ?? 0;
}

function assertWait(res: Res, seconds: number, what: string): void {
  assert.equal(codeOf(res), 'rate_limited', `${what}: ${res.body}`);
  assert.equal(res.json().error.details.scope, 'login', res.body);
  const retry = Number(res.headers['retry-after']);
  assert.ok(retry <= seconds && retry >= seconds - 2, `${what}: Retry-After ${retry}, expected ${seconds}`);
}

const login = (app: TestApp, ip: string, u: SeededAccount, password: string, withDevice = false) =>
  from(app, ip, 'POST', '/v1/sessions', { identifier: u.phone, password, ...(withDevice ? { deviceToken: u.deviceToken } : {}) });

forEachStore((store, suite) => {
  describe(`password login throttle (${store})`, () => {
    const { app, it } = suite.app();

    it('50 wrong attempts at once on one account from one IP: every evaluated one is counted', async () => {
      const [u] = await seedAccounts(app, 1, STRONG_PASSWORD, () => uniquePhone());
      const ip = ipOf(1, 31);
      // Retried on server_busy (more password work queued than the bound), as a client would: every one reaches the throttle.
      const answers = await Promise.all(Array.from({ length: 50 }, () => patiently(() => login(app, ip, u!, WRONG))));
      const counts = tally(answers);
      const counted = await failures(app, 'password', u!.id);
      console.log(
        `${store}: 50 at once → ${JSON.stringify(counts)}; the account's counter says ${counted}, the (number, IP) one ` +
          `${await failures(app, 'password', `phone:${u!.phone}`, ip)}`,
      );
      assert.equal((counts.invalid_credentials ?? 0) + (counts.rate_limited ?? 0), 50);
      assert.equal(counted, counts.invalid_credentials, 'no lost update: one count per evaluated attempt');
      assert.equal(await failures(app, 'password', `phone:${u!.phone}`, ip), counts.invalid_credentials);
      assert.equal(counts.invalid_credentials, 10, 'the 10th failure holds the wait: none behind it is evaluated');
    });

    it('150 wrong attempts at once from 150 IPs: never more than 100 evaluated', async () => {
      const [u] = await seedAccounts(app, 1, STRONG_PASSWORD, () => uniquePhone());
      const answers = await Promise.all(Array.from({ length: 150 }, (_, k) => patiently(() => login(app, ipOf(k + 1, 32), u!, WRONG))));
      const counts = tally(answers);
      console.log(`${store}: 150 at once from 150 IPs → ${JSON.stringify(counts)}`);
      assert.ok((counts.invalid_credentials ?? 0) <= 100, `${counts.invalid_credentials} evaluated`);
      assert.equal((counts.invalid_credentials ?? 0) + (counts.rate_limited ?? 0), 150);
    });

    it('waits of 30 s doubling from the 10th failure, a stop at 100, a known device still in, a success resets', async () => {
      const [u] = await seedAccounts(app, 1, STRONG_PASSWORD, () => uniquePhone());
      // Nine failures cost no wait, and a success ends the run.
      const early = ipOf(1, 30);
      for (let n = 1; n <= 9; n++) assert.equal(codeOf(await login(app, early, u!, WRONG)), 'invalid_credentials');
      assert.equal(await failures(app, 'password', u!.id), 9);
      assert.equal(codeOf(await login(app, early, u!, STRONG_PASSWORD)), 'verification_required');
      assert.equal(await failures(app, 'password', u!.id), 0);

      const ip = ipOf(1, 33);
      for (let n = 1; n <= 100; n++) {
        const res = await login(app, ip, u!, WRONG);
        assert.equal(codeOf(res), 'invalid_credentials', `failure #${n}: ${res.body}`);
        if (n < 10) {
          assert.equal(await app.tessera.deps.loginCounters.ttl(`${base('password', `phone:${u!.phone}`)}:wait`), 0, `no wait after ${n} failures`);
          continue;
        }
        // From the 10th: even the right password waits, 30 s, 60 s, 120 s … capped at 1 h.
        const next = await login(app, ip, u!, STRONG_PASSWORD);
        assertWait(next, delaySeconds(n), `after ${n} failures`);
        if (n <= 12) assert.equal(delaySeconds(n), 30 * 2 ** (n - 10));
        await liftWaits(app, 'password', `phone:${u!.phone}`, [ip]);
      }
      assert.equal(await failures(app, 'password', u!.id), 100);
      // 100 consecutive: the unknown-device password path is shut, from this IP and from any other, waits or not.
      for (const other of [ip, ipOf(2, 33), '2001:db8:33::1']) {
        const res = await login(app, other, u!, STRONG_PASSWORD);
        assertWait(res, 3600, `after 100 failures, from ${other}`);
      }
      // The owner's phone, a known device, still logs in with the password (from its own network).
      const known = await login(app, ipOf(3, 33), u!, STRONG_PASSWORD, true);
      assert.equal(known.statusCode, 201, known.body);
      // That success ended the run: a new device gets its challenge again.
      assert.equal(await failures(app, 'password', u!.id), 0);
      assert.equal(codeOf(await login(app, ipOf(3, 33), u!, STRONG_PASSWORD)), 'verification_required');
    });
  });
});

describe('the same throttle on challenge answers: SMS code, TOTP, recovery code (pglite)', () => {
  let app: TestApp;
  const clock = new ManualClock(new Date());
  before(async () => {
    app = await startTestApp('pglite', { clock });
  });
  after(async () => app?.close());

  /** A new-device login with the right password: the challenge it opens. */
  async function challenge(u: SeededAccount, ip: string): Promise<{ id: string; methods: string[] }> {
    const res = await login(app, ip, u, STRONG_PASSWORD);
    assert.equal(codeOf(res), 'verification_required', res.body);
    return { id: res.json().error.details.challengeId, methods: res.json().error.details.methods };
  }

  async function enrolTotp(u: SeededAccount): Promise<{ secret: string; recoveryCodes: string[] }> {
    const session = await login(app, '127.0.0.1', u, STRONG_PASSWORD, true);
    assert.equal(session.statusCode, 201, session.body);
    const auth = { authorization: `Bearer ${session.json().session.token}` };
    const begin = await app.request('POST', '/v1/me/totp', undefined, auth);
    assert.equal(begin.statusCode, 200, begin.body);
    const secret = begin.json().secret as string;
    const confirm = await app.request('POST', '/v1/me/totp/confirm', { code: appCode(secret, clock.now()) }, auth);
    assert.equal(confirm.statusCode, 200, confirm.body);
    clock.advance(30); // the confirming code is spent; later right answers use the next step
    return { secret, recoveryCodes: confirm.json().recoveryCodes };
  }

  /**
   * Ten wrong answers over two challenges (each takes 5), then: the next answer waits 30 s, a
   * wrong one after the wait earns 60 s; a right one resets the counter.
   */
  async function throttled(
    u: SeededAccount,
    method: string,
    ip: string,
    wrong: () => string,
    right: (challengeId: string) => Promise<string>,
    liftAlso: () => Promise<void> = async () => {},
  ) {
    const answer = (id: string, code: string) => from(app, ip, 'POST', `/v1/challenges/${id}/verify`, { method, code });
    for (let round = 0; round < 2; round++) {
      const c = await challenge(u, ip);
      assert.ok(c.methods.includes(method), `${method} offered: ${c.methods.join()}`);
      if (method === 'sms') assert.equal((await from(app, ip, 'POST', `/v1/challenges/${c.id}/send`, { method: 'sms' })).statusCode, 200);
      for (let k = 0; k < 5; k++) {
        const res = await answer(c.id, wrong());
        assert.equal(codeOf(res), 'code_incorrect', `${method} round ${round} answer ${k}: ${res.body}`);
      }
    }
    assert.equal(await failures(app, method, u.id), 10);
    const third = await challenge(u, ip);
    const rightCode = await right(third.id);
    assertWait(await answer(third.id, rightCode), 30, `${method} after 10 wrong answers`);
    await liftWaits(app, method, `id:${u.id}`, [ip]);
    await liftAlso();
    assert.equal(codeOf(await answer(third.id, wrong())), 'code_incorrect');
    assertWait(await answer(third.id, rightCode), 60, `${method} after 11 wrong answers`);
    await liftWaits(app, method, `id:${u.id}`, [ip]);
    await liftAlso();
    const ok = await answer(third.id, rightCode);
    assert.equal(ok.statusCode, 200, `${method}: ${ok.body}`);
    assert.equal(await failures(app, method, u.id), 0, 'a success resets');
  }

  test('SMS codes', async () => {
    const [u] = await seedAccounts(app, 1, STRONG_PASSWORD, () => uniquePhone());
    const liftLedger = () => app.tessera.deps.counters.reset(`ledger:${u!.phone}:wait`);
    await throttled(
      u!,
      'sms',
      ipOf(1, 34),
      () => '000000',
      async (id) => {
        // Ten wrong codes also started the number's wait: no code is sent to it while it runs.
        const during = await from(app, ipOf(1, 34), 'POST', `/v1/challenges/${id}/send`, { method: 'sms' });
        assert.equal(codeOf(during), 'rate_limited', during.body);
        await liftLedger();
        assert.equal((await from(app, ipOf(1, 34), 'POST', `/v1/challenges/${id}/send`, { method: 'sms' })).statusCode, 200);
        const code = await app.lastCode(u!.phone);
        assert.notEqual(code, '000000');
        return code;
      },
      liftLedger,
    );
  });

  test('TOTP codes', async () => {
    const [u] = await seedAccounts(app, 1, STRONG_PASSWORD, () => uniquePhone());
    const { secret } = await enrolTotp(u!);
    const wrong = () => String((Number(appCode(secret, clock.now())) + 500_000) % 1_000_000).padStart(6, '0');
    await throttled(u!, 'totp', ipOf(1, 35), wrong, async () => appCode(secret, clock.now()));
  });

  test('recovery codes', async () => {
    const [u] = await seedAccounts(app, 1, STRONG_PASSWORD, () => uniquePhone());
    const { recoveryCodes } = await enrolTotp(u!);
    await throttled(
      u!,
      'recovery_code',
      ipOf(1, 36),
      () => 'aaaa-bbbb-cccc-dddd',
      async () => recoveryCodes[0]!,
    );
  });
});
