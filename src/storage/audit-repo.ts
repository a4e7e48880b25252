import type { AuditEvent, AuditLog } from '../audit/index.ts';
import { newId } from '../core/random.ts';
import type { Db } from './database.ts';

/** The `audit_log` row of an event, for `append` and for writes that audit inside their own transaction. */
export function auditRow(e: AuditEvent, now: Date) {
  return {
    id: newId(),
    account_id: e.accountId,
    actor: e.actor,
    action: e.action,
    outcome: e.outcome,
    ip: e.ip ?? null,
    device_id: e.deviceId ?? null,
    details: e.details ? JSON.stringify(e.details) : null,
    created_at: now,
  };
}

export function createAuditLog(db: Db): AuditLog {
  return {
    async append(e, now) {
      await db.insertInto('audit_log').values(auditRow(e, now)).execute();
    },
    async forAccount(accountId, { limit, before }) {
      let q = db.selectFrom('audit_log').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit);
      if (before) q = q.where('created_at', '<', before);
      const rows = await q.execute();
      return rows.map((r) => ({
        id: r.id,
        accountId: r.account_id,
        actor: r.actor,
        action: r.action,
        outcome: r.outcome as 'success',
        ip: r.ip,
        deviceId: r.device_id,
        details: r.details ? JSON.parse(r.details) : {},
        createdAt: r.created_at,
      }));
    },
  };
}
