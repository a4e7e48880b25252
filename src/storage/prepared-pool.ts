import { createHash } from 'node:crypto';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/**
 * Kysely's pool over `pg`, with every statement that has parameters run as a named prepared
 * statement: `pg` parses it once per connection and then only binds and executes it, and the
 * server keeps its plan. Postgres then stops parsing, analysing and planning the same few dozen
 * statements on every request, which was about a third of its CPU per registration
 * (bench/registration/ANALYSIS.md). Statements without parameters (migrations, `begin`,
 * `commit`, DDL with several commands) go as before, in the simple protocol.
 *
 * Names are `t_` and a SHA-1 of the text, the same on every connection. At most
 * `maxStatements` texts get names; any text beyond them runs unnamed, so a caller that builds
 * many different texts cannot grow every backend's memory without bound.
 *
 * A prepared statement outlives changes to its tables, except one: when a migration run by a
 * newer node changes the columns a `select *` returns, Postgres refuses the old statement
 * ("cached plan must not change result type", SQLSTATE 0A000). Then the connection is closed
 * when it goes back to the pool (its statements are gone with it), and a statement that was not
 * inside a transaction is run again at once, unnamed, so the caller never sees the error; inside
 * a transaction the transaction has failed, and the caller gets the error as for any other.
 */
export function preparedStatementPool(pool: pg.Pool, maxStatements = 500): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < maxStatements) {
      name = `t_${createHash('sha1').update(text).digest('base64url')}`;
      names.set(text, name);
    }
    return name;
  };

  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    let inTransaction = false;
    let discard = false;
    const query = async (text: string, values: readonly unknown[] | undefined): Promise<any> => {
      if (typeof text !== 'string') return client.query(text as never);
      if (!values || values.length === 0) {
        const result = await client.query(text);
        trackTransaction(text);
        return result;
      }
      const name = discard ? undefined : nameOf(text);
      if (name === undefined) return client.query(text, values as unknown[]);
      try {
        return await client.query({ name, text, values: values as unknown[] });
      } catch (err) {
        if (!isStalePlan(err)) throw err;
        discard = true;
        if (inTransaction) throw err;
        return client.query(text, values as unknown[]);
      }
    };
    // Kysely sends these as raw statements without parameters on the connection it holds.
    const trackTransaction = (text: string) => {
      const word = /^\s*(\w+)/.exec(text)?.[1]?.toLowerCase();
      if (word === 'begin' || word === 'start') inTransaction = true;
      else if (word === 'commit' || word === 'rollback' || word === 'end' || word === 'abort') inTransaction = false;
    };
    return {
      query: query as PostgresPoolClient['query'],
      release(destroy?: boolean) {
        inTransaction = false;
        if (discard || destroy) wrapped.delete(client);
        client.release(discard || destroy);
      },
    };
  };

  return {
    async connect() {
      const client = await pool.connect();
      let w = wrapped.get(client);
      if (!w) {
        w = wrap(client);
        wrapped.set(client, w);
      }
      return w;
    },
    end: () => pool.end(),
  };
}

function isStalePlan(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === '0A000' && /cached plan must not change result type/.test(e.message ?? '');
}
