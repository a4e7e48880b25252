import { sql, type Transaction, type Updateable } from 'kysely';
import type { AccountStore } from '../accounts/index.ts';
import { TesseraError } from '../core/errors.ts';
import { newId } from '../core/random.ts';
import { toAccount } from './accounts-repo.ts';
import type { Db } from './database.ts';
import { uniqueViolation } from './errors.ts';
import type { AccountsTable, Database } from './schema.ts';

type Tx = Transaction<Database>;
type LifecycleMethods = Pick<AccountStore, 'lastActiveAt' | 'changeStatus' | 'changeHandle' | 'changePhone' | 'eraseDue' | 'exportRecords'>;

/** Rolls a transaction back without it being an error for the caller. */
class Stale extends Error {}

/**
 * A dormant account gives up its number inside the transaction that registers the newcomer: only
 * if it still holds the number and has shown no sign of life since `idleSince`. Its sessions end.
 */
export async function releaseNumber(tx: Tx, takeOver: { accountId: string; idleSince: Date }, phone: string, now: Date): Promise<void> {
  const released = await tx
    .updateTable('accounts')
    .set({ phone: null, phone_released_at: now, updated_at: now })
    .where('id', '=', takeOver.accountId)
    .where('phone', '=', phone)
    .where('status', '<>', 'deleted')
    .where('created_at', '<', takeOver.idleSince)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('sessions')
            .select(sql`1`.as('one'))
            .whereRef('sessions.account_id', '=', 'accounts.id')
            .where('sessions.last_seen_at', '>=', takeOver.idleSince),
        ),
      ),
    )
    .executeTakeFirst();
  if (Number(released.numUpdatedRows) !== 1) throw new TesseraError('phone_registered');
  await tx.updateTable('sessions').set({ revoked_at: now }).where('account_id', '=', takeOver.accountId).where('revoked_at', 'is', null).execute();
}

/** The erased account keeps its row (ids in the audit log still point somewhere) but nothing that names a person. */
function erased(id: string, now: Date): Updateable<AccountsTable> {
  return {
    phone: null,
    display_name: null,
    password_hash: '',
    handle: `deleted:${id}`,
    status: 'deleted',
    deleted_at: now,
    deletion_scheduled_for: null,
    frozen_at: null,
    updated_at: now,
  };
}

