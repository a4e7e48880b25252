import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ledgerDelaySeconds } from '../../src/policy/code-ledger.ts';
import { postgresUnavailable, startTestApp, uniquePhone, type StoreKind, type TestApp } from '../helpers/app.ts';
import { codeOf, from, ipOf, redisUnavailable, smsSent, tally, waitReady, type Res } from '../helpers/abuse.ts';
import { TEST_REDIS_URL } from '../helpers/services.ts';

/*
 * Guessing the code of one number (docs/abuse.md: wrong codes per number, across codes and flows).
 * Whatever the attacker mixes — new flows, resends, login codes, guesses — no more than 100
 * guesses are ever evaluated, and from the 10th wrong one each guess waits 30 s doubling to 1 h.
 *
 * The waits are real time (the counters run on the database's clock, not the test's), so the
 * suite lifts each one by deleting the `ledger:<e164>:wait` key once it has checked its length:
 * that is what the passing of the wait does, without sitting through 2 hours of them.
 */

const PG_SKIP = await postgresUnavailable();

/** mulberry32: a seeded order of moves, printed so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface LiveFlow {
  id: string;
  kind: 'registration' | 'login';
  /** The live code when we know it (registration flows; login flows of an unknown number have none). */
  code: string | null;
  sends: number;
}

const wrongFor = (code: string | null, k: number) => String(((code === null ? 123456 : Number(code)) + 1 + k) % 1_000_000).padStart(6, '0');

function attacker(app: TestApp, phone: string) {
  let n = 0;
  const ip = () => ipOf(++n, 172);
  return {
    async start(kind: LiveFlow['kind']): Promise<{ res: Res; flow?: LiveFlow }> {
      const res = await from(app, ip(), 'POST', kind === 'registration' ? '/v1/registrations' : '/v1/login-codes', { phone });
      if (res.statusCode !== 201) return { res };
      return { res, flow: { id: res.json().id, kind, sends: 1, code: kind === 'registration' ? await app.lastCode(phone) : null } };
    },
    async resend(flow: LiveFlow): Promise<Res> {
      const res = await from(app, ip(), 'POST', `/v1/registrations/${flow.id}/resend`, {});
      if (res.statusCode === 200) {
        flow.code = await app.lastCode(phone);
        flow.sends++;
      }
      return res;
    },
    guess(flow: LiveFlow, code: string): Promise<Res> {
      const path = flow.kind === 'registration' ? `/v1/registrations/${flow.id}/verify` : `/v1/login-codes/${flow.id}/verify`;
      return from(app, ip(), 'POST', path, { code });
    },
  };
}

const liftWait = (app: TestApp, phone: string) => app.tessera.deps.counters.reset(`ledger:${phone}:wait`);
const numberStop = (r: Res) => codeOf(r) === 'code_attempts_exceeded' && r.json().error.details.scope === 'number';
/** The ledger took the guess (counted it as wrong up front): it reached a code, live or dead. */
const reserved = (r: Res) => ['code_incorrect', 'code_expired'].includes(codeOf(r) ?? '') || (codeOf(r) === 'code_attempts_exceeded' && !numberStop(r));

describe('code brute force on one number, one move at a time (pglite)', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('pglite');
  });
  after(async () => app?.close());

  test('resends, new flows, login codes and guesses in any order: at most 100 guesses evaluated, waits from the 10th', async () => {
    const seed = Number(process.env.BRUTE_SEED ?? Date.now() % 1_000_000);
    const rand = prng(seed);
    const phone = uniquePhone();
    const a = attacker(app, phone);
    const live: (LiveFlow & { left: number })[] = [];
    let reservations = 0;
    let evaluated = 0;
    let waits = 0;
    let stoppedAt: number | null = null;
    const moves: Record<string, number> = {};
    const move = (name: string) => void (moves[name] = (moves[name] ?? 0) + 1);

    for (let step = 0; step < 800 && stoppedAt === null; step++) {
      const r = rand();
      const guessable = live.filter((f) => f.left > 0);
      if (guessable.length === 0 || r < 0.12) {
        const kind = rand() < 0.3 ? 'login' : 'registration';
        const { res, flow } = await a.start(kind);
        move(`start ${kind}:${res.statusCode}`);
        if (flow) live.push({ ...flow, left: 5 });
        continue;
      }
      // Mostly a flow whose code still takes guesses; now and then a dead one, or a resend.
      const pool = r < 0.2 ? live : guessable;
      const flow = pool[Math.floor(rand() * pool.length)]!;
      if (r < 0.3 && flow.kind === 'registration') {
        const res = await a.resend(flow);
        move(`resend:${res.statusCode}`);
        if (res.statusCode === 200) flow.left = 5;
        continue;
      }
      const res = await a.guess(flow, wrongFor(flow.code, step));
      move(`guess:${codeOf(res)}`);
      assert.notEqual(res.statusCode, 200, 'a wrong code never verifies');
      assert.notEqual(codeOf(res), 'rate_limited', 'every wait was lifted before this guess');
      if (numberStop(res)) {
        stoppedAt = reservations;
        break;
      }
      assert.ok(reserved(res), res.body);
      reservations++;
      if (codeOf(res) === 'code_incorrect') {
        evaluated++;
        flow.left = res.json().error.details.attemptsLeft;
      } else {
        flow.left = 0;
      }
      // From the 10th wrong code on, the next guess (at any flow of the number) waits 30 s, doubling to 1 h.
      if (reservations >= 10) {
        const other = live[Math.floor(rand() * live.length)]!;
        const next = await a.guess(other, wrongFor(other.code, step + 1));
        assert.equal(codeOf(next), 'rate_limited', `guess after wrong code #${reservations}: ${next.body}`);
        assert.equal(next.json().error.details.scope, 'number');
        const retry = Number(next.headers['retry-after']);
        const expected = ledgerDelaySeconds(reservations);
        assert.ok(retry <= expected && retry >= expected - 2, `Retry-After ${retry} after ${reservations} wrong codes, expected ${expected}`);
        waits++;
        await liftWait(app, phone);
      } else {
        assert.equal(ledgerDelaySeconds(reservations), 0);
      }
    }
    const sent = await smsSent(app, { phone });
    console.log(
      `seed ${seed}: ${evaluated} guesses evaluated, ${reservations - evaluated} spent on dead codes, ${waits} waits, ${sent} SMS sent, stop ` +
        `after ${stoppedAt}`,
    );
    console.log(`moves: ${JSON.stringify(moves)}`);
    assert.equal(stoppedAt, 100, 'the 101st guess meets the stop');
    assert.ok(evaluated <= 100, `evaluated ${evaluated}`);
    assert.equal(waits, 100 - 9, 'a wait after every wrong code from the 10th');

    // Stopped: no flow of any kind gets this number another code, and no guess is evaluated.
    for (const kind of ['registration', 'login'] as const) {
      const { res } = await a.start(kind);
      assert.equal(res.statusCode, 429, res.body);
      assert.ok(numberStop(res), res.body);
    }
    const anyFlow = live.find((f) => f.kind === 'registration' && f.code !== null);
    assert.ok(anyFlow);
    const resend = await a.resend(anyFlow);
    assert.equal(resend.statusCode, 429);
    // A flow that had codes left meets the number's stop; one that used all 5 meets its own limit first.
    if (anyFlow.sends < 5) assert.ok(numberStop(resend), resend.body);
    // Not even the right code is evaluated now: SMS verification stopped for this number.
    assert.ok(numberStop(await a.guess(anyFlow, anyFlow.code!)));
    assert.equal(await smsSent(app, { phone }), sent, 'no SMS after the stop');
  });
});

