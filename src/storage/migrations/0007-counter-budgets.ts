import { sql, type Kysely } from 'kysely';
import { HIT_EACH_FUNCTION } from '../../policy/counters/postgres.ts';

/** `tessera_counters_hit_each`: a list of SMS budgets spent in one round trip (policy/counters/postgres.ts). */
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(HIT_EACH_FUNCTION).execute(db);
}
