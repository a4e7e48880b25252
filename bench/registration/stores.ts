/**
 * The two stores the server runs on: a scratch database on a Postgres server (created here,
 * dropped afterwards) and PGlite in a fresh data dir. Both also answer the version and account
 * count that the report prints.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from './server.ts';

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ScratchPostgres {
  url: string;
  name: string;
  version: string;
  settings: string;
  countAccounts(): Promise<number>;
  drop(): Promise<void>;
}

/** One short-lived client for administrative statements. */
export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createScratchPostgres(): Promise<ScratchPostgres> {
  const name = `tessera_bench_${randomBytes(6).toString('hex')}`;
  const { version, settings } = await withClient(ADMIN_URL, async (c) => {
    await c.query(`create database ${name}`);
    const { rows } = await c.query<{ v: string; sync: string; fsync: string }>(
      `select current_setting('server_version') as v, current_setting('synchronous_commit') as sync, current_setting('fsync') as fsync`,
    );
    return { version: rows[0]!.v, settings: `synchronous_commit ${rows[0]!.sync}, fsync ${rows[0]!.fsync}` };
  });
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    version,
    settings,
    countAccounts: () => withClient(url.toString(), async (c) => Number((await c.query('select count(*) as n from accounts')).rows[0].n)),
    drop: () => withClient(ADMIN_URL, async (c) => void (await c.query(`drop database if exists ${name} with (force)`))),
  };
}

export function pgliteVersion(): string {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Opened after the server stopped (one process per data dir): the engine's version and the accounts made. */
export async function inspectPglite(dataDir: string): Promise<{ postgresVersion: string; accounts: number }> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(join(dataDir, 'db'));
  try {
    const v = await db.query<{ v: string }>(`select current_setting('server_version') as v`);
    const n = await db.query<{ n: number }>('select count(*)::int as n from accounts');
    return { postgresVersion: v.rows[0]!.v, accounts: n.rows[0]!.n };
  } finally {
    await db.close();
  }
}
