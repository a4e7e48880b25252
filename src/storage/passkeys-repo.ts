import { sql } from 'kysely';
import type { CeremonyRecord, PasskeyRecord, PasskeyStore } from '../mfa/passkeys/index.ts';
import type { Db } from './database.ts';

type Row = {
  id: string;
  account_id: string;
  public_key: string;
  counter: number | string;
  transports: string | null;
  device_type: string | null;
  backed_up: boolean;
  name: string | null;
  created_at: Date;
  last_used_at: Date | null;
};

const COLUMNS = ['id', 'account_id', 'public_key', 'counter', 'transports', 'device_type', 'backed_up', 'name', 'created_at', 'last_used_at'] as const;

function toRecord(r: Row): PasskeyRecord {
  return {
    id: r.id,
    accountId: r.account_id,
    publicKey: new Uint8Array(Buffer.from(r.public_key, 'base64url')),
    counter: Number(r.counter),
    transports: r.transports ? (JSON.parse(r.transports) as string[]) : [],
    deviceType: r.device_type,
    backedUp: r.backed_up,
    name: r.name ?? 'Passkey',
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
  };
}

/**
 * The `challenge` column holds the ceremony as JSON: the challenge and the relying party (RP ID,
 * origins) it was issued for, so the answer is checked against the same RP whichever node gets it.
 */
type CeremonyJson = { challenge: string; rpId: string; origins: string[] };

export function createPasskeyStore(db: Db): PasskeyStore {
  return {
    async list(accountId) {
      const rows = await db.selectFrom('passkeys').select(COLUMNS).where('account_id', '=', accountId).orderBy('created_at').orderBy('id').execute();
      return rows.map(toRecord);
    },

    async find(id) {
      const r = await db.selectFrom('passkeys').select(COLUMNS).where('id', '=', id).executeTakeFirst();
      return r ? toRecord(r) : null;
    },

    async add(p) {
      const r = await db
        .insertInto('passkeys')
        .values({
          id: p.id,
          account_id: p.accountId,
          public_key: Buffer.from(p.publicKey).toString('base64url'),
          counter: p.counter,
          transports: JSON.stringify(p.transports),
          device_type: p.deviceType,
          backed_up: p.backedUp,
          name: p.name,
          created_at: p.createdAt,
          last_used_at: p.lastUsedAt,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .executeTakeFirst();
      return r !== undefined;
    },

    async rename(accountId, id, name) {
      const r = await db.updateTable('passkeys').set({ name }).where('account_id', '=', accountId).where('id', '=', id).returning(COLUMNS).executeTakeFirst();
      return r ? toRecord(r) : null;
    },

    async remove(accountId, id) {
      return db.transaction().execute(async (tx) => {
        // The same lock as the TOTP store takes: a concurrent TOTP removal cannot leave orphaned recovery codes.
        await tx.selectFrom('accounts').select('id').where('id', '=', accountId).forUpdate().execute();
        const r = await tx.deleteFrom('passkeys').where('account_id', '=', accountId).where('id', '=', id).returning('id').executeTakeFirst();
        if (!r) return false;
        await tx
          .deleteFrom('recovery_codes')
          .where('account_id', '=', accountId)
          .where(({ not, exists, selectFrom }) => not(exists(selectFrom('passkeys').select(sql`1`.as('one')).where('passkeys.account_id', '=', accountId))))
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom('totp_factors')
                  .select(sql`1`.as('one'))
                  .where('totp_factors.account_id', '=', accountId)
                  .where('totp_factors.confirmed_at', 'is not', null),
              ),
            ),
          )
          .execute();
        return true;
      });
    },

    async recordUse(id, counter, backedUp, now) {
      const r = await db
        .updateTable('passkeys')
        .set({ counter, backed_up: backedUp, last_used_at: now })
        .where('id', '=', id)
        // An authenticator without a counter reports 0 for ever; one with a counter must move it forward.
        .where('counter', counter === 0 ? '=' : '<', counter)
        .returning('id')
        .executeTakeFirst();
      return r !== undefined;
    },

    async putCeremony(c, now) {
      const challenge = JSON.stringify({ challenge: c.challenge, rpId: c.rpId, origins: c.origins } satisfies CeremonyJson);
      await db.deleteFrom('webauthn_challenges').where('expires_at', '<=', now).execute();
      await db
        .insertInto('webauthn_challenges')
        .values({ id: c.key, account_id: c.accountId, purpose: c.purpose, challenge, expires_at: c.expiresAt })
        .onConflict((oc) => oc.column('id').doUpdateSet({ account_id: c.accountId, purpose: c.purpose, challenge, expires_at: c.expiresAt }))
        .execute();
    },

    async takeCeremony(key, now) {
      const r = await db.deleteFrom('webauthn_challenges').where('id', '=', key).returningAll().executeTakeFirst();
      if (!r || r.expires_at <= now) return null;
      const json = JSON.parse(r.challenge) as CeremonyJson;
      return {
        key: r.id,
        accountId: r.account_id,
        purpose: r.purpose as CeremonyRecord['purpose'],
        challenge: json.challenge,
        rpId: json.rpId,
        origins: json.origins,
        expiresAt: r.expires_at,
      };
    },
  };
}
