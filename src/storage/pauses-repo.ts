import type { PauseStore } from '../policy/pumping-breaker.ts';
import type { Db } from './database.ts';

export function createPauseStore(db: Db): PauseStore {
  return {
    async record(p, now) {
      await db
        .insertInto('sms_pauses')
        .values({ scope: p.scope, key: p.key, level: p.level, until: p.until, created_at: now })
        .onConflict((oc) => oc.columns(['scope', 'key']).doUpdateSet({ level: p.level, until: p.until, created_at: now }))
        .execute();
    },
    async list(now) {
      const rows = await db.selectFrom('sms_pauses').selectAll().where('until', '>', now).orderBy('until', 'desc').execute();
      return rows.map((r) => ({ scope: r.scope as 'block' | 'country', key: r.key, level: r.level, until: r.until }));
    },
    async remove(scope, key) {
      const res = await db.deleteFrom('sms_pauses').where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },
  };
}
