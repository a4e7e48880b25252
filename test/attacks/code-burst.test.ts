import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uniquePhone, type TestApp } from '../helpers/app.ts';
import { codeOf, from, ipOf, smsSent, tally, type Res } from '../helpers/abuse.ts';
import { singleNode, twoNodes, type Nodes } from '../helpers/nodes.ts';

/*
 * One burst of wrong codes at one number (docs/abuse.md: wrong codes per number, across codes and
 * flows; §5: limits hold under concurrency and across nodes). 35 registration flows are open for
 * the number; 5 wrong codes for each, 175 in all, arrive at once. Every guess is counted before it
 * is checked and the 10th starts the number's 30 s wait in the same atomic step that admits it, so exactly 10 are evaluated
 * and the other 165 are refused (429) unevaluated. While the wait runs, not even the right code is
 * checked and no code is sent to the number.
 *
 * Two nodes share one scratch Postgres database and one Redis: the counters are Redis's. The apps
 * give Redis keys no prefix of their own (`tessera:c:` for every app), so this file takes a
 * database index of its own and empties it first, as test/two-nodes.test.ts does with index 7.
 *
 * Nothing here skips: a missing Postgres or Redis fails the run.
 */

const FLOWS = 35;
const PER_FLOW = 5;
const FIRST_WAIT_SECONDS = 30;
const REDIS_INDEX = 8;

/** A six-digit code that is not `code`: `k` apart from it. */
const wrongFor = (code: string, k: number) => String((Number(code) + 1 + k) % 1_000_000).padStart(6, '0');

const SETUPS: { name: string; open: () => Promise<Nodes> }[] = [
  { name: 'pglite', open: () => singleNode('pglite') },
  { name: 'postgres', open: () => singleNode('postgres') },
  { name: 'two nodes on one Postgres, counters in Redis', open: () => twoNodes(REDIS_INDEX) },
];

