import { sql } from 'kysely';
import type { ClaimedMessage, DevInboxStore, OutboxStore } from '../sms/index.ts';
import type { Db } from './database.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ClaimRow {
  id: string;
  phone: string;
  region: string;
  purpose: string;
  locale: string;
  body_enc: string | null;
  attempts: number;
  segments: number | null;
  created_at: Date;
  lease_id: string | null;
  handoff_provider: string | null;
  handoff_open: boolean;
  superseded: boolean;
}

/** A later message of the same flow exists: this one carries a code that is dead. */
const SUPERSEDED = sql<boolean>`exists (
  select 1 from sms_outbox n where n.flow_id = sms_outbox.flow_id and (n.created_at, n.id) > (sms_outbox.created_at, sms_outbox.id)
)`;

function toClaimed(row: ClaimRow): ClaimedMessage {
  return {
    id: row.id,
    phone: row.phone,
    region: row.region,
    purpose: row.purpose,
    locale: row.locale,
    bodySealed: row.body_enc ?? '',
    attempts: row.attempts,
    segments: row.segments ?? 1,
    createdAt: row.created_at,
    leaseId: row.lease_id ?? '',
    unfinishedHandoff: row.handoff_open ? row.handoff_provider : null,
    superseded: row.superseded,
  };
}

/**
 * The SMS outbox on Postgres/PGlite. A claim stamps a fresh `lease_id`, and every later write
 * names it: once a lease ran out and another claim took the message, the old holder's writes
 * change nothing. Statuses only move forward: queued → sending → sent → delivered | failed.
 */
