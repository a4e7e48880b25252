/**
 * Scratch databases on one Postgres server: one for Tessera, one for Better Auth, created here and
 * dropped afterwards, so both systems run against the same server with the same settings.
 */
import { randomBytes } from 'node:crypto';
import { ADMIN_URL, withClient } from '../registration/stores.ts';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withClient(ADMIN_URL, (c) => c.query(`create database ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(ADMIN_URL, async (c) => void (await c.query(`drop database if exists ${name} with (force)`))),
  };
}

/** "PostgreSQL 15.x on loopback (synchronous_commit on, fsync on, max_connections 100)". */
export async function describePostgres(): Promise<string> {
  return withClient(ADMIN_URL, async (c) => {
    const { rows } = await c.query<{ v: string; sync: string; fsync: string; max: string }>(`select
      current_setting('server_version') as v, current_setting('synchronous_commit') as sync,
      current_setting('fsync') as fsync, current_setting('max_connections') as max`);
    const r = rows[0]!;
    return (
      `PostgreSQL ${r.v} on ${new URL(ADMIN_URL).hostname} (synchronous_commit ${r.sync}, fsync ${r.fsync}, max_connections ${r.max}); ` +
      `each system has its own scratch database and a pool of 16 connections`
    );
  });
}
