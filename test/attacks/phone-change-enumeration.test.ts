import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { STORES, startTestApp, uniquePhone, type TestApp } from '../helpers/app.ts';
import { smsSent } from '../helpers/abuse.ts';
import { bearer, errorCode, register, type User } from '../helpers/lifecycle.ts';

/*
 * A signed-in account asks to move to numbers it does not hold, to learn which have an account
 * (docs/abuse.md: nothing said or timed differently reveals it, except after the person proved they hold
 * the number). Asking for a taken number and for a free one must answer alike — status, body,
 * SMS sent, budgets spent, and the work the server does (the same calls on the accounts store,
 * in the same order) — and `phone_registered` may come only once the code sent to it is verified.
 * Nothing here skips: a missing Postgres fails the run.
 */

/** The counters a send spends for a number: its codes of the hour and of the day, its notices of the day. */
const budgetKeys = (e164: string) => [`sms:num:h:${e164}`, `sms:num:d:${e164}`, `sms:notice:d:${e164}`];

/** A body with what differs by nature (ids, times, the number asked for) replaced by placeholders. */
function shape(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body), (key, value) => {
    if (key === 'id' || key === 'masked' || key === 'e164') return `<${key}>`;
    if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return '<time>';
    return value;
  });
}

/** Every call on the accounts store, by method name, while `on` is set. */
function recordAccountCalls(app: TestApp): { calls: string[]; on: boolean } {
  const log = { calls: [] as string[], on: false };
  const store = app.tessera.deps.accounts as unknown as Record<string, unknown>;
  const names = new Set<string>();
  for (let o: object | null = store; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const name of Object.getOwnPropertyNames(o)) if (name !== 'constructor' && typeof store[name] === 'function') names.add(name);
  }
  for (const name of names) {
    const real = (store[name] as (...a: unknown[]) => unknown).bind(store);
    store[name] = (...args: unknown[]) => {
      if (log.on) log.calls.push(name);
      return real(...args);
    };
  }
  return log;
}

for (const store of STORES) {
  describe(`phone change does not reveal which numbers have an account (${store})`, () => {
    let app: TestApp;
    let prober: User;
    let accountCalls: { calls: string[]; on: boolean };
    before(async () => {
      app = await startTestApp(store);
      prober = await register(app);
      accountCalls = recordAccountCalls(app);
    });
    after(async () => app?.close());

    /** Asks to move the prober to `phone`: the answer, the SMS and budgets it cost, the accounts-store calls it made. */
    async function ask(phone: string) {
      const counters = app.tessera.deps.counters;
      const spent = async () => Promise.all(budgetKeys(phone).map(async (k) => (await counters.peek(k))?.count ?? 0));
      const sentBefore = await smsSent(app, { phone });
      const budgetsBefore = await spent();
      accountCalls.calls = [];
      accountCalls.on = true;
      const res = await app.request('POST', '/v1/me/phone-change', { phone }, bearer(prober.token));
      accountCalls.on = false;
      await app.tessera.dispatcher.idle();
      return {
        status: res.statusCode,
        body: shape(res.json()),
        id: res.json().id as string | undefined,
        sms: (await smsSent(app, { phone })) - sentBefore,
        budgets: (await spent()).map((n, k) => n - budgetsBefore[k]!),
        calls: [...accountCalls.calls],
      };
    }

    test('three taken numbers and three free ones, asked in turn: the same answer, SMS, budgets and work for each', async () => {
      const taken = [await register(app), await register(app), await register(app)].map((u) => u.phone);
      const free = [uniquePhone(), uniquePhone(), uniquePhone()];
      const answers = { taken: [] as Awaited<ReturnType<typeof ask>>[], free: [] as Awaited<ReturnType<typeof ask>>[] };
      for (let k = 0; k < 3; k++) {
        answers.taken.push(await ask(taken[k]!));
        answers.free.push(await ask(free[k]!));
      }
      const first = answers.free[0]!;
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.equal(first.sms, 1, 'one code sent to the number asked for');
      assert.deepEqual(first.budgets, [1, 1, 0], 'a code: the hour and day budgets; no notice');
      const differing: string[] = [];
      for (const a of [...answers.taken, ...answers.free]) {
        const { id: _id, ...seen } = a;
        const { id: _first, ...expected } = first;
        try {
          assert.deepEqual(seen, expected);
        } catch (err) {
          differing.push((err as Error).message);
        }
      }
      assert.deepEqual(differing, [], 'every answer alike');
    });

    test('the refusal comes only after the code to the taken number is verified; a free one goes on', async () => {
      const owner = await register(app);
      const tried = await ask(owner.phone);
      assert.equal(tried.status, 201);
      const wrong = await app.request(
        'POST',
        `/v1/me/phone-change/${tried.id}/verify`,
        { code: (await app.lastCode(owner.phone)) === '000000' ? '111111' : '000000' },
        bearer(prober.token),
      );
      assert.equal(errorCode(wrong), 'code_incorrect', 'a wrong code tells nothing either');
      const proven = await app.request('POST', `/v1/me/phone-change/${tried.id}/verify`, { code: await app.lastCode(owner.phone) }, bearer(prober.token));
      assert.equal(proven.statusCode, 409, proven.body);
      assert.equal(errorCode(proven), 'phone_registered');
      // The flow is over: it cannot be pushed on to take the number.
      const again = await app.request('POST', `/v1/me/phone-change/${tried.id}/verify`, { code: await app.lastCode(owner.phone) }, bearer(prober.token));
      assert.equal(errorCode(again), 'flow_state_invalid', again.body);
      const owners = await app.tessera.database.db.selectFrom('accounts').select('id').where('phone', '=', owner.phone).execute();
      assert.deepEqual(
        owners.map((r) => r.id),
        [owner.accountId],
        'the number stays with its owner',
      );

      const freeNumber = uniquePhone();
      const fine = await ask(freeNumber);
      const verified = await app.request('POST', `/v1/me/phone-change/${fine.id}/verify`, { code: await app.lastCode(freeNumber) }, bearer(prober.token));
      assert.equal(verified.statusCode, 200, verified.body);
      assert.equal(verified.json().newNumberVerified, true);
    });
  });
}
