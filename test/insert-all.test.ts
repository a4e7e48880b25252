import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { randomUUID } from 'node:crypto';
import { insertAll } from '../src/storage/insert-all.ts';
import { uniquePhone } from './helpers/app.ts';
import { forEachStore } from './helpers/stores.ts';

// A flow, its code and its SMS are written by one statement of data-modifying WITH parts: all or none.

forEachStore((store, suite) => {
  describe(`insertAll: several rows in one statement (${store})`, () => {
    const { app, it } = suite.app();
    const now = new Date();
    const flow = (id: string) => ({
      id,
      kind: 'registration',
      state: 'code_sent',
      phone: uniquePhone(),
      region: 'CN',
      account_id: null,
      locale: 'en',
      device_name: null,
      ip: '127.0.0.1',
      sends: 1,
      last_sent_at: now,
      expires_at: new Date(now.getTime() + 600_000),
      created_at: now,
      data: null,
    });
    const code = (flowId: string) => ({ flow_id: flowId, purpose: 'registration', code_hash: 'h', max_attempts: 5, expires_at: now, created_at: now });
    const flowIds = async (ids: string[]) => (await app.tessera.database.db.selectFrom('flows').select('id').where('id', 'in', ids).execute()).map((r) => r.id);

    it('writes a child row together with the parent it references', async () => {
      const db = app.tessera.database.db;
      const id = randomUUID();
      await insertAll(db, [db.insertInto('flows').values(flow(id)), db.insertInto('verification_codes').values(code(id))]);
      assert.deepEqual(await flowIds([id]), [id]);
      assert.equal((await db.selectFrom('verification_codes').select('flow_id').where('flow_id', '=', id).execute()).length, 1);
    });

    it('writes nothing when its last part fails', async () => {
      const db = app.tessera.database.db;
      const id = randomUUID();
      // The code names a flow that does not exist: the foreign key fails at the end of the statement.
      await assert.rejects(
        insertAll(db, [db.insertInto('flows').values(flow(id)), db.insertInto('verification_codes').values(code(randomUUID()))]),
        /foreign key/,
      );
      assert.deepEqual(await flowIds([id]), []);
    });

    it('writes nothing when an earlier part fails', async () => {
      const db = app.tessera.database.db;
      const [taken, fresh] = [randomUUID(), randomUUID()];
      await insertAll(db, [db.insertInto('flows').values(flow(taken))]);
      await assert.rejects(insertAll(db, [db.insertInto('flows').values(flow(taken)), db.insertInto('flows').values(flow(fresh))]), /duplicate key|unique/);
      assert.deepEqual(await flowIds([fresh]), []);
    });
  });
});