export function createOutboxStore(db: Db): OutboxStore {
  const held = (id: string, leaseId: string) => db.updateTable('sms_outbox').where('id', '=', id).where('lease_id', '=', leaseId);
  const changed = (res: { numUpdatedRows: bigint }) => Number(res.numUpdatedRows) === 1;

  return {
    async enqueue(m, now) {
      await db
        .insertInto('sms_outbox')
        .values({
          id: m.id,
          flow_id: null,
          phone: m.phone,
          region: m.region,
          purpose: m.purpose,
          locale: m.locale,
          body_enc: m.bodySealed,
          status: 'queued',
          segments: m.segments,
          next_attempt_at: now,
          created_at: now,
          updated_at: now,
        })
        .execute();
    },

    async claim(id, leaseId, leaseUntil, now) {
      const row = await db
        .updateTable('sms_outbox')
        .set({ status: 'sending', lease_id: leaseId, next_attempt_at: leaseUntil, updated_at: now })
        .where('id', '=', id)
        .where('body_enc', 'is not', null)
        .where((eb) => eb.or([eb('status', '=', 'queued'), eb.and([eb('status', '=', 'sending'), eb('next_attempt_at', '<=', now)])]))
        .returning([
          'id',
          'phone',
          'region',
          'purpose',
          'locale',
          'body_enc',
          'attempts',
          'segments',
          'created_at',
          'lease_id',
          'handoff_provider',
          'handoff_open',
          SUPERSEDED.as('superseded'),
        ])
        .executeTakeFirst();
      return row ? toClaimed(row) : null;
    },

    async claimDue(limit, leaseId, leaseUntil, now) {
      // skip locked: several nodes polling at once each take different rows.
      const rows = await sql<ClaimRow>`
        update sms_outbox set status = 'sending', lease_id = ${leaseId}, next_attempt_at = ${leaseUntil}, updated_at = ${now}
        where id in (
          select id from sms_outbox
          where status in ('queued', 'sending') and next_attempt_at <= ${now} and body_enc is not null
          order by next_attempt_at limit ${limit} for update skip locked
        )
        returning id, phone, region, purpose, locale, body_enc, attempts, segments, created_at, lease_id,
          handoff_provider, handoff_open, ${SUPERSEDED} as superseded`.execute(db);
      return rows.rows.map(toClaimed);
    },

    async startHandoff(id, leaseId, provider, leaseUntil, now) {
      return changed(
        await held(id, leaseId)
          .set({ handoff_provider: provider, handoff_open: true, next_attempt_at: leaseUntil, updated_at: now })
          .where('status', '=', 'sending')
          .executeTakeFirst(),
      );
    },

    async markSent(id, leaseId, sent, now) {
      // A receipt may have come in first (delivered, even failed): the status it set stands.
      return changed(
        await held(id, leaseId)
          .set({
            status: sql`case when status = 'sending' then 'sent' else status end`,
            provider: sent.provider,
            provider_message_id: sql`coalesce(provider_message_id, ${sent.providerMessageId})`,
            handoff_open: false,
            body_enc: null,
            attempts: sql`attempts + 1`,
            error: sent.note ?? null,
            sent_at: now,
            updated_at: now,
          })
          .executeTakeFirst(),
      );
    },

    async markRetry(id, leaseId, error, nextAttemptAt, countAttempt, now) {
      // With no provider contacted, an unfinished hand-off of an earlier claim stays noted as such.
      return changed(
        await held(id, leaseId)
          .set({
            status: sql`case when status = 'sending' then 'queued' else status end`,
            error,
            next_attempt_at: nextAttemptAt,
            updated_at: now,
            ...(countAttempt ? { attempts: sql`attempts + 1`, handoff_open: false } : {}),
          })
          .executeTakeFirst(),
      );
    },

    async markFailed(id, leaseId, error, now) {
      return changed(
        await held(id, leaseId)
          .set({
            status: sql`case when status in ('queued', 'sending') then 'failed' else status end`,
            error,
            body_enc: null,
            handoff_open: false,
            attempts: sql`attempts + 1`,
            updated_at: now,
          })
          .executeTakeFirst(),
      );
    },

    async applyReceipt(provider, receipt, now) {
      const byId = receipt.messageId !== undefined && UUID.test(receipt.messageId);
      if (!byId && !receipt.providerMessageId) return 'unmatched';
      const match = byId ? sql`o.id = ${receipt.messageId}` : sql`o.provider_message_id = ${receipt.providerMessageId}`;
      const error = receipt.status === 'failed' ? `receipt: ${receipt.errorCode ?? 'failed'}`.slice(0, 200) : null;
      // delivered is final; failed gives way only to delivered; sent only moves a message not yet sent.
      // A message queued for a retry that turns out to have reached the gateway is not sent again;
      // one whose earlier hand-off is reported failed keeps its retry.
      const rows = await sql<{ before: string; after: string }>`
        with target as (
          select o.id, o.status from sms_outbox o
          where ${match} and (o.provider = ${provider} or o.handoff_provider = ${provider})
            and o.status in ('queued', 'sending', 'sent', 'delivered', 'failed')
          for update
        )
        update sms_outbox s set
          status = case
            when t.status = 'delivered' then t.status
            when ${receipt.status} = 'delivered' then 'delivered'
            when ${receipt.status} = 'failed' and t.status = 'queued' then t.status
            when ${receipt.status} = 'failed' then 'failed'
            when t.status in ('queued', 'sending') then 'sent'
            else t.status end,
          error = case when ${receipt.status} = 'failed' and t.status in ('sending', 'sent') then ${error} else s.error end,
          provider = coalesce(s.provider, ${provider}),
          provider_message_id = coalesce(s.provider_message_id, ${receipt.providerMessageId ?? null}),
          body_enc = case when ${receipt.status} = 'failed' and t.status = 'queued' then s.body_enc else null end,
          receipt_at = ${now}, updated_at = ${now}
        from target t where s.id = t.id
        returning t.status as before, s.status as after`.execute(db);
      if (rows.rows.length === 0) return 'unmatched';
      return rows.rows.some((r) => r.before !== r.after) ? 'applied' : 'ignored';
    },
  };
}

export function createDevInboxStore(db: Db): DevInboxStore {
  return {
    async add(m) {
      await db
        .insertInto('dev_inbox')
        .values({ id: m.id, to_phone: m.to, text: m.text, created_at: m.createdAt })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    },
    async list({ to, limit }) {
      let q = db.selectFrom('dev_inbox').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit);
      if (to) q = q.where('to_phone', '=', to);
      const rows = await q.execute();
      return rows.map((r) => ({ id: r.id, to: r.to_phone, text: r.text, createdAt: r.created_at }));
    },
  };
}
