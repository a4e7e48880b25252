import { sql } from 'kysely';
import type { SigningKeyStore, StoredSigningKey } from '../sessions/jwt/index.ts';
import type { Db } from './database.ts';

// One advisory lock id for key rotation, the same on every node (any constant works; this one spells "tsrakeys").
const ROTATION_LOCK = 0x747372616b657973n;

type Row = { kid: string; alg: string; public_jwk: string; private_enc: string; created_at: Date; activates_at: Date; retires_at: Date | null };

function toKey(r: Row): StoredSigningKey {
  return {
    kid: r.kid,
    alg: r.alg,
    publicJwk: r.public_jwk,
    privateEnc: r.private_enc,
    createdAt: r.created_at,
    activatesAt: r.activates_at,
    retiresAt: r.retires_at,
  };
}

export function createSigningKeyStore(db: Db): SigningKeyStore {
  const list = async (q: Pick<Db, 'selectFrom'>) => (await q.selectFrom('signing_keys').selectAll().orderBy('activates_at', 'desc').execute()).map(toKey);

  return {
    list: () => list(db),

    async rotate(plan) {
      return db.transaction().execute(async (tx) => {
        await sql`select pg_advisory_xact_lock(${ROTATION_LOCK.toString()}::bigint)`.execute(tx);
        const changes = await plan(await list(tx));
        if (!changes) return list(tx);
        if (changes.remove.length > 0) await tx.deleteFrom('signing_keys').where('kid', 'in', changes.remove).execute();
        for (const r of changes.retire) {
          await tx.updateTable('signing_keys').set({ retires_at: r.retiresAt }).where('kid', '=', r.kid).execute();
        }
        if (changes.insert.length > 0) {
          await tx
            .insertInto('signing_keys')
            .values(
              changes.insert.map((k) => ({
                kid: k.kid,
                alg: k.alg,
                public_jwk: k.publicJwk,
                private_enc: k.privateEnc,
                created_at: k.createdAt,
                activates_at: k.activatesAt,
                retires_at: k.retiresAt,
              })),
            )
            .execute();
        }
        return list(tx);
      });
    },
  };
}
