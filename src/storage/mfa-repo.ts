import { sql, type Transaction } from 'kysely';
import { newId } from '../core/random.ts';
import type { SecondFactorStore } from '../mfa/index.ts';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';

type Tx = Transaction<Database>;

/** Serialises the account's factor changes, so two regenerations cannot leave both sets alive. */
async function lockAccount(tx: Tx, accountId: string): Promise<void> {
  await tx.selectFrom('accounts').select('id').where('id', '=', accountId).forUpdate().execute();
}

async function replaceCodes(tx: Tx, accountId: string, codeHashes: string[], now: Date): Promise<void> {
  await tx.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute();
  await tx
    .insertInto('recovery_codes')
    .values(codeHashes.map((h) => ({ id: newId(), account_id: accountId, code_hash: h, used_at: null, created_at: now })))
    .execute();
}

export function createSecondFactorStore(db: Db): SecondFactorStore {
  return {
    async findTotp(accountId) {
      const r = await db
        .selectFrom('totp_factors')
        .select(['secret_enc', 'confirmed_at', 'last_used_step'])
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return r ? { secretEnc: r.secret_enc, confirmedAt: r.confirmed_at, lastUsedStep: r.last_used_step === null ? null : Number(r.last_used_step) } : null;
    },

    async startTotp(accountId, secretEnc, now) {
      // One statement: an upsert that leaves a confirmed factor alone returns no row.
      const r = await db
        .insertInto('totp_factors')
        .values({ account_id: accountId, secret_enc: secretEnc, confirmed_at: null, last_used_step: null, created_at: now })
        .onConflict((oc) =>
          oc.column('account_id').doUpdateSet({ secret_enc: secretEnc, last_used_step: null, created_at: now }).where('totp_factors.confirmed_at', 'is', null),
        )
        .returning('account_id')
        .executeTakeFirst();
      return r !== undefined;
    },

    async useTotpStep(accountId, step) {
      const r = await db
        .updateTable('totp_factors')
        .set({ last_used_step: step })
        .where('account_id', '=', accountId)
        .where('confirmed_at', 'is not', null)
        .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
        .returning('account_id')
        .executeTakeFirst();
      return r !== undefined;
    },

    async confirmTotp(accountId, secretEnc, step, codeHashes, now) {
      return db.transaction().execute(async (tx) => {
        await lockAccount(tx, accountId);
        const r = await tx
          .updateTable('totp_factors')
          .set({ confirmed_at: now, last_used_step: step })
          .where('account_id', '=', accountId)
          .where('confirmed_at', 'is', null)
          .where('secret_enc', '=', secretEnc)
          .returning('account_id')
          .executeTakeFirst();
        if (!r) return false;
        await replaceCodes(tx, accountId, codeHashes, now);
        return true;
      });
    },

    async removeTotp(accountId) {
      return db.transaction().execute(async (tx) => {
        await lockAccount(tx, accountId);
        const r = await tx.deleteFrom('totp_factors').where('account_id', '=', accountId).returning('account_id').executeTakeFirst();
        if (!r) return false;
        await tx
          .deleteFrom('recovery_codes')
          .where('account_id', '=', accountId)
          .where(({ not, exists, selectFrom }) => not(exists(selectFrom('passkeys').select(sql`1`.as('one')).where('passkeys.account_id', '=', accountId))))
          .execute();
        return true;
      });
    },

    async hasPasskey(accountId) {
      const r = await db.selectFrom('passkeys').select('id').where('account_id', '=', accountId).limit(1).executeTakeFirst();
      return r !== undefined;
    },

    async unusedRecoveryCodes(accountId) {
      const r = await db
        .selectFrom('recovery_codes')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('account_id', '=', accountId)
        .where('used_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    async replaceRecoveryCodes(accountId, codeHashes, now) {
      await db.transaction().execute(async (tx) => {
        await lockAccount(tx, accountId);
        await replaceCodes(tx, accountId, codeHashes, now);
      });
    },

    async useRecoveryCode(accountId, codeHash, now) {
      const r = await db
        .updateTable('recovery_codes')
        .set({ used_at: now })
        .where('account_id', '=', accountId)
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .returning('id')
        .executeTakeFirst();
      return r !== undefined;
    },
  };
}