/** Wrong guesses each flow's live code took, from the codes table: an evaluation is a row update. */
async function attemptsOf(app: TestApp, ids: string[]): Promise<Map<string, number>> {
  const rows = await app.tessera.database.db.selectFrom('verification_codes').select(['flow_id', 'attempts']).where('flow_id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.flow_id, r.attempts]));
}

/**
 * The code of the `n`-th message to `phone`, once the shared dev inbox holds `n` of them: with two
 * nodes, either may deliver a message, so the newest one there can still be the one before.
 */
async function nthCode(app: TestApp, phone: string, n: number): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    await app.tessera.dispatcher.idle();
    const res = await app.request('GET', `/_dev/sms?to=${encodeURIComponent(phone)}`);
    const messages: { text: string }[] = res.json().messages;
    const code = messages.length >= n ? /(\d{6})/.exec(messages[0]!.text)?.[1] : undefined;
    if (code) return code;
    if (Date.now() > deadline) throw new Error(`message #${n} to ${phone} not delivered: ${res.body}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const rateLimitedByNumber = (r: Res) => r.statusCode === 429 && codeOf(r) === 'rate_limited' && r.json().error.details?.scope === 'number';

for (const setup of SETUPS) {
  describe(`a burst of wrong codes at one number (${setup.name})`, () => {
    let nodes: Nodes;
    before(async () => {
      nodes = await setup.open();
    });
    after(async () => nodes?.close());

    test(`${FLOWS * PER_FLOW} wrong codes over ${FLOWS} flows at once: 10 evaluated, then the wait holds codes and sends`, async () => {
      const { apps } = nodes;
      const node = (k: number) => apps[k % apps.length]!;
      const counters = apps[0]!.tessera.deps.counters;
      const phone = uniquePhone();
      let ip = 0;
      const nextIp = () => ipOf(++ip, 172);

      // The flows, opened one at a time (from a client IP each, through either node), each with its code.
      const flows: { id: string; code: string }[] = [];
      for (let i = 0; i < FLOWS; i++) {
        const start = await from(node(i), nextIp(), 'POST', '/v1/registrations', { phone });
        assert.equal(start.statusCode, 201, `start #${i + 1}: ${start.body}`);
        flows.push({ id: start.json().id, code: await nthCode(node(i), phone, i + 1) });
      }
      const ids = flows.map((f) => f.id);
      const sent = await smsSent(apps[0]!, { phone });
      assert.equal(sent, FLOWS, 'one code per flow');

      // The burst: 5 wrong codes per flow, all at once, alternating nodes.
      const guesses = flows.flatMap((f, i) => Array.from({ length: PER_FLOW }, (_, k) => ({ flow: f, code: wrongFor(f.code, k), n: i * PER_FLOW + k })));
      const started = Date.now();
      const answers = await Promise.all(guesses.map((g) => from(node(g.n), nextIp(), 'POST', `/v1/registrations/${g.flow.id}/verify`, { code: g.code })));
      const counts = tally(answers);
      const attempts = await attemptsOf(apps[0]!, ids);
      const inDb = [...attempts.values()].reduce((a, b) => a + b, 0);
      const ledger = (await counters.peek(`ledger:${phone}:fails`))?.count ?? 0;
      const wait = await counters.ttl(`ledger:${phone}:wait`);
      console.log(
        `${setup.name}: ${answers.length} guesses in ${Date.now() - started} ms → ${JSON.stringify(counts)}; ` +
          `wrong attempts on the codes ${inDb}, ledger ${ledger}, wait ${wait} s`,
      );

      // Evaluated = reached the code: code_incorrect, or a code's own refusal (dead: code_attempts_exceeded
      // without scope; expired). The number's refusals — its wait (rate_limited) and its stop at 100
      // (code_attempts_exceeded, scope number) — come before any code is looked at.
      const numberStop = (r: Res) => codeOf(r) === 'code_attempts_exceeded' && r.json().error.details?.scope === 'number';
      const evaluated = answers.filter(
        (r) => ['code_incorrect', 'code_expired'].includes(codeOf(r) ?? '') || (codeOf(r) === 'code_attempts_exceeded' && !numberStop(r)),
      ).length;
      assert.ok(evaluated <= 10, `${evaluated} guesses evaluated before the first wait: ${JSON.stringify(counts)}`);
      assert.equal(counts.code_incorrect, 10, `the 10th holds the wait: ${JSON.stringify(counts)}`);
      // Counted independently of the answers: the codes' own wrong-attempt counters and the number's ledger.
      assert.equal(inDb, 10, 'wrong attempts recorded on the codes');
      assert.equal(ledger, 10, 'the refused guesses gave their count back');
      // During the wait the right code is not checked, through either node: refused, not accepted.
      const untouched = flows.filter((f) => (attempts.get(f.id) ?? 0) === 0);
      assert.ok(untouched.length >= 2);
      for (const [k, f] of untouched.slice(0, 2).entries()) {
        const right = await from(node(k), nextIp(), 'POST', `/v1/registrations/${f.id}/verify`, { code: f.code });
        assert.ok(rateLimitedByNumber(right), `the right code during the wait: ${right.statusCode} ${right.body}`);
        const state = await node(k).request('GET', `/v1/registrations/${f.id}`);
        assert.equal(state.json().state, 'code_sent', 'the flow was not verified');
      }
      assert.equal((await attemptsOf(apps[0]!, ids)).get(untouched[0]!.id), 0);
      assert.equal((await counters.peek(`ledger:${phone}:fails`))?.count, 10, 'the refused right codes left the ledger as it was');

      // And no code is sent to the number: neither a resend nor a new registration, through either node.
      for (const [k, f] of flows.slice(0, 2).entries()) {
        const resend = await from(node(k), nextIp(), 'POST', `/v1/registrations/${f.id}/resend`, {});
        assert.ok(rateLimitedByNumber(resend), `resend during the wait: ${resend.statusCode} ${resend.body}`);
        const fresh = await from(node(k), nextIp(), 'POST', '/v1/registrations', { phone });
        assert.ok(rateLimitedByNumber(fresh), `new registration during the wait: ${fresh.statusCode} ${fresh.body}`);
      }
      for (const app of apps) await app.tessera.dispatcher.idle();
      assert.equal(await smsSent(apps[0]!, { phone }), sent, 'no SMS to the number during the wait');

      // The other 165 are told the truth: the number waits. Not the stop at 100 (10 wrong codes stand),
      // and the wait is the first one, 30 s, whatever the guesses still in flight counted for a moment.
      const refused = answers.filter((r) => codeOf(r) !== 'code_incorrect');
      assert.deepEqual(
        tally(refused),
        { rate_limited: FLOWS * PER_FLOW - 10 },
        `every other guess is told the number waits (${answers.filter(numberStop).length} were told it is stopped)`,
      );
      assert.ok(refused.every(rateLimitedByNumber));
      assert.ok(wait > 0 && wait <= FIRST_WAIT_SECONDS, `after 10 wrong codes the wait is ${FIRST_WAIT_SECONDS} s, found ${wait} s`);
      for (const r of refused) {
        const retry = Number(r.headers['retry-after']);
        assert.ok(retry >= 1 && retry <= FIRST_WAIT_SECONDS, `Retry-After ${retry}`);
      }
    });
  });
}
