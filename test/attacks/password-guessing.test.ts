import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generateHandle } from '../../src/handles/index.ts';
import { STRONG_PASSWORD, patiently, uniquePhone, type TestApp } from '../helpers/app.ts';
import { codeOf, ipOf, seedAccounts, tally, type Res, type SeededAccount } from '../helpers/abuse.ts';
import { singleNode, twoNodes, type Nodes } from '../helpers/nodes.ts';

/*
 * Password guessing on one account from everywhere (docs/abuse.md "failed logins"): behind a proxy the
 * attacker sets the client IP at will (`http.trustProxy`), holds a device token or a session, and
 * spreads guesses over every way a password is checked. At most 100 in a row are evaluated; each
 * run's waits (from the 10th) are real time, lifted here by deleting their keys, which is what
 * waiting them out would do. "Evaluated" is counted at the hasher: a verify against the account's
 * own hash (a dummy hash, for an attempt not evaluated, does not count).
 *
 * And the counter does not link a handle to a number: failures by number never show on the handle,
 * and a throttled account answers as a throttled unknown identifier.
 */

const REDIS_INDEX = 9;
const POLICY = { policy: { http: { trustProxy: true } } };
const DEPLOYMENTS: [string, () => Promise<Nodes>][] = [
  ['pglite', () => singleNode('pglite', POLICY)],
  ['postgres', () => singleNode('postgres', POLICY)],
  ['two nodes on Redis', () => twoNodes(REDIS_INDEX, POLICY)],
];
const WRONG = (n: number) => `not-the-password-${n}-qq`;

/** Verifies against `hash` on any of the nodes, counted from now on. */
function countVerifies(apps: TestApp[], hash: string): { readonly count: number } {
  const seen = { count: 0 };
  for (const app of apps) {
    const hasher = app.tessera.deps.hasher;
    const real = hasher.verify.bind(hasher);
    hasher.verify = (h, password, place) => {
      if (h === hash) seen.count++;
      return real(h, password, place);
    };
  }
  return seen;
}

