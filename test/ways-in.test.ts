import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../src/core/clock.ts';
import { isTesseraError } from '../src/core/errors.ts';
import { decideLogin, passkeyLogin, type FirstFactor, type RequestContext, type SecondFactorMethod } from '../src/flows/index.ts';
import { STRONG_PASSWORD, startTestApp, type TestApp } from './helpers/app.ts';
import { bearer, enrolTotp, register, type User } from './helpers/lifecycle.ts';

/**
 * Every way in makes the one login decision (src/flows/login-decision.ts): a frozen account is
 * refused alike by all of them, a known device skips the challenge on each, and on a new device
 * each answers what the decision says for its first factor.
 */

type Outcome = { kind: 'session'; newDevice: boolean; status: string } | { kind: 'challenge'; methods: string[] } | { kind: 'refused'; code: string };
/** An outcome without the account's status: what the decision itself settles. */
type Shape = { kind: 'session'; newDevice: boolean } | Exclude<Outcome, { kind: 'session' }>;

interface Way {
  name: string;
  firstFactor: FirstFactor;
  login(user: User, deviceToken?: string): Promise<Outcome>;
}

function outcomeOf(res: { statusCode: number; json(): any }): Outcome {
  const body = res.json();
  if (res.statusCode === 201) return { kind: 'session', newDevice: typeof body.deviceToken === 'string', status: body.account.status };
  if (body.error?.code === 'verification_required') return { kind: 'challenge', methods: [...body.error.details.methods].sort() };
  return { kind: 'refused', code: body.error?.code };
}

