import assert from 'node:assert/strict';
import { describe } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { clearCodeLedger } from '../src/policy/code-ledger.ts';
import { STRONG_PASSWORD, patiently, uniquePhone, verifiedFlow } from './helpers/app.ts';
import { forEachStore } from './helpers/stores.ts';

// docs/abuse.md: limits hold under concurrency. Each case fires its requests at once and counts outcomes.
const N = 20;

function tally(responses: LightMyRequestResponse[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const res of responses) {
    assert.ok(res.statusCode < 500, `${res.statusCode} ${res.body}`);
    const key = res.statusCode < 300 ? String(res.statusCode) : `${res.statusCode} ${res.json().error.code}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

/** `Race_ab12` → the same handle with a different mix of cases for each `i`. */
function caseVariant(handle: string, i: number): string {
  return [...handle].map((c, j) => ((i >> (j % 5)) & 1 ? c.toUpperCase() : c.toLowerCase())).join('');
}

forEachStore((store, suite) => {
  describe(`races (${store})`, () => {
    const { app, it } = suite.app();

    it(`${N} completions of ${N} verified flows for one number: one account`, async () => {
      const phone = uniquePhone();
      const flows: string[] = [];
      for (let i = 0; i < N; i++) flows.push((await verifiedFlow(app, phone)).id);
      const suffix = Date.now().toString(36);
      const responses = await Promise.all(
        flows.map((id, i) =>
          patiently(() =>
            app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, handle: `One_${suffix}_${i}`, acceptTerms: true }),
          ),
        ),
      );
      assert.deepEqual(tally(responses), { 201: 1, '409 phone_registered': N - 1 });
      const rows = await app.tessera.database.db.selectFrom('accounts').select('id').where('phone', '=', phone).execute();
      assert.equal(rows.length, 1);
      const winner = responses.find((r) => r.statusCode === 201)!.json();
      assert.equal(rows[0]!.id, winner.account.id);
      // The losers' flows are not consumed by a half-made account: each may still log in.
      const loser = flows[responses.findIndex((r) => r.statusCode === 409)]!;
      const login = await app.request('POST', `/v1/registrations/${loser}/login`, {});
      assert.equal(login.statusCode, 201, login.body);
      assert.equal(login.json().account.id, winner.account.id);
    });

    it(`${N} completions of one verified flow at once: one account, and every loser is told the number is taken`, async () => {
      const { id, phone } = await verifiedFlow(app);
      const suffix = Date.now().toString(36);
      const responses = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          patiently(() =>
            app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, handle: `Same_${suffix}_${i}`, acceptTerms: true }),
          ),
        ),
      );
      assert.deepEqual(tally(responses), { 201: 1, '409 phone_registered': N - 1 });
      const rows = await app.tessera.database.db.selectFrom('accounts').select('id').where('phone', '=', phone).execute();
      assert.equal(rows.length, 1);
      // Later, the same answer: the flow is spent and its number has an account.
      const again = await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true });
      assert.equal(again.statusCode, 409, again.body);
      assert.equal(again.json().error.code, 'phone_registered');
    });

    it(`${N} completions for one handle in ${N} cases, from ${N} numbers: one account`, async () => {
      const handle = `Race_${Date.now().toString(36)}`;
      const flows: string[] = [];
      for (let i = 0; i < N; i++) flows.push((await verifiedFlow(app)).id);
      const responses = await Promise.all(
        flows.map((id, i) =>
          patiently(() =>
            app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, handle: caseVariant(handle, i), acceptTerms: true }),
          ),
        ),
      );
      assert.deepEqual(tally(responses), { 201: 1, '409 handle_taken': N - 1 });
      for (const res of responses.filter((r) => r.statusCode === 409)) {
        assert.ok(Array.isArray(res.json().error.details.suggestions));
      }
      const rows = await app.tessera.database.db
        .selectFrom('accounts')
        .select('handle')
        .where((eb) => eb(eb.fn('lower', ['handle']), '=', handle.toLowerCase()))
        .execute();
      assert.equal(rows.length, 1);
      // A loser's flow stays verified and completes with another handle.
      const loser = flows[responses.findIndex((r) => r.statusCode === 409)]!;
      const retry = await app.request('POST', `/v1/registrations/${loser}/complete`, { password: STRONG_PASSWORD, handle: `${handle}_2`, acceptTerms: true });
      assert.equal(retry.statusCode, 201, retry.body);
    });

    it(`${N} correct submissions of one code at once: exactly one succeeds`, async () => {
      const phone = uniquePhone();
      const { id } = (await app.request('POST', '/v1/registrations', { phone })).json();
      const code = await app.lastCode(phone);
      const responses = await Promise.all(Array.from({ length: N }, () => app.request('POST', `/v1/registrations/${id}/verify`, { code })));
      const counts = tally(responses);
      assert.equal(counts[200], 1, JSON.stringify(counts));
      for (const [key, n] of Object.entries(counts)) {
        if (key !== '200') assert.match(key, /^(400 code_incorrect|429 rate_limited)$/, `${n} × ${key}`);
      }
      assert.equal((await app.request('GET', `/v1/registrations/${id}`)).json().state, 'verified');
    });

    it('30 wrong guesses at once: no more than maxAttempts are evaluated, and the code is dead', async () => {
      const maxAttempts = app.tessera.deps.policy.codes.maxAttempts;
      const phone = uniquePhone();
      const { id } = (await app.request('POST', '/v1/registrations', { phone })).json();
      const code = await app.lastCode(phone);
      const wrong = code === '000000' ? '111111' : '000000';
      const responses = await Promise.all(Array.from({ length: 30 }, () => app.request('POST', `/v1/registrations/${id}/verify`, { code: wrong })));
      const counts = tally(responses);
      const incorrect = responses.filter((r) => r.statusCode === 400).map((r) => r.json());
      for (const body of incorrect) assert.equal(body.error.code, 'code_incorrect');
      const left = incorrect.map((b) => b.error.details.attemptsLeft as number).sort((a, b) => a - b);
      assert.ok(
        left.every((n) => Number.isInteger(n) && n >= 0),
        `attemptsLeft ${left}`,
      );
      assert.equal(new Set(left).size, left.length, `attemptsLeft repeats: ${left}`);
      assert.ok(incorrect.length <= maxAttempts, JSON.stringify(counts));
      for (const key of Object.keys(counts)) assert.match(key, /^(400 code_incorrect|429 code_attempts_exceeded|429 rate_limited)$/);
      const row = await app.tessera.database.db
        .selectFrom('verification_codes')
        .select(['attempts', 'max_attempts'])
        .where('flow_id', '=', id)
        .executeTakeFirstOrThrow();
      assert.equal(row.max_attempts, maxAttempts);
      assert.equal(row.attempts, incorrect.length, 'every evaluated guess was answered code_incorrect');
      assert.equal(row.attempts, maxAttempts, `only ${row.attempts} of 30 wrong guesses were evaluated`);

      // 30 wrong codes also put the number in the per-number wait (docs/abuse.md): the right code is refused now...
      const during = await app.request('POST', `/v1/registrations/${id}/verify`, { code });
      assert.equal(during.statusCode, 429, during.body);
      // ...and once that wait is over, the code itself is dead.
      await clearCodeLedger(app.tessera.deps.counters, phone);
      const right = await app.request('POST', `/v1/registrations/${id}/verify`, { code });
      assert.equal(right.statusCode, 429, right.body);
      assert.equal(right.json().error.code, 'code_attempts_exceeded');
      assert.equal((await app.request('GET', `/v1/registrations/${id}`)).json().state, 'code_sent');
    });
  });
});
