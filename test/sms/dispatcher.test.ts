/**
 * The dispatcher on a real outbox (PGlite and Postgres) with scripted gateways: what happens to
 * a message a crash left in the middle of a hand-off, to a stale one, and to one no gateway takes.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { ManualClock } from '../../src/core/clock.ts';
import { newId } from '../../src/core/random.ts';
import { encrypt, generateSecret, deriveKeys, parseSecret } from '../../src/core/secrets.ts';
import { SmsDispatcher, SmsSendError, createSmsRouter, type MessageOutcome, type SmsSender } from '../../src/sms/index.ts';
import { STORES, postgresUnavailable } from '../helpers/app.ts';
import { openOutboxDb, type OutboxDb } from './support/outbox-db.ts';

const PG_SKIP = await postgresUnavailable();
const key = deriveKeys(parseSecret(generateSecret())).encryption;

function gateway(name: string, dedupesById: boolean) {
  const seen: string[] = [];
  let answer: 'ok' | 'fail' | 'permanent' = 'ok';
  const sender: SmsSender = {
    name,
    dedupesById,
    async send(message) {
      seen.push(message.id);
      if (answer === 'fail') throw new SmsSendError(`${name}: 503`);
      if (answer === 'permanent') throw new SmsSendError(`${name}: invalid number`, { permanent: true });
      return { providerMessageId: `${name}-${seen.length}` };
    },
  };
  return { sender, seen, set: (a: typeof answer) => (answer = a) };
}

for (const kind of STORES) {
  const skip = kind === 'postgres' ? PG_SKIP : null;
  describe(`sms dispatcher (${kind})`, () => {
    let o: OutboxDb;
    const clock = new ManualClock('2026-03-01T00:00:00Z');
    const kannel = gateway('kannel', false);
    const hook = gateway('hook', true);
    const outcomes: MessageOutcome[] = [];
    let dispatcher: SmsDispatcher;
    before(async () => {
      if (skip) return;
      o = await openOutboxDb(kind, (text) => encrypt(key, JSON.stringify({ text, params: { code: '123456' } })));
      const senders = new Map([
        ['kannel', kannel.sender],
        ['hook', hook.sender],
      ]);
      dispatcher = new SmsDispatcher({
        store: o.store,
        router: createSmsRouter({
          senders,
          routes: { default: ['kannel', 'hook'] },
          log: pino({ level: 'silent' }),
          circuit: { failureThreshold: 100, openSeconds: 30, maxOpenSeconds: 300 },
        }),
        encryptionKey: key,
        log: pino({ level: 'silent' }),
        now: () => clock.now(),
        dedupesById: (p) => senders.get(p)?.dedupesById === true,
        maxAgeSeconds: () => 300,
        metrics: { message: (outcome) => outcomes.push(outcome) },
      });
    });
    after(async () => o?.close());
    const it = (name: string, fn: () => Promise<void>) =>
      test(name, { skip: skip ?? false }, async () => {
        kannel.set('ok');
        hook.set('ok');
        kannel.seen.length = 0;
        hook.seen.length = 0;
        outcomes.length = 0;
        await fn();
      });

    /** A message some earlier process claimed and began handing to `provider`, then died. */
    async function cutShort(provider: string): Promise<string> {
      const id = await o.enqueue({ createdAt: clock.now() });
      const lease = newId();
      await o.store.claim(id, lease, new Date(clock.now().getTime() + 60_000), clock.now());
      await o.store.startHandoff(id, lease, provider, new Date(clock.now().getTime() + 71_000), clock.now());
      clock.advance(72);
      return id;
    }

    it('a cut-short hand-off to a gateway that drops repeats goes again, with the same id, to that gateway only', async () => {
      const id = await cutShort('hook');
      await dispatcher.poll();
      assert.deepEqual(hook.seen, [id]);
      assert.deepEqual(kannel.seen, [], 'not to the first provider of the route: that could deliver it twice');
      const row = await o.row(id);
      assert.equal(row.status, 'sent');
      assert.equal(row.provider, 'hook');
      assert.deepEqual(outcomes, ['sent']);
    });

    it('a cut-short hand-off to a gateway that does not drop repeats is taken as sent and not repeated', async () => {
      const id = await cutShort('kannel');
      await dispatcher.poll();
      assert.deepEqual([...kannel.seen, ...hook.seen], []);
      const row = await o.row(id);
      assert.equal(row.status, 'sent');
      assert.equal(row.provider, 'kannel');
      assert.match(row.error, /^in doubt/);
      assert.equal(row.body_enc, null);
      assert.deepEqual(outcomes, ['in_doubt']);
    });

    it('a message that was claimed but never handed off is simply sent after its lease', async () => {
      const id = await o.enqueue({ createdAt: clock.now() });
      await o.store.claim(id, newId(), new Date(clock.now().getTime() + 60_000), clock.now());
      clock.advance(30);
      assert.equal(await dispatcher.poll(), 0, 'the lease still holds');
      clock.advance(31);
      await dispatcher.poll();
      assert.deepEqual(kannel.seen, [id]);
    });

    it('a message older than its code is failed, not sent', async () => {
      const id = await o.enqueue({ createdAt: clock.now() });
      clock.advance(301);
      await dispatcher.poll();
      assert.deepEqual(kannel.seen, []);
      const row = await o.row(id);
      assert.equal(row.status, 'failed');
      assert.match(row.error, /^expired/);
      assert.deepEqual(outcomes, ['expired']);
    });

    it('when no gateway takes it, it is retried with a growing backoff and failed after 5 attempts', async () => {
      kannel.set('fail');
      hook.set('fail');
      const id = await o.enqueue({ createdAt: clock.now() });
      dispatcher.kick(id);
      await dispatcher.idle();
      for (const wait of [2, 4, 8, 16]) {
        assert.equal((await o.row(id)).status, 'queued');
        clock.advance(wait - 1);
        assert.equal(await dispatcher.poll(), 0, `not before ${wait} s`);
        clock.advance(1);
        assert.equal(await dispatcher.poll(), 1);
      }
      const row = await o.row(id);
      assert.equal(row.status, 'failed');
      assert.equal(row.attempts, 5);
      assert.equal(kannel.seen.length, 5);
      assert.equal(hook.seen.length, 5);
      assert.deepEqual(outcomes, ['retry', 'retry', 'retry', 'retry', 'failed']);
    });

    it('a message a resend superseded is not sent: its code is dead', async () => {
      const flowId = newId();
      const old = await o.enqueue({ createdAt: clock.now(), flowId });
      clock.advance(1);
      const fresh = await o.enqueue({ createdAt: clock.now(), flowId });
      await dispatcher.poll();
      assert.deepEqual(kannel.seen, [fresh]);
      const row = await o.row(old);
      assert.equal(row.status, 'failed');
      assert.match(row.error, /^superseded/);
      assert.deepEqual(outcomes.sort(), ['sent', 'superseded']);
    });

    it('a permanent refusal fails the message at once, without trying the next gateway', async () => {
      kannel.set('permanent');
      const id = await o.enqueue({ createdAt: clock.now() });
      dispatcher.kick(id);
      await dispatcher.idle();
      assert.equal((await o.row(id)).status, 'failed');
      assert.deepEqual(hook.seen, []);
    });
  });
}