export function lifecycleMethods(db: Db): LifecycleMethods {
  return {
    async lastActiveAt(id) {
      const row = await db
        .selectFrom('accounts')
        .select(sql<Date>`greatest(accounts.created_at, (select max(s.last_seen_at) from sessions s where s.account_id = accounts.id))`.as('at'))
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? new Date(row.at) : null;
    },

    async changeStatus(id, change, now) {
      return db.transaction().execute(async (tx) => {
        const set: Updateable<AccountsTable> = { status: change.to, updated_at: now };
        if (change.to === 'frozen') Object.assign(set, { frozen_at: now, deletion_requested_at: null, deletion_scheduled_for: null });
        if (change.to === 'pending_deletion') Object.assign(set, { deletion_requested_at: now, deletion_scheduled_for: change.deletionScheduledFor ?? now });
        if (change.to === 'active') Object.assign(set, { frozen_at: null, deletion_requested_at: null, deletion_scheduled_for: null });
        const row = await tx
          .updateTable('accounts')
          .set(set)
          .where('id', '=', id)
          .where('status', 'in', [...change.from])
          .returningAll()
          .executeTakeFirst();
        if (!row) return null;
        if (change.revokeSessions) {
          await tx.updateTable('sessions').set({ revoked_at: now }).where('account_id', '=', id).where('revoked_at', 'is', null).execute();
        }
        return toAccount(row);
      });
    },

    async changeHandle(id, from, to, holdUntil, now) {
      const fromKey = from.toLowerCase();
      const toKey = to.toLowerCase();
      try {
        return await db.transaction().execute(async (tx) => {
          // The old handle is held before it is let go, so nobody can slip in between.
          if (fromKey !== toKey) {
            await tx
              .insertInto('handle_holds')
              .values({ handle_key: fromKey, account_id: id, held_until: holdUntil })
              .onConflict((oc) => oc.column('handle_key').doUpdateSet({ account_id: id, held_until: holdUntil }))
              .execute();
          }
          const held = await tx
            .selectFrom('handle_holds')
            .select('account_id')
            .where('handle_key', '=', toKey)
            .where('held_until', '>', now)
            .executeTakeFirst();
          if (held && held.account_id !== id) throw new Stale('taken');
          const moved = await tx
            .updateTable('accounts')
            .set({ handle: to, handle_changes: sql`handle_changes + 1`, handle_changed_at: now, updated_at: now })
            .where('id', '=', id)
            .where('handle', '=', from)
            .where('status', 'in', ['active', 'pending_deletion'])
            .executeTakeFirst();
          if (Number(moved.numUpdatedRows) !== 1) throw new Stale('changed');
          // Taking back one's own held handle ends its hold.
          if (held) await tx.deleteFrom('handle_holds').where('handle_key', '=', toKey).execute();
          return 'ok' as const;
        });
      } catch (err) {
        if (err instanceof Stale) return err.message as 'taken' | 'changed';
        if (uniqueViolation(err) === 'accounts_handle_key') return 'taken';
        throw err;
      }
    },

    async changePhone(input, now) {
      try {
        return await db.transaction().execute(async (tx) => {
          const flow = await tx
            .updateTable('flows')
            .set({ state: 'completed' })
            .where('id', '=', input.flowId)
            .where('kind', '=', 'phone_change')
            .where('state', '=', 'code_sent')
            .where('account_id', '=', input.accountId)
            .executeTakeFirst();
          if (Number(flow.numUpdatedRows) !== 1) throw new Stale('flow');
          let q = tx
            .updateTable('accounts')
            .set({ phone: input.to, region: input.region, phone_released_at: null, updated_at: now })
            .where('id', '=', input.accountId)
            .where('status', 'in', ['active', 'pending_deletion']);
          q = input.from === null ? q.where('phone', 'is', null) : q.where('phone', '=', input.from);
          const moved = await q.executeTakeFirst();
          if (Number(moved.numUpdatedRows) !== 1) throw new Stale('account');
          return true;
        });
      } catch (err) {
        if (err instanceof Stale) return false;
        if (uniqueViolation(err) === 'accounts_phone_live') throw new TesseraError('phone_registered');
        throw err;
      }
    },

    async eraseDue(now, holdUntil, limit) {
      return db.transaction().execute(async (tx) => {
        // Another node's job skips the rows this one holds, and finds them `deleted` once it commits.
        const due = await tx
          .selectFrom('accounts')
          .select(['id', 'handle'])
          .where('status', '=', 'pending_deletion')
          .where('deletion_scheduled_for', '<=', now)
          // A login after the request cancels the deletion, whichever way in it took and even if
          // the cancellation itself has not landed yet.
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom('sessions')
                  .select(sql`1`.as('one'))
                  .whereRef('sessions.account_id', '=', 'accounts.id')
                  .whereRef('sessions.created_at', '>', 'accounts.deletion_requested_at'),
              ),
            ),
          )
          .orderBy('deletion_scheduled_for')
          .limit(limit)
          .forUpdate()
          .skipLocked()
          .execute();
        if (due.length === 0) return [];
        const ids = due.map((r) => r.id);
        await tx.deleteFrom('sessions').where('account_id', 'in', ids).execute();
        await tx.deleteFrom('devices').where('account_id', 'in', ids).execute();
        await tx.deleteFrom('totp_factors').where('account_id', 'in', ids).execute();
        await tx.deleteFrom('recovery_codes').where('account_id', 'in', ids).execute();
        await tx.deleteFrom('passkeys').where('account_id', 'in', ids).execute();
        await tx.deleteFrom('webauthn_challenges').where('account_id', 'in', ids).execute();
        await tx.deleteFrom('flows').where('account_id', 'in', ids).execute();
        await tx
          .insertInto('handle_holds')
          .values(due.map((r) => ({ handle_key: r.handle.toLowerCase(), account_id: r.id, held_until: holdUntil })))
          .onConflict((oc) =>
            oc.column('handle_key').doUpdateSet((eb) => ({ account_id: eb.ref('excluded.account_id'), held_until: eb.ref('excluded.held_until') })),
          )
          .execute();
        for (const { id } of due) await tx.updateTable('accounts').set(erased(id, now)).where('id', '=', id).execute();
        // The erasure and its audit record commit together: exactly one record per erased account.
        await tx
          .insertInto('audit_log')
          .values(
            due.map((r) => ({
              id: newId(),
              account_id: r.id,
              actor: 'system',
              action: 'account.deleted',
              outcome: 'success',
              ip: null,
              device_id: null,
              details: JSON.stringify({
                erased: ['phone', 'displayName', 'password', 'sessions', 'devices', 'secondFactors'],
                handleHeldUntil: holdUntil.toISOString(),
              }),
              created_at: now,
            })),
          )
          .execute();
        return due;
      });
    },

    async exportRecords(id) {
      const [devices, sessions, totp, passkeys, codes, account] = await Promise.all([
        db
          .selectFrom('devices')
          .select(['id', 'name', 'created_at', 'last_seen_at', 'revoked_at'])
          .where('account_id', '=', id)
          .orderBy('created_at')
          .execute(),
        db
          .selectFrom('sessions')
          .select(['id', 'device_id', 'ip', 'created_at', 'last_seen_at', 'auth_at', 'auth_methods', 'absolute_expires_at', 'revoked_at'])
          .where('account_id', '=', id)
          .orderBy('created_at')
          .execute(),
        db.selectFrom('totp_factors').select(['confirmed_at', 'created_at']).where('account_id', '=', id).executeTakeFirst(),
        db.selectFrom('passkeys').select(['id', 'name', 'created_at', 'last_used_at']).where('account_id', '=', id).orderBy('created_at').execute(),
        db
          .selectFrom('recovery_codes')
          .select((eb) => eb.fn.countAll<string | number>().as('n'))
          .where('account_id', '=', id)
          .where('used_at', 'is', null)
          .executeTakeFirstOrThrow(),
        db
          .selectFrom('accounts')
          .select(['frozen_at', 'phone_released_at', 'deletion_requested_at', 'password_changed_at'])
          .where('id', '=', id)
          .executeTakeFirst(),
      ]);
      return {
        devices: devices.map((d) => ({ id: d.id, name: d.name, createdAt: d.created_at, lastSeenAt: d.last_seen_at, revokedAt: d.revoked_at })),
        sessions: sessions.map((s) => ({
          id: s.id,
          deviceId: s.device_id,
          ip: s.ip,
          createdAt: s.created_at,
          lastSeenAt: s.last_seen_at,
          authAt: s.auth_at,
          authMethods: s.auth_methods ? s.auth_methods.split(',') : [],
          expiresAt: s.absolute_expires_at,
          revokedAt: s.revoked_at,
        })),
        totp: totp ? { enabled: totp.confirmed_at !== null, createdAt: totp.created_at, confirmedAt: totp.confirmed_at } : null,
        passkeys: passkeys.map((p) => ({ id: p.id, name: p.name, createdAt: p.created_at, lastUsedAt: p.last_used_at })),
        recoveryCodesRemaining: Number(codes.n),
        lifecycle: {
          frozenAt: account?.frozen_at ?? null,
          phoneReleasedAt: account?.phone_released_at ?? null,
          deletionRequestedAt: account?.deletion_requested_at ?? null,
          passwordChangedAt: account?.password_changed_at ?? null,
        },
      };
    },
  };
}
