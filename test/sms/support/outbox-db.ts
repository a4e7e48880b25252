import { rmSync } from 'node:fs';
import { openDatabase } from '../../../src/storage/database.ts';
import type { Db } from '../../../src/storage/database.ts';
import { migrateToLatest } from '../../../src/storage/migrate.ts';
import { createOutboxStore } from '../../../src/storage/outbox-repo.ts';
import type { OutboxStore } from '../../../src/sms/index.ts';
import { freshDataDir } from '../../helpers/pglite-template.ts';
import { createScratchDatabase } from '../../helpers/services.ts';
import type { StoreKind } from '../../helpers/app.ts';

export interface OutboxDb {
  db: Db;
  store: OutboxStore;
  /** Puts a message in the outbox as a flow would; returns its id. */
  enqueue(overrides?: Partial<{ id: string; phone: string; region: string; purpose: string; createdAt: Date; flowId: string }>): Promise<string>;
  row(id: string): Promise<Record<string, any>>;
  close(): Promise<void>;
}

let seq = 0;

/** A migrated, empty database of the given kind with the outbox store on it. */
export async function openOutboxDb(kind: StoreKind, sealed: (text: string) => string): Promise<OutboxDb> {
  const dataDir = await freshDataDir();
  const scratch = kind === 'postgres' ? await createScratchDatabase() : undefined;
  const database = await openDatabase({ dataDir, ...(scratch ? { databaseUrl: scratch.url } : {}) });
  await migrateToLatest(database.db);
  const store = createOutboxStore(database.db);
  return {
    db: database.db,
    store,
    async enqueue(o = {}) {
      const { newId } = await import('../../../src/core/random.ts');
      const id = o.id ?? newId();
      seq += 1;
      await store.enqueue(
        {
          id,
          phone: o.phone ?? `+861380013${String(seq).padStart(4, '0')}`,
          region: o.region ?? 'CN',
          purpose: o.purpose ?? 'registration',
          locale: 'en',
          bodySealed: sealed(`Your code is 12345${seq % 10}`),
          segments: 1,
        },
        o.createdAt ?? new Date(),
      );
      if (o.flowId) await database.db.updateTable('sms_outbox').set({ flow_id: o.flowId }).where('id', '=', id).execute();
      return id;
    },
    async row(id) {
      return database.db.selectFrom('sms_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    },
    async close() {
      await database.close();
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