describe('every way in makes the one login decision (pglite)', () => {
  let app: TestApp;
  const clock = new ManualClock(new Date());
  const ctx: RequestContext = { ip: '127.0.0.1', locale: 'en' };
  before(async () => {
    app = await startTestApp('pglite', { clock });
  });
  after(async () => app?.close());

  const dev = (deviceToken?: string) => (deviceToken ? { deviceToken } : {});
  async function smsCode(path: string, phone: string) {
    const start = await app.request('POST', path, { phone });
    assert.equal(start.statusCode, 201, start.body);
    return { id: start.json().id as string, code: await app.lastCode(phone) };
  }

  const ways: Way[] = [
    {
      name: 'password',
      firstFactor: 'password',
      login: async (u, deviceToken) =>
        outcomeOf(await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, ...dev(deviceToken) })),
    },
    {
      name: 'login code',
      firstFactor: 'sms',
      async login(u, deviceToken) {
        const { id, code } = await smsCode('/v1/login-codes', u.phone);
        return outcomeOf(await app.request('POST', `/v1/login-codes/${id}/verify`, { code, ...dev(deviceToken) }));
      },
    },
    {
      name: 'registration-login',
      firstFactor: 'sms',
      async login(u, deviceToken) {
        const { id, code } = await smsCode('/v1/registrations', u.phone);
        const verified = await app.request('POST', `/v1/registrations/${id}/verify`, { code });
        assert.equal(verified.json().phoneRegistered, true, verified.body);
        return outcomeOf(await app.request('POST', `/v1/registrations/${id}/login`, dev(deviceToken)));
      },
    },
    {
      // The WebAuthn assertion itself is the browser test's matter (test/passkeys.browser.test.ts):
      // here a verifier stands in for it and names the account.
      name: 'passkey',
      firstFactor: 'passkey',
      async login(u, deviceToken) {
        try {
          const grant = await passkeyLogin(
            app.tessera.deps,
            { login: async () => u.accountId },
            { challengeId: 'c', credential: {}, ...dev(deviceToken) },
            ctx,
          );
          return { kind: 'session', newDevice: grant.isNewDevice, status: grant.account.status };
        } catch (err) {
          if (!isTesseraError(err)) throw err;
          if (err.code === 'verification_required') return { kind: 'challenge', methods: [...(err.details?.methods ?? [])].sort() };
          return { kind: 'refused', code: err.code };
        }
      },
    },
  ];

  /** What the one decision says for this way, device and factors, in the shape the ways answer. */
  async function expected(way: Way, u: User, known: boolean, factors: SecondFactorMethod[]): Promise<Shape> {
    const decision = await decideLogin({ phone: u.phone }, way.firstFactor, known ? { id: 'd', name: null } : null, async () => factors);
    if (decision.kind === 'challenge') return { kind: 'challenge', methods: [...decision.methods].sort() };
    return { kind: 'session', newDevice: decision.device === null };
  }
  const shape = (o: Outcome): Shape => (o.kind === 'session' ? { kind: o.kind, newDevice: o.newDevice } : o);

  test('a frozen account is refused alike by every way in, recovery too, and none opens a session or a challenge', async () => {
    const u = await register(app);
    await enrolTotp(app, clock, u.token);
    assert.equal((await app.request('POST', '/v1/me/freeze', {}, bearer(u.token))).statusCode, 200);
    for (const way of ways) {
      assert.deepEqual(await way.login(u, u.deviceToken), { kind: 'refused', code: 'account_frozen' }, `${way.name}, known device`);
      assert.deepEqual(await way.login(u), { kind: 'refused', code: 'account_frozen' }, `${way.name}, new device`);
    }
    const { id, code } = await smsCode('/v1/recoveries', u.phone);
    const recovery = await app.request('POST', `/v1/recoveries/${id}/verify`, { code });
    assert.equal(recovery.statusCode, 423, recovery.body);
    assert.equal(recovery.json().error.code, 'account_frozen');
    const opened = await app.tessera.database.db
      .selectFrom('sessions')
      .select('id')
      .where('account_id', '=', u.accountId)
      .where('revoked_at', 'is', null)
      .execute();
    assert.deepEqual(opened, [], 'no session opened');
    const challenges = await app.tessera.database.db
      .selectFrom('flows')
      .select('id')
      .where('account_id', '=', u.accountId)
      .where('kind', '=', 'challenge')
      .execute();
    assert.deepEqual(challenges, [], 'no challenge issued');
  });

  test('a known device skips the challenge on every way in, even with a second factor, and a login cancels a pending deletion', async () => {
    const u = await register(app);
    await enrolTotp(app, clock, u.token);
    for (const way of ways) {
      const deletion = await app.request('POST', '/v1/me/deletion', {}, bearer(u.token));
      assert.equal(deletion.json().status, 'pending_deletion', deletion.body);
      const outcome = await way.login(u, u.deviceToken);
      assert.deepEqual(outcome, { kind: 'session', newDevice: false, status: 'active' }, way.name);
      assert.deepEqual(shape(outcome), await expected(way, u, true, ['totp', 'recovery_code']), way.name);
    }
  });

  test('on a new device each way in answers what the decision says for its first factor, with and without a second factor', async () => {
    const plain = await register(app);
    const guarded = await register(app);
    await enrolTotp(app, clock, guarded.token);
    for (const way of ways) {
      const none = await way.login(plain);
      assert.deepEqual(shape(none), await expected(way, plain, false, []), `${way.name}, no second factor`);
      const totp = await way.login(guarded);
      assert.deepEqual(shape(totp), await expected(way, guarded, false, ['totp', 'recovery_code']), `${way.name}, with TOTP`);
    }
    // And what that is, spelled out: only a password on a new device is asked for SMS.
    assert.deepEqual(await ways[0]!.login(plain), { kind: 'challenge', methods: ['sms'] });
    assert.deepEqual(await ways[1]!.login(plain), { kind: 'session', newDevice: true, status: 'active' });
    assert.deepEqual(await ways[2]!.login(guarded), { kind: 'challenge', methods: ['recovery_code', 'totp'] });
    assert.deepEqual(await ways[3]!.login(guarded), { kind: 'session', newDevice: true, status: 'active' });
  });
});
