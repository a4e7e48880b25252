/**
 * The outbox store on PGlite and Postgres: leases and their fencing, the durable note of a
 * hand-off under way, and receipts that only ever move a message forward.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { newId } from '../../src/core/random.ts';
import { STORES, postgresUnavailable } from '../helpers/app.ts';
import { openOutboxDb, type OutboxDb } from './support/outbox-db.ts';

const PG_SKIP = await postgresUnavailable();
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds));

for (const kind of STORES) {
  const skip = kind === 'postgres' ? PG_SKIP : null;
  describe(`sms outbox store (${kind})`, () => {
    let o: OutboxDb;
    before(async () => {
      if (!skip) o = await openOutboxDb(kind, (text) => `sealed:${text}`);
    });
    after(async () => o?.close());
    const it = (name: string, fn: () => Promise<void>) => test(name, { skip: skip ?? false }, fn);

    it('claim → hand-off → sent empties the body and ends the hand-off', async () => {
      const id = await o.enqueue({ createdAt: at(0) });
      const lease = newId();
      const claimed = await o.store.claim(id, lease, at(60), at(0));
      assert.equal(claimed?.leaseId, lease);
      assert.equal(claimed?.unfinishedHandoff, null);
      assert.equal(claimed?.segments, 1);
      assert.ok(await o.store.startHandoff(id, lease, 'gw', at(75), at(1)));
      assert.equal((await o.row(id)).handoff_open, true);
      assert.ok(await o.store.markSent(id, lease, { provider: 'gw', providerMessageId: 'gw-1' }, at(2)));
      const row = await o.row(id);
      assert.deepEqual(
        { status: row.status, body: row.body_enc, provider: row.provider, pmid: row.provider_message_id, open: row.handoff_open, attempts: row.attempts },
        { status: 'sent', body: null, provider: 'gw', pmid: 'gw-1', open: false, attempts: 1 },
      );
      assert.equal(await o.store.claim(id, newId(), at(200), at(100)), null, 'a sent message is never claimed again');
    });

    it('a lease holds until it runs out; then another claim takes over and the old holder writes nothing', async () => {
      const id = await o.enqueue({ createdAt: at(0) });
      const first = newId();
      assert.ok(await o.store.claim(id, first, at(60), at(0)));
      assert.equal(await o.store.claim(id, newId(), at(90), at(30)), null);
      assert.deepEqual(await o.store.claimDue(10, newId(), at(90), at(30)).then((r) => r.filter((m) => m.id === id)), []);
      const second = newId();
      const again = await o.store.claim(id, second, at(121), at(61));
      assert.equal(again?.unfinishedHandoff, null, 'no hand-off had begun: nothing is in doubt');
      assert.equal(await o.store.startHandoff(id, first, 'gw', at(200), at(62)), false);
      assert.equal(await o.store.markSent(id, first, { provider: 'gw', providerMessageId: null }, at(62)), false);
      assert.equal(await o.store.markFailed(id, first, 'x', at(62)), false);
      assert.equal((await o.row(id)).status, 'sending');
      assert.ok(await o.store.markSent(id, second, { provider: 'gw', providerMessageId: null }, at(63)));
    });

    it('a hand-off that began and never ended is reported to the next claim, and outlives a retry that contacted nobody', async () => {
      const id = await o.enqueue({ createdAt: at(0) });
      const first = newId();
      await o.store.claim(id, first, at(60), at(0));
      await o.store.startHandoff(id, first, 'hook', at(75), at(1));
      // The holder dies here. Once its lease ran out, a poll takes the message over.
      const [taken] = (await o.store.claimDue(50, newId(), at(140), at(80))).filter((m) => m.id === id);
      assert.equal(taken?.unfinishedHandoff, 'hook');
      assert.ok(await o.store.markRetry(id, taken!.leaseId, 'hook: circuit open', at(90), false, at(80)));
      const again = await o.store.claim(id, newId(), at(150), at(90));
      assert.equal(again?.unfinishedHandoff, 'hook', 'still in doubt: nobody was contacted');
      assert.equal(again?.attempts, 0);
      assert.ok(await o.store.markRetry(id, again!.leaseId, 'hook: 503', at(95), true, at(91)));
      const third = await o.store.claim(id, newId(), at(160), at(100));
      assert.equal(third?.unfinishedHandoff, null, 'the hook answered: the hand-off ended');
      assert.equal(third?.attempts, 1);
    });

    it('receipts move a message forward only: sent → delivered; never back from delivered', async () => {
      const id = await o.enqueue({ createdAt: at(0) });
      const lease = newId();
      await o.store.claim(id, lease, at(60), at(0));
      await o.store.startHandoff(id, lease, 'kannel1', at(75), at(1));
      // The DLR overtakes our own write of the hand-off's end.
      assert.equal(await o.store.applyReceipt('kannel1', { messageId: id, status: 'sent' }, at(2)), 'applied');
      assert.equal(await o.store.applyReceipt('kannel1', { messageId: id, status: 'delivered' }, at(2)), 'applied');
      assert.ok(await o.store.markSent(id, lease, { provider: 'kannel1', providerMessageId: null }, at(3)));
      assert.equal((await o.row(id)).status, 'delivered', 'the receipt that came first stands');
      assert.equal(await o.store.applyReceipt('kannel1', { messageId: id, status: 'failed', errorCode: 'X' }, at(4)), 'ignored');
      assert.equal(await o.store.applyReceipt('kannel1', { messageId: id, status: 'sent' }, at(4)), 'ignored');
      const row = await o.row(id);
      assert.equal(row.status, 'delivered');
      assert.equal(row.error, null);
      assert.ok(row.receipt_at instanceof Date);
    });

    it('a failure receipt fails a sent message, with its error; a later delivered wins', async () => {
      const id = await o.enqueue({ createdAt: at(0) });
      const lease = newId();
      await o.store.claim(id, lease, at(60), at(0));
      await o.store.startHandoff(id, lease, 'tw', at(75), at(1));
      await o.store.markSent(id, lease, { provider: 'tw', providerMessageId: 'SM1' }, at(2));
      assert.equal(await o.store.applyReceipt('tw', { providerMessageId: 'SM1', status: 'failed', errorCode: '30003' }, at(3)), 'applied');
      const failed = await o.row(id);
      assert.equal(failed.status, 'failed');
      assert.equal(failed.error, 'receipt: 30003');
      assert.equal(await o.store.applyReceipt('tw', { providerMessageId: 'SM1', status: 'delivered' }, at(4)), 'applied');
      assert.equal((await o.row(id)).status, 'delivered');
    });

    it('a receipt matches only messages of the provider it came through, and a malformed id matches nothing', async () => {
      const id = await o.enqueue({ createdAt: at(0) });
      const lease = newId();
      await o.store.claim(id, lease, at(60), at(0));
      await o.store.startHandoff(id, lease, 'signed', at(75), at(1));
      await o.store.markSent(id, lease, { provider: 'signed', providerMessageId: 'P-1' }, at(2));
      assert.equal(await o.store.applyReceipt('unsigned', { messageId: id, status: 'failed' }, at(3)), 'unmatched');
      assert.equal(await o.store.applyReceipt('unsigned', { providerMessageId: 'P-1', status: 'failed' }, at(3)), 'unmatched');
      assert.equal(await o.store.applyReceipt('signed', { messageId: "1' or '1'='1", status: 'failed' }, at(3)), 'unmatched');
      assert.equal(await o.store.applyReceipt('signed', { messageId: newId(), status: 'failed' }, at(3)), 'unmatched');
      assert.equal((await o.row(id)).status, 'sent');
    });

    it('a message waiting for a retry that turns out to have reached the gateway is not sent again', async () => {
      const id = await o.enqueue({ createdAt: at(0) });
      const lease = newId();
      await o.store.claim(id, lease, at(60), at(0));
      await o.store.startHandoff(id, lease, 'slow', at(75), at(1));
      await o.store.markRetry(id, lease, 'slow: no answer within 10000 ms', at(30), true, at(11));
      assert.equal(await o.store.applyReceipt('slow', { messageId: id, status: 'failed' }, at(12)), 'ignored', 'a failed report keeps the retry');
      assert.equal((await o.row(id)).status, 'queued');
      assert.equal(await o.store.applyReceipt('slow', { messageId: id, status: 'sent' }, at(13)), 'applied');
      const row = await o.row(id);
      assert.equal(row.status, 'sent');
      assert.equal(row.body_enc, null);
      assert.equal(await o.store.claim(id, newId(), at(100), at(40)), null);
    });

    it('nodes polling at once take different messages', async () => {
      const ids = await Promise.all(Array.from({ length: 12 }, () => o.enqueue({ createdAt: at(1000) })));
      const [a, b, c] = await Promise.all([0, 1, 2].map(() => o.store.claimDue(5, newId(), at(1100), at(1001))));
      const taken = [...a!, ...b!, ...c!].map((m) => m.id).filter((id) => ids.includes(id));
      assert.equal(new Set(taken).size, taken.length, 'no message claimed twice');
    });
  });
}