const REDIS_SKIP = await redisUnavailable();
const SETUPS: { name: string; store: StoreKind; redis: boolean; skip: string | null }[] = [
  { name: 'pglite', store: 'pglite', redis: false, skip: null },
  { name: 'postgres', store: 'postgres', redis: false, skip: PG_SKIP },
  { name: 'pglite + redis counters', store: 'pglite', redis: true, skip: REDIS_SKIP },
];

for (const setup of SETUPS) {
  describe(`code brute force, guesses at once (${setup.name})`, () => {
    let app: TestApp;
    before(async () => {
      if (setup.skip) return;
      app = await startTestApp(setup.store, setup.redis ? { redisUrl: TEST_REDIS_URL } : {});
      await waitReady(app);
    });
    after(async () => app?.close());
    const it = (name: string, fn: () => Promise<void>) => test(name, { skip: setup.skip ?? false }, fn);

    it('50 guesses at one code at once: exactly 5 evaluated', async () => {
      const phone = uniquePhone();
      const a = attacker(app, phone);
      const { flow } = await a.start('registration');
      assert.ok(flow);
      const answers = await Promise.all(Array.from({ length: 50 }, (_, k) => a.guess(flow, wrongFor(flow.code, k))));
      const counts = tally(answers);
      console.log(`one code, 50 at once: ${JSON.stringify(counts)}`);
      assert.equal(counts.code_incorrect, 5);
      assert.equal((counts.code_incorrect ?? 0) + (counts.code_attempts_exceeded ?? 0) + (counts.rate_limited ?? 0), 50);
      // The right code is dead too: a code takes 5 tries in all.
      await liftWait(app, phone);
      assert.equal(codeOf(await a.guess(flow, flow.code!)), 'code_attempts_exceeded');
    });

    it('90 wrong codes, then 50 guesses at 10 fresh codes at once: never past 100 evaluated', async () => {
      const phone = uniquePhone();
      const a = attacker(app, phone);
      let evaluated = 0;
      while (evaluated < 90) {
        const { flow } = await a.start('registration');
        assert.ok(flow);
        for (let k = 0; k < 5; k++) {
          const res = await a.guess(flow, wrongFor(flow.code, k));
          assert.equal(codeOf(res), 'code_incorrect', res.body);
          evaluated++;
          await liftWait(app, phone);
        }
      }
      const fresh: LiveFlow[] = [];
      for (let i = 0; i < 10; i++) fresh.push((await a.start('registration')).flow!);
      const answers = await Promise.all(fresh.flatMap((f) => Array.from({ length: 5 }, (_, k) => a.guess(f, wrongFor(f.code, k)))));
      const counts = tally(answers);
      const burst = counts.code_incorrect ?? 0;
      console.log(`after 90 wrong codes, 50 at once at 10 codes: ${JSON.stringify(counts)} → ${90 + burst} evaluated in all`);
      assert.ok(burst >= 1 && 90 + burst <= 100, `burst evaluated ${burst}`);
      assert.equal(burst + (counts.code_attempts_exceeded ?? 0) + (counts.rate_limited ?? 0), 50);
      // Whatever the burst left, the number is stopped or waiting: the right code of a fresh flow is not taken.
      await liftWait(app, phone);
      const untouched = fresh.find((_, i) => answers.slice(i * 5, i * 5 + 5).every((r) => codeOf(r) !== 'code_incorrect'));
      if (90 + burst === 100) {
        assert.ok(numberStop(await a.guess(untouched ?? fresh[0]!, (untouched ?? fresh[0]!).code!)));
        assert.ok(numberStop((await a.start('registration')).res));
      }
    });
  });
}
