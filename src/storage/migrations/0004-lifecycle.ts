import { sql, type Kysely } from 'kysely';

/**
 * The account lifecycle: freezing, deletion with its grace period, and numbers released from
 * dormant accounts (the account keeps its data but no longer holds the number).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table accounts add column frozen_at timestamptz;
    alter table accounts add column phone_released_at timestamptz;
    alter table accounts add column deletion_requested_at timestamptz;
    alter table accounts add column deletion_scheduled_for timestamptz;
    alter table accounts add column deleted_at timestamptz;
    create index accounts_deletion_due on accounts (deletion_scheduled_for) where status = 'pending_deletion';
    create index sessions_account_seen on sessions (account_id, last_seen_at);
  `.execute(db);
}