/** Records each wait of the login throttle's runs on any node, so that a test can lift it. */
function trackWaits(apps: TestApp[]): Set<string> {
  const keys = new Set<string>();
  for (const app of apps) {
    const counters = app.tessera.deps.loginCounters;
    const attempt = counters.attempt.bind(counters);
    counters.attempt = async (rule) => {
      if (rule.wait) keys.add(rule.wait.key);
      return attempt(rule);
    };
  }
  return keys;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

for (const [name, deploy] of DEPLOYMENTS) {
  describe(`password guessing on one account from everywhere (${name})`, () => {
    let nodes: Nodes;
    let apps: TestApp[];
    let waits: Set<string>;
    before(async () => {
      nodes = await deploy();
      apps = nodes.apps;
      waits = trackWaits(apps);
    });
    after(async () => nodes?.close());
    const it = test;
    let turn = 0;

    /** A request from `ip` as the proxy in front of Tessera says it, to the nodes in turn. */
    const via = (ip: string, method: string, url: string, body: unknown, token?: string): Promise<Res> =>
      apps[turn++ % apps.length]!.tessera.server.inject({
        method: method as 'POST',
        url,
        payload: body as object,
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': ip, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });

    /** What waiting out every wait claimed so far (any run, any name, any IP) would do. */
    async function liftWaits(): Promise<void> {
      for (const key of waits) await apps[0]!.tessera.deps.loginCounters.reset(key);
    }

    async function account(): Promise<{ u: SeededAccount; hash: string }> {
      const [u] = await seedAccounts(apps[0]!, 1, STRONG_PASSWORD, () => uniquePhone());
      const hash = await apps[0]!.tessera.deps.accounts.passwordHash(u!.id);
      return { u: u!, hash: hash! };
    }

    it('120 wrong passwords with the device token, each from a new IP: 10 before the first wait, 100 in all', async () => {
      const { u, hash } = await account();
      const evaluated = countVerifies(apps, hash);
      const attempt = (n: number) => via(ipOf(n, 61), 'POST', '/v1/sessions', { identifier: u.phone, password: WRONG(n), deviceToken: u.deviceToken });
      const early: Res[] = [];
      for (let n = 1; n <= 11; n++) early.push(await attempt(n));
      assert.deepEqual(tally(early), { invalid_credentials: 10, rate_limited: 1 }, 'the 10th failure starts a wait, whatever the IP');
      assert.equal(Number(early[10]!.headers['retry-after']), 30);
      assert.equal(evaluated.count, 10);
      const answers: Res[] = [...early.slice(0, 10)];
      for (let n = 11; n <= 120; n++) {
        await liftWaits();
        answers.push(await attempt(n));
      }
      const counts = tally(answers);
      console.log(`${name}: 120 with the device token from 120 IPs → ${JSON.stringify(counts)}; ${evaluated.count} evaluated`);
      assert.equal(evaluated.count, 100, 'at most 100 in a row evaluated');
      assert.deepEqual(counts, { invalid_credentials: 100, rate_limited: 20 });
      assert.equal(sum(counts), 120);
    });

    it('60 wrong passwords at once with the device token, from 60 IPs: the 10th holds the wait, none behind it is evaluated', async () => {
      const { u, hash } = await account();
      const evaluated = countVerifies(apps, hash);
      // Retried on server_busy (more password work queued than the bound), as a client would: every one reaches the throttle.
      const answers = await Promise.all(
        Array.from({ length: 60 }, (_, n) =>
          patiently(() => via(ipOf(n + 1, 72), 'POST', '/v1/sessions', { identifier: u.phone, password: WRONG(n), deviceToken: u.deviceToken })),
        ),
      );
      const counts = tally(answers);
      console.log(`${name}: 60 at once with the device token → ${JSON.stringify(counts)}; ${evaluated.count} evaluated`);
      assert.equal(evaluated.count, 10);
      assert.deepEqual(counts, { invalid_credentials: 10, rate_limited: 50 });
    });

    it(
      '120 wrong passwords over every way a signed-in device checks one (login, re-authentication, password and handle change), each from a ' +
        'new IP: 100 evaluated',
      async () => {
        const { u, hash } = await account();
        // A generated handle may be changed at once (no yearly rule in the way of the password check).
        u.handle = generateHandle();
        await apps[0]!.tessera.database.db.updateTable('accounts').set({ handle: u.handle }).where('id', '=', u.id).execute();
        const signIn = await via(ipOf(1, 62), 'POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceToken: u.deviceToken });
        assert.equal(signIn.statusCode, 201, signIn.body);
        const token = signIn.json().session.token as string;
        const evaluated = countVerifies(apps, hash);
        const ways = [
          (n: number) => via(ipOf(n, 63), 'POST', '/v1/me/password', { currentPassword: WRONG(n), newPassword: `${STRONG_PASSWORD}-new` }, token),
          (n: number) => via(ipOf(n, 63), 'POST', '/v1/me/reauthenticate', { password: WRONG(n) }, token),
          (n: number) => via(ipOf(n, 63), 'PUT', '/v1/me/handle', { handle: `renamed_${n}`, password: WRONG(n) }, token),
          (n: number) => via(ipOf(n, 63), 'POST', '/v1/sessions', { identifier: u.handle, password: WRONG(n), deviceToken: u.deviceToken }),
        ];
        const answers: Res[] = [];
        for (let n = 1; n <= 120; n++) {
          await liftWaits();
          answers.push(await ways[n % ways.length]!(n));
        }
        const counts = tally(answers);
        console.log(`${name}: 120 over four ways with one session → ${JSON.stringify(counts)}; ${evaluated.count} evaluated`);
        assert.equal(evaluated.count, 100);
        assert.deepEqual(counts, { invalid_credentials: 100, rate_limited: 20 });
        // The owner is not locked out by it: an SMS login code still opens a session.
        const code = await via(ipOf(1, 64), 'POST', '/v1/login-codes', { phone: u.phone });
        assert.equal(code.statusCode, 201, code.body);
        const opened = await via(ipOf(1, 64), 'POST', `/v1/login-codes/${code.json().id}/verify`, {
          code: await apps[0]!.lastCode(u.phone),
          deviceToken: u.deviceToken,
        });
        assert.equal(opened.statusCode, 201, opened.body);
      },
    );

    it('100 in a row by number and handle together: the 101st is not evaluated, and answers as a wrong password does', async () => {
      const { u, hash } = await account();
      const evaluated = countVerifies(apps, hash);
      const answers: Res[] = [];
      for (let n = 1; n <= 100; n++) {
        await liftWaits();
        answers.push(await via(ipOf(n, 65), 'POST', '/v1/sessions', { identifier: n % 2 ? u.phone : u.handle, password: WRONG(n) }));
      }
      assert.deepEqual(tally(answers), { invalid_credentials: 100 });
      assert.equal(evaluated.count, 100);
      // 50 on each name: neither name is stopped, the account is. Refusing would tell that the
      // number and the handle are one account; the answer is the one a wrong password gets.
      await liftWaits();
      const more = await via(ipOf(101, 65), 'POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD });
      assert.equal(codeOf(more), 'invalid_credentials', more.body);
      assert.equal(evaluated.count, 100, 'not evaluated: even the right password does not get in');
      const unknown = await via(ipOf(101, 65), 'POST', '/v1/sessions', { identifier: uniquePhone(), password: STRONG_PASSWORD });
      assert.equal(more.statusCode, unknown.statusCode);
      assert.deepEqual(more.json(), unknown.json());
    });

    it('nine wrong by number then two by handle: 401, 401 whether the two name one account or two', async () => {
      const { u: one } = await account();
      const { u: other } = await account();
      const { u: third } = await account();
      async function nineThenTwo(byPhone: SeededAccount, byHandle: SeededAccount, net: number): Promise<Res[]> {
        const ip = ipOf(1, net);
        for (let n = 1; n <= 9; n++) {
          assert.equal(codeOf(await via(ip, 'POST', '/v1/sessions', { identifier: byPhone.phone, password: WRONG(n) })), 'invalid_credentials');
        }
        return [
          await via(ip, 'POST', '/v1/sessions', { identifier: byHandle.handle, password: WRONG(10) }),
          await via(ip, 'POST', '/v1/sessions', { identifier: byHandle.handle, password: WRONG(11) }),
        ];
      }
      const same = await nineThenTwo(one, one, 66);
      const different = await nineThenTwo(other, third, 67);
      assert.deepEqual(
        same.map((r) => r.statusCode),
        [401, 401],
      );
      assert.deepEqual(
        different.map((r) => r.statusCode),
        [401, 401],
      );
      assert.deepEqual(
        same.map((r) => r.json()),
        different.map((r) => r.json()),
      );
    });

    it('a throttled account answers as a throttled unknown number, and as a throttled unknown handle', async () => {
      const { u } = await account();
      async function eleven(identifier: string, net: number): Promise<Res> {
        for (let n = 1; n <= 10; n++) {
          assert.equal(codeOf(await via(ipOf(1, net), 'POST', '/v1/sessions', { identifier, password: WRONG(n) })), 'invalid_credentials');
        }
        return via(ipOf(1, net), 'POST', '/v1/sessions', { identifier, password: WRONG(11) });
      }
      const pairs: [Res, Res][] = [
        [await eleven(u.phone, 68), await eleven(uniquePhone(), 69)],
        [await eleven(u.handle, 70), await eleven(`nobody_${Date.now().toString(36)}`, 71)],
      ];
      for (const [known, unknown] of pairs) {
        assert.equal(codeOf(known), 'rate_limited', known.body);
        assert.equal(known.statusCode, unknown.statusCode);
        assert.deepEqual(known.json(), unknown.json());
        assert.equal(known.headers['retry-after'], unknown.headers['retry-after']);
      }
    });
  });
}
