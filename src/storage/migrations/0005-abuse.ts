import { sql, type Kysely } from 'kysely';

/** SMS-pumping pauses, listed for operators (the counters hold the live state). */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table sms_pauses (
      scope text not null,
      key text not null,
      level integer not null,
      until timestamptz not null,
      created_at timestamptz not null default now(),
      primary key (scope, key)
    );
  `.execute(db);
}
