import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { STRONG_PASSWORD, startTestApp, type TestApp } from '../helpers/app.ts';
import { codeOf, from, ipOf, seedAccounts, type Res, type SeededAccount } from '../helpers/abuse.ts';
import { compare, interleaved, measured, report, type Comparison, type Tolerance } from '../helpers/timing.ts';

/*
 * docs/abuse.md: nothing timed differently reveals whether a number (or a handle) has an account. The
 * answers themselves are compared in test/enumeration.test.ts; here their time. Requests run
 * in-process, in pairs (with an account, without), alternating which goes first, each with its
 * own number and IP so no throttle or budget is met. Two measures, each judged by
 * helpers/timing.ts (a difference must be clear by a sign test and larger than a tolerance):
 *   - CPU time of this process per request: the server's own work (PGlite and argon2 included),
 *     which the machine's load barely moves; a skipped hash shows here at any load.
 *   - wall time, what a client sees: catches waits that burn no CPU.
 * The last test checks the check: with the dummy hash skipped, both measures must say so.
 * scripts/test.mjs runs this folder after the rest of the suite, alone.
 */

const CPU: Tolerance = { floorMs: 2, share: 0.15 };
const WALL: Tolerance = { floorMs: 5, share: 0.15 };
const WARMUP = 40;
const LOGINS = 300;
const HANDLE_LOGINS = 150;
const CODES = 150;
const CONTROL = 40;

describe('enumeration by timing (pglite)', () => {
  let app: TestApp;
  let byPhone: SeededAccount[];
  let byHandle: SeededAccount[];
  let control: SeededAccount[];
  let net = 20;

  before(async () => {
    app = await startTestApp('pglite');
    const all = await seedAccounts(app, WARMUP + LOGINS + WARMUP + HANDLE_LOGINS + CONTROL, STRONG_PASSWORD, (i) => `+86136${String(20_000_000 + i)}`);
    byPhone = all.slice(0, WARMUP + LOGINS);
    byHandle = all.slice(WARMUP + LOGINS, WARMUP + LOGINS + WARMUP + HANDLE_LOGINS);
    control = all.slice(-CONTROL);
  });
  after(async () => app?.close());

  const unknownPhone = (i: number) => `+86135${String(20_000_000 + i)}`;
  const unknownHandle = (a: SeededAccount) => a.handle.replace(/^seed/, 'nobody');

  /** A route the test exercises must exist: Fastify's not-found answer would time alike too. */
  function assertRoute(method: string, url: string): void {
    assert.ok(app.tessera.server.findRoute({ method: method as 'POST', url }), `${method} ${url} is not a route of this server`);
  }

  /**
   * `pairs` pairs (after a warm-up of `warmup` pairs): `existing(i)` and `missing(i)` name what the
   * i-th request of each class asks about, `send` sends it from an IP of its own. Every answer
   * must be `expected` (an error code or a status).
   */
  async function timeClasses(
    what: string,
    pairs: number,
    existing: (i: number) => string,
    missing: (i: number) => string,
    send: (subject: string, ip: string) => Promise<Res>,
    expected: string,
    warmup = WARMUP,
  ) {
    const netA = net++;
    const netB = net++;
    const one = (subject: string, ip: string) =>
      measured(() => send(subject, ip)).then((s) => {
        assert.equal(codeOf(s.value) ?? String(s.value.statusCode), expected, `${what}: ${s.value.body}`);
        return s;
      });
    await interleaved(
      warmup,
      (i) => one(existing(i), ipOf(i + 1, netA)),
      (i) => one(missing(i), ipOf(i + 1, netB)),
    );
    const runA = net++;
    const runB = net++;
    const { a, b } = await interleaved(
      pairs,
      (i) => one(existing(warmup + i), ipOf(i + 1, runA)),
      (i) => one(missing(warmup + i), ipOf(i + 1, runB)),
    );
    const judge = (pick: 'cpuMs' | 'wallMs', tolerance: Tolerance, label: string) => {
      const xs = a.map((s) => s[pick]);
      const ys = b.map((s) => s[pick]);
      const c = compare(xs, ys, tolerance);
      console.log(report(`${what}, ${pairs} pairs, ${label}`, xs, ys, c, ['with an account', 'without']));
      return c;
    };
    return { cpu: judge('cpuMs', CPU, 'CPU ms'), wall: judge('wallMs', WALL, 'wall ms') };
  }

  const alike = (what: string, c: Comparison) =>
    assert.ok(
      !c.differs,
      `${what}: medians ${c.medianA.toFixed(2)} vs ${c.medianB.toFixed(2)} ms, paired shift ${c.shift.toFixed(2)} ms beyond ` +
        `${c.toleranceMs.toFixed(2)}, p=${c.p.toPrecision(2)}`,
    );

  const login = (identifier: string, ip: string) => from(app, ip, 'POST', '/v1/sessions', { identifier, password: 'not-the-password-1' });

  test(`password login by number: ${LOGINS} pairs of wrong-password logins with and without an account take alike`, async () => {
    assertRoute('POST', '/v1/sessions');
    const r = await timeClasses('password login by number', LOGINS, (i) => byPhone[i]!.phone, unknownPhone, login, 'invalid_credentials');
    alike('CPU', r.cpu);
    alike('wall', r.wall);
  });

  test(`password login by handle: ${HANDLE_LOGINS} pairs with and without an account take alike`, async () => {
    const r = await timeClasses(
      'password login by handle',
      HANDLE_LOGINS,
      (i) => byHandle[i]!.handle,
      (i) => unknownHandle(byHandle[i]!),
      login,
      'invalid_credentials',
    );
    alike('CPU', r.cpu);
    alike('wall', r.wall);
  });

  for (const url of ['/v1/login-codes', '/v1/recoveries']) {
    test(`${url}: ${CODES} pairs of requests for a code with and without an account take alike`, async () => {
      // The SMS for an account is delivered in this process (the dev inbox on PGlite): it must not lengthen the answer.
      assertRoute('POST', url);
      await app.tessera.database.db.deleteFrom('counters').execute(); // each number starts with its budgets whole
      const r = await timeClasses(
        url,
        CODES,
        (i) => byPhone[i]!.phone,
        unknownPhone,
        (phone, ip) => from(app, ip, 'POST', url, { phone }),
        '201',
      );
      alike('CPU', r.cpu);
      alike('wall', r.wall);
    });
  }

  test('the check sees a server that skips the dummy hash for unknown accounts', async () => {
    const hasher = app.tessera.deps.hasher;
    const dummyVerify = hasher.dummyVerify;
    hasher.dummyVerify = async () => false;
    try {
      // The server is warm by now: no warm-up.
      const r = await timeClasses(
        'control: dummy hash skipped',
        CONTROL,
        (i) => control[i]!.phone,
        (i) => unknownPhone(10_000 + i),
        login,
        'invalid_credentials',
        0,
      );
      assert.ok(r.cpu.differs && r.cpu.shift > 0, 'CPU time did not tell a skipped hash');
      assert.ok(r.wall.differs && r.wall.shift > 0, 'wall time did not tell a skipped hash');
    } finally {
      hasher.dummyVerify = dummyVerify;
    }
  });
});
