import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type OpenedDatabase } from '../src/storage/database.ts';
import { createScratchDatabase, postgresUnavailable } from './helpers/services.ts';

// Named prepared statements on a real Postgres server (src/storage/prepared-pool.ts). Each
// database here has a pool of one connection, so `pg_prepared_statements` (which is per
// connection) shows what the statements under test left behind.
const PG_SKIP = await postgresUnavailable();

describe('prepared statements on a Postgres server', { skip: PG_SKIP ?? false }, () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const opened: OpenedDatabase[] = [];
  const open = async (prepare?: boolean) => {
    const database = await openDatabase({ databaseUrl: scratch.url, dataDir: '/nonexistent', poolSize: 1, ...(prepare === undefined ? {} : { prepare }) });
    opened.push(database);
    return database.db;
  };
  /** What the pool's one connection holds: each prepared statement's text and how often it ran. */
  const prepared = async (db: OpenedDatabase['db']) =>
    (
      await sql<{ name: string; statement: string; runs: number }>`
    select name, statement, (generic_plans + custom_plans)::int as runs from pg_prepared_statements order by statement`.execute(db)
    ).rows;
  const alter = async (statement: string) => {
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };

  before(async () => {
    scratch = await createScratchDatabase();
    await alter('create table pets (id int primary key, name text not null); insert into pets values (1, $$Mao$$), (2, $$Gou$$)');
  });
  after(async () => {
    for (const database of opened) await database.close();
    await scratch?.drop();
  });

  test('a statement with parameters is parsed once per connection, then only executed', async () => {
    const db = await open();
    for (let i = 0; i < 7; i++) {
      const row = await db
        .selectFrom('pets' as never)
        .select('name' as never)
        .where('id' as never, '=', 1 as never)
        .executeTakeFirst();
      assert.deepEqual(row, { name: 'Mao' });
    }
    const mine = (await prepared(db)).filter((p) => p.statement.includes('"pets"'));
    assert.equal(mine.length, 1, JSON.stringify(mine));
    assert.match(mine[0]!.name, /^t_[\w-]{27}$/);
    assert.equal(mine[0]!.runs, 7);
  });

  test('DATABASE_PREPARE=off: nothing is prepared', async () => {
    const db = await open(false);
    for (let i = 0; i < 3; i++)
      await db
        .selectFrom('pets' as never)
        .select('name' as never)
        .where('id' as never, '=', 2 as never)
        .execute();
    assert.deepEqual(await prepared(db), []);
  });

  test('a newer node adding a column does not fail the next select * outside a transaction', async () => {
    const db = await open();
    const read = () =>
      db
        .selectFrom('pets' as never)
        .selectAll()
        .where('id' as never, '=', 1 as never)
        .executeTakeFirstOrThrow();
    assert.deepEqual(await read(), { id: 1, name: 'Mao' });
    assert.deepEqual(await read(), { id: 1, name: 'Mao' });
    await alter('alter table pets add column age int');
    // Postgres refuses the prepared statement itself here ("cached plan must not change result type").
    assert.deepEqual(await read(), { id: 1, name: 'Mao', age: null });
    assert.deepEqual(await read(), { id: 1, name: 'Mao', age: null });
    const mine = (await prepared(db)).filter((p) => p.statement.includes('"pets"') && p.statement.includes('*'));
    assert.equal(mine.length, 1, 'the connection with the stale statement was replaced, and the new one prepared it afresh');
  });

  test('inside a transaction the stale statement fails that transaction only, and the connection is replaced', async () => {
    const db = await open();
    const read = (q: typeof db) =>
      q
        .selectFrom('pets' as never)
        .selectAll()
        .where('id' as never, '=', 2 as never)
        .executeTakeFirstOrThrow();
    await read(db);
    await alter('alter table pets add column colour text');
    await assert.rejects(
      db.transaction().execute((trx) => read(trx)),
      /cached plan must not change result type/,
    );
    assert.equal(((await read(db)) as { colour: unknown }).colour, null);
    assert.equal(((await db.transaction().execute((trx) => read(trx))) as { colour: unknown }).colour, null);
  });

  test('beyond the bound, new statement texts run unnamed', async () => {
    const database = await openDatabase({ databaseUrl: scratch.url, dataDir: '/nonexistent', poolSize: 1, maxPreparedStatements: 2 });
    opened.push(database);
    const { db } = database;
    for (const column of ['id', 'name', 'id, name', 'name, id']) {
      await sql`select ${sql.raw(column)} from pets where id = ${1}`.execute(db);
    }
    assert.deepEqual(
      (await prepared(db)).map((p) => p.statement),
      ['select id from pets where id = $1', 'select name from pets where id = $1'],
    );
  });
});
