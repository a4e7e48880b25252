import { sql, type Selectable } from 'kysely';
import type { AccountRecord, AccountStore } from '../accounts/index.ts';
import { TesseraError } from '../core/errors.ts';
import { lifecycleMethods, releaseNumber } from './accounts-lifecycle-repo.ts';
import { auditRow } from './audit-repo.ts';
import type { Db } from './database.ts';
import { uniqueViolation } from './errors.ts';
import { insertAll } from './insert-all.ts';
import type { AccountsTable } from './schema.ts';

export function toAccount(row: Selectable<AccountsTable>): AccountRecord {
  return {
    id: row.id,
    phone: row.phone,
    region: row.region,
    handle: row.handle,
    displayName: row.display_name,
    status: row.status as AccountRecord['status'],
    trustLevel: row.trust_level,
    createdAt: row.created_at,
    phoneReleasedAt: row.phone_released_at ?? null,
    deletionScheduledFor: row.deletion_scheduled_for ?? null,
    handleChanges: row.handle_changes,
    handleChangedAt: row.handle_changed_at,
  };
}

export function createAccountStore(db: Db): AccountStore {
  return {
    async createFromFlow(b, now) {
      try {
        return await db.transaction().execute(async (tx) => {
          const moved = await tx.updateTable('flows').set({ state: 'completed' }).where('id', '=', b.flowId).where('state', '=', 'verified').executeTakeFirst();
          if (Number(moved.numUpdatedRows) !== 1) throw new TesseraError('flow_state_invalid', { state: 'not_verified' });
          if (b.takeOver) await releaseNumber(tx, b.takeOver, b.account.phone, now);
          const row = await tx
            .insertInto('accounts')
            .values({
              id: b.account.id,
              phone: b.account.phone,
              region: b.account.region,
              handle: b.account.handle,
              display_name: b.account.displayName,
              status: 'active',
              password_hash: b.account.passwordHash,
              created_at: now,
              updated_at: now,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          // After the insert, not before: an insert that waited for a concurrent handle change to
          // commit must see the hold that change left on the old handle.
          const held = await tx
            .selectFrom('handle_holds')
            .select('handle_key')
            .where('handle_key', '=', b.account.handle.toLowerCase())
            .where('held_until', '>', now)
            .executeTakeFirst();
          if (held) throw new TesseraError('handle_taken');
          await insertAll(tx, [
            tx.insertInto('devices').values({
              id: b.device.id,
              account_id: b.account.id,
              token_hash: b.device.tokenHash,
              name: b.device.name,
              created_at: now,
              last_seen_at: now,
            }),
            tx.insertInto('sessions').values({
              id: b.session.id,
              account_id: b.account.id,
              device_id: b.device.id,
              secret_hash: b.session.secretHash,
              ip: b.session.ip,
              created_at: now,
              last_seen_at: now,
              auth_at: now,
              idle_expires_at: b.session.idleExpiresAt,
              absolute_expires_at: b.session.absoluteExpiresAt,
            }),
            tx.insertInto('audit_log').values(auditRow(b.audit, now)),
          ]);
          return toAccount(row);
        });
      } catch (err) {
        const constraint = uniqueViolation(err);
        if (constraint === 'accounts_phone_live') throw new TesseraError('phone_registered');
        if (constraint === 'accounts_handle_key') throw new TesseraError('handle_taken');
        throw err;
      }
    },

    async findById(id) {
      const row = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toAccount(row) : null;
    },

    async findByPhone(e164) {
      const row = await db.selectFrom('accounts').selectAll().where('phone', '=', e164).where('status', '<>', 'deleted').executeTakeFirst();
      return row ? toAccount(row) : null;
    },

    async findByHandle(handle) {
      const row = await db
        .selectFrom('accounts')
        .selectAll()
        .where(sql`lower(handle)`, '=', handle.toLowerCase())
        .where('status', '<>', 'deleted')
        .executeTakeFirst();
      return row ? toAccount(row) : null;
    },

    async passwordHash(id) {
      const row = await db.selectFrom('accounts').select('password_hash').where('id', '=', id).executeTakeFirst();
      return row?.password_hash ?? null;
    },

    async setPassword(id, hash, now) {
      await db.updateTable('accounts').set({ password_hash: hash, password_changed_at: now, updated_at: now }).where('id', '=', id).execute();
    },

    async takenHandles(keys, now) {
      if (keys.length === 0) return new Set();
      const taken = await db.selectFrom('accounts').select(sql<string>`lower(handle)`.as('k')).where(sql`lower(handle)`, 'in', keys).execute();
      const held = await db.selectFrom('handle_holds').select('handle_key as k').where('handle_key', 'in', keys).where('held_until', '>', now).execute();
      return new Set([...taken, ...held].map((r) => r.k));
    },

    ...lifecycleMethods(db),
  };
}
