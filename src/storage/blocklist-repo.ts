import { sql } from 'kysely';
import type { BlocklistStore } from '../policy/blocklist.ts';
import type { Db } from './database.ts';

export function createBlocklistStore(db: Db): BlocklistStore {
  return {
    async matches(e164) {
      const row = await db
        .selectFrom('blocklist')
        .select('pattern')
        .where((eb) =>
          eb.or([
            eb('pattern', '=', e164),
            eb.and([eb(sql`right(pattern, 1)`, '=', '*'), eb(sql<string>`${e164}`, 'like', sql<string>`left(pattern, -1) || '%'`)]),
          ]),
        )
        .limit(1)
        .executeTakeFirst();
      return row?.pattern ?? null;
    },
    async add(pattern, reason, now) {
      await db
        .insertInto('blocklist')
        .values({ pattern, reason, created_at: now })
        .onConflict((oc) => oc.column('pattern').doUpdateSet({ reason }))
        .execute();
    },
    async remove(pattern) {
      const res = await db.deleteFrom('blocklist').where('pattern', '=', pattern).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },
    async list() {
      const rows = await db.selectFrom('blocklist').selectAll().orderBy('pattern').execute();
      return rows.map((r) => ({ pattern: r.pattern, reason: r.reason, createdAt: r.created_at }));
    },
  };
}
