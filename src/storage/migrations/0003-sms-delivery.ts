import { sql, type Kysely } from 'kysely';

/**
 * SMS delivery: a fencing token per claim, a durable note of each hand-off under way (so a restart
 * knows which messages a crash left in doubt), receipt times, and indexes for the poll and for
 * receipts matched by the gateway's id.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table sms_outbox add column lease_id uuid;
    alter table sms_outbox add column handoff_provider text;
    alter table sms_outbox add column handoff_open boolean not null default false;
    alter table sms_outbox add column sent_at timestamptz;
    alter table sms_outbox add column receipt_at timestamptz;
    drop index sms_outbox_due;
    create index sms_outbox_due on sms_outbox (next_attempt_at) where status in ('queued', 'sending');
    create index sms_outbox_provider_message on sms_outbox (provider_message_id) where provider_message_id is not null;
  `.execute(db);
}
