import { sql, type Kysely } from 'kysely';
import { ATTEMPT_FUNCTION } from '../../policy/counters/postgres.ts';

/** `tessera_counters_attempt`: one attempt on a run of failures, atomically (policy/counters/postgres.ts). */
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(ATTEMPT_FUNCTION).execute(db);
}
