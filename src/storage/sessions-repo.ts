import type { Selectable } from 'kysely';
import type { SessionRecord, SessionStore } from '../sessions/index.ts';
import type { Db } from './database.ts';
import type { SessionsTable } from './schema.ts';

function toSession(r: Selectable<SessionsTable>): SessionRecord {
  return {
    id: r.id,
    accountId: r.account_id,
    deviceId: r.device_id,
    secretHash: r.secret_hash,
    ip: r.ip,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    authAt: r.auth_at,
    idleExpiresAt: r.idle_expires_at,
    absoluteExpiresAt: r.absolute_expires_at,
    revokedAt: r.revoked_at,
  };
}

export function createSessionStore(db: Db): SessionStore {
  return {
    async open(input, now) {
      return db.transaction().execute(async (tx) => {
        if (input.completeFlowId) {
          const moved = await tx
            .updateTable('flows')
            .set({ state: 'completed' })
            .where('id', '=', input.completeFlowId)
            .where('state', '=', 'verified')
            .executeTakeFirst();
          if (Number(moved.numUpdatedRows) !== 1) return false;
        }
        if (input.device.tokenHash) {
          await tx
            .insertInto('devices')
            .values({
              id: input.device.id,
              account_id: input.accountId,
              token_hash: input.device.tokenHash,
              name: input.device.name,
              created_at: now,
              last_seen_at: now,
            })
            .execute();
        } else {
          await tx.updateTable('devices').set({ last_seen_at: now }).where('id', '=', input.device.id).execute();
        }
        await tx
          .insertInto('sessions')
          .values({
            id: input.session.id,
            account_id: input.accountId,
            device_id: input.device.id,
            secret_hash: input.session.secretHash,
            ip: input.session.ip,
            created_at: now,
            last_seen_at: now,
            auth_at: now,
            idle_expires_at: input.session.idleExpiresAt,
            absolute_expires_at: input.session.absoluteExpiresAt,
          })
          .execute();
        // Past the cap, the oldest live sessions end.
        const live = await tx
          .selectFrom('sessions')
          .select('id')
          .where('account_id', '=', input.accountId)
          .where('revoked_at', 'is', null)
          .where('absolute_expires_at', '>', now)
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .offset(input.maxSessions)
          .limit(1000)
          .execute();
        if (live.length > 0) {
          await tx
            .updateTable('sessions')
            .set({ revoked_at: now })
            .where(
              'id',
              'in',
              live.map((r) => r.id),
            )
            .execute();
        }
        return true;
      });
    },

    async find(id) {
      const r = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toSession(r) : null;
    },
    async touch(id, now, idleExpiresAt) {
      await db.updateTable('sessions').set({ last_seen_at: now, idle_expires_at: idleExpiresAt }).where('id', '=', id).execute();
    },
    async revoke(id, now) {
      await db.updateTable('sessions').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).execute();
    },
    async findDevice(accountId, tokenHash) {
      const d = await db
        .selectFrom('devices')
        .select(['id', 'name'])
        .where('account_id', '=', accountId)
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return d ?? null;
    },
    async listSessions(accountId, now) {
      const rows = await db
        .selectFrom('sessions')
        .leftJoin('devices', 'devices.id', 'sessions.device_id')
        .selectAll('sessions')
        .select('devices.name as device_name')
        .where('sessions.account_id', '=', accountId)
        .where('sessions.revoked_at', 'is', null)
        .where('sessions.idle_expires_at', '>', now)
        .where('sessions.absolute_expires_at', '>', now)
        .orderBy('sessions.last_seen_at', 'desc')
        .execute();
      return rows.map((r) => ({ ...toSession(r), deviceName: r.device_name }));
    },
    async listDevices(accountId) {
      const rows = await db
        .selectFrom('devices')
        .select(['id', 'name', 'created_at', 'last_seen_at'])
        .where('account_id', '=', accountId)
        .where('revoked_at', 'is', null)
        .orderBy('last_seen_at', 'desc')
        .execute();
      return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastSeenAt: r.last_seen_at }));
    },
    async revokeOwned(accountId, sessionId, now) {
      const res = await db
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('id', '=', sessionId)
        .where('account_id', '=', accountId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },
    async forgetDevice(accountId, deviceId, now) {
      return db.transaction().execute(async (tx) => {
        const res = await tx
          .updateTable('devices')
          .set({ revoked_at: now })
          .where('id', '=', deviceId)
          .where('account_id', '=', accountId)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) === 0) return false;
        await tx.updateTable('sessions').set({ revoked_at: now }).where('device_id', '=', deviceId).where('revoked_at', 'is', null).execute();
        return true;
      });
    },
    async revokeAll(accountId, now, exceptSessionId) {
      let q = db.updateTable('sessions').set({ revoked_at: now }).where('account_id', '=', accountId).where('revoked_at', 'is', null);
      if (exceptSessionId) q = q.where('id', '<>', exceptSessionId);
      const res = await q.executeTakeFirst();
      return Number(res.numUpdatedRows);
    },
    async markAuthenticated(sessionId, now, methods) {
      await db
        .updateTable('sessions')
        .set({ auth_at: now, auth_methods: methods.join(',') })
        .where('id', '=', sessionId)
        .execute();
    },
  };
}
