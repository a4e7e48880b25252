import { sql, type Compilable } from 'kysely';
import type { Db } from './database.ts';

/**
 * Several inserts as one statement: each but the last a data-modifying `with` part. Postgres runs
 * them all or none, and checks foreign keys at the end of the statement, so a child row may come
 * with its parent. One round trip instead of one a row, and outside a transaction no `begin` and
 * `commit` either.
 */
export async function insertAll(db: Db, inserts: readonly (Compilable & { execute(): Promise<unknown> })[]): Promise<void> {
  const last = inserts.at(-1)!;
  if (inserts.length === 1) return void (await last.execute());
  const parts = inserts.slice(0, -1).map((q, i) => sql`${sql.ref(`part${i}`)} as (${q})`);
  await sql`with ${sql.join(parts)} ${last}`.execute(db);
}
