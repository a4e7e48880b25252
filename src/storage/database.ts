import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';
import { preparedStatementPool } from './prepared-pool.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export interface OpenedDatabase {
  readonly db: Db;
  readonly kind: 'pglite' | 'postgres';
  /**
   * Hears `NOTIFY` on `channel`: `onPayload` for each notification, `onLive(true)` once listening
   * and `onLive(false)` whenever notifications may be missed (the connection broke; it is opened
   * again, with backoff, and `onLive(true)` follows). Returns a function that stops listening.
   */
  listen(channel: string, onPayload: (payload: string) => void, onLive: (live: boolean) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const INT8_OID = 20;

/** Postgres server when a URL is given, else PGlite persisted in `<dataDir>/db`. */
export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
  /** Postgres server only: named prepared statements (default true); see prepared-pool.ts. */
  prepare?: boolean;
  /** How many statement texts get names (default 500); see prepared-pool.ts. */
  maxPreparedStatements?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<OpenedDatabase> {
  if (options.databaseUrl) {
    // Counters and sizes are bigint in SQL but stay well within 2^53: read them as numbers, as PGlite does.
    const types = { getTypeParser: (oid: number, format?: any) => (oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) };
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 16, types: types as any });
    pool.on('error', () => {}); // idle client errors surface on the next query instead of crashing the process
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: options.prepare === false ? pool : preparedStatementPool(pool, options.maxPreparedStatements) }),
    });
    const url = options.databaseUrl;
    return { db, kind: 'postgres', listen: (channel, onPayload, onLive) => listenPostgres(url, channel, onPayload, onLive), close: () => db.destroy() };
  }
  const dir = join(options.dataDir, 'db');
  mkdirSync(dir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create(dir);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    close: () => db.destroy(),
    // One process holds the embedded database, so notifications cannot be missed.
    async listen(channel, onPayload, onLive) {
      const stop = await pglite.listen(channel, onPayload);
      onLive(true);
      return async () => {
        onLive(false);
        if (!pglite.closed) await stop();
      };
    },
  };
}

/** A connection of its own (outside the pool) that LISTENs, and comes back after a break. */
async function listenPostgres(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
  onLive: (live: boolean) => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let current: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let backoffMs = 100;
  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    let down = false;
    const lost = () => {
      if (down) return;
      down = true;
      onLive(false);
      client.end().catch(() => {});
      if (current === client) current = undefined;
      if (!stopped) {
        retry = setTimeout(() => void connect(), backoffMs);
        retry.unref();
        backoffMs = Math.min(backoffMs * 2, 5000);
      }
    };
    client.on('notification', (msg) => {
      if (msg.channel === channel && msg.payload) onPayload(msg.payload);
    });
    client.on('error', lost);
    client.on('end', lost);
    try {
      await client.connect();
      await client.query(`listen ${client.escapeIdentifier(channel)}`);
    } catch {
      lost();
      return;
    }
    if (stopped || down) {
      await client.end().catch(() => {});
      return;
    }
    current = client;
    backoffMs = 100;
    onLive(true);
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    onLive(false);
    const client = current;
    current = undefined;
    await client?.end().catch(() => {});
  };
}
