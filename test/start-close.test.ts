import assert from 'node:assert/strict';
import { createHook } from 'node:async_hooks';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { createTessera } from '../src/app.ts';
import { buildPolicy, resolveRuntime } from '../src/config/index.ts';
import { ManualClock } from '../src/core/clock.ts';
import { generateSecret } from '../src/core/secrets.ts';
import { openDatabase } from '../src/storage/database.ts';
import { RELAXED, STORES, type StoreKind } from './helpers/app.ts';
import { waitFor } from './helpers/net.ts';
import { freshDataDir } from './helpers/pglite-template.ts';
import { TEST_DATABASE_URL, TEST_REDIS_URL, createScratchDatabase, postgresUnavailable } from './helpers/services.ts';
import { redisUnavailable } from './helpers/abuse.ts';

/*
 * Whatever a start opens, a failure at any later step closes, and `close()` of a started Tessera
 * closes all of it (src/core/resources.ts). "Open" is seen from outside: the timers, sockets and
 * other handles the start made that are still alive, and the connections to the test's own
 * Postgres database. Each step is made to fail in turn: after each resource the start registers
 * (the debug line it logs then is made to throw), and by real faults (a Redis URL that does not
 * parse, a migration history the code does not know, a provider config that does not validate, an
 * admin-token path that cannot be read).
 */

const PG_SKIP = await postgresUnavailable();
const REDIS_SKIP = await redisUnavailable();
/** Handles that outlive whatever made them until closed; the rest (requests, promises, ticks) end by themselves. */
const HANDLES = new Set([
  'Timeout',
  'TCPWRAP',
  'TCPCONNECTWRAP',
  'PIPEWRAP',
  'TCPSERVERWRAP',
  'UDPWRAP',
  'FSEVENTWRAP',
  'STATWATCHER',
  'PROCESSWRAP',
  'SIGNALWRAP',
]);

/** The handles made while `during` runs that are still open once it is over (given a moment to close). */
async function leftOpen(during: () => Promise<unknown>): Promise<{ outcome: unknown; open: string[] }> {
  const alive = new Map<number, string>();
  let recording = true;
  const hook = createHook({
    init(id, type) {
      if (recording && HANDLES.has(type)) alive.set(id, type);
    },
    destroy(id) {
      alive.delete(id);
    },
  }).enable();
  let outcome: unknown;
  try {
    outcome = await during();
  } catch (err) {
    outcome = err;
  }
  recording = false;
  for (let waited = 0; alive.size > 0 && waited < 3000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  hook.disable();
  return { outcome, open: [...alive.values()] };
}

interface Deployment {
  runtime: ReturnType<typeof resolveRuntime>;
  /** Connections to this deployment's Postgres database (0 on PGlite). */
  connections(): Promise<number>;
  /** Runs SQL on the deployment's database before the start (its migration history). */
  prepare(statements: string[]): Promise<void>;
  drop(): Promise<void>;
}

async function deployment(store: StoreKind, extra: Record<string, string> = {}): Promise<Deployment> {
  const dataDir = store === 'pglite' ? await freshDataDir() : mkdtempSync(join(tmpdir(), 'tessera-start-'));
  const scratch = store === 'postgres' ? await createScratchDatabase() : undefined;
  const name = scratch ? new URL(scratch.url).pathname.slice(1) : undefined;
  const runtime = resolveRuntime(
    'dev',
    {
      dataDir,
      secret: generateSecret(),
      logLevel: 'debug',
      ...(scratch ? { databaseUrl: scratch.url } : {}),
      ...extra,
    },
    {},
  );
  return {
    runtime,
    async connections() {
      if (!name) return 0;
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      try {
        // A closed connection's backend may take a moment to leave the list.
        for (let waited = 0; ; waited += 50) {
          const { rows } = await admin.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
          const n = rows[0].n as number;
          if (n === 0 || waited >= 3000) return n;
          await new Promise((r) => setTimeout(r, 50));
        }
      } finally {
        await admin.end();
      }
    },
    async prepare(statements) {
      const database = await openDatabase({ databaseUrl: scratch?.url, dataDir });
      try {
        for (const statement of statements) await sql.raw(statement).execute(database.db);
      } finally {
        await database.close();
      }
    },
    async drop() {
      await scratch?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A log destination that throws on the debug line of one opened resource, as a failing step would. */
function throwingAfter(resource: string | null, opened: string[] = []): NodeJS.WritableStream {
  return {
    write(line: string) {
      const entry = JSON.parse(line) as { msg?: string; resource?: string };
      if (entry.msg !== 'opened' || !entry.resource) return true;
      opened.push(entry.resource);
      if (entry.resource === resource) throw new Error(`injected failure after ${resource} opened`);
      return true;
    },
  } as unknown as NodeJS.WritableStream;
}

const start = (d: Deployment, logStream: NodeJS.WritableStream, policy: Record<string, unknown> = {}) =>
  createTessera(d.runtime, { policy: buildPolicy({ ...RELAXED, ...policy }), clock: new ManualClock(new Date()), logStream, outboxPollMs: 200 });

/** Starts and expects the start to fail with `expected`; asserts nothing it opened stays open. */
async function failsCleanly(d: Deployment, attempt: () => Promise<unknown>, expected: RegExp): Promise<void> {
  const { outcome, open } = await leftOpen(attempt);
  assert.ok(outcome instanceof Error, `the start was to fail (${expected}) but it did not`);
  assert.match(outcome.message, expected);
  assert.deepEqual(open, [], 'handles the failed start left open');
  assert.equal(await d.connections(), 0, 'Postgres connections the failed start left open');
}

for (const store of STORES) {
  const skip = (store === 'postgres' ? PG_SKIP : null) ?? REDIS_SKIP;
  describe(`a start that fails closes what it opened; close() closes all (${store})`, { skip: skip ?? false }, () => {
    // What a full start opens, in order; each is then made the last step that succeeds.
    let steps: string[] = [];

    test('close() of a started Tessera closes everything it opened', async () => {
      const d = await deployment(store, { redisUrl: TEST_REDIS_URL });
      try {
        const opened: string[] = [];
        const { outcome, open } = await leftOpen(async () => {
          const tessera = await start(d, throwingAfter(null, opened));
          // Everything is up: the database and Redis answer (Redis once its connection is made).
          await waitFor(
            '/readyz to answer 200',
            async () => ((await tessera.server.inject({ method: 'GET', url: '/readyz' })).statusCode === 200 ? true : undefined),
            5000,
          );
          await tessera.close();
        });
        assert.equal(outcome, undefined, String(outcome));
        assert.deepEqual(open, [], 'handles left open after close()');
        assert.equal(await d.connections(), 0, 'Postgres connections left open after close()');
        steps = opened;
        for (const resource of ['database', 'redis', 'sms dispatcher', 'counter sweep timer', 'deletion job timer', 'http server']) {
          assert.ok(steps.includes(resource), `${resource} is registered when it opens (registered: ${steps.join(', ')})`);
        }
      } finally {
        await d.drop();
      }
    });

    test('a failure right after each resource opens closes all that opened before it', async () => {
      assert.ok(steps.length > 0, 'the steps come from the test before');
      for (const resource of steps) {
        const d = await deployment(store, { redisUrl: TEST_REDIS_URL });
        try {
          await failsCleanly(d, () => start(d, throwingAfter(resource)), new RegExp(`injected failure after ${resource}`));
        } finally {
          await d.drop();
        }
      }
    });

    test('a Redis URL that does not parse: the database opened before it is closed', async () => {
      const d = await deployment(store, { redisUrl: 'redis://127.0.0.1:notaport' });
      try {
        await failsCleanly(d, () => start(d, throwingAfter(null)), /Invalid URL/);
      } finally {
        await d.drop();
      }
    });

    test('a migration history this code does not know: the database and Redis are closed', async () => {
      const d = await deployment(store, { redisUrl: TEST_REDIS_URL });
      try {
        await d.prepare([
          'create table if not exists tessera_migrations (name varchar(255) not null primary key, timestamp varchar(255) not null)',
          `insert into tessera_migrations (name, timestamp) values ('9999-from-a-newer-release', '2030-01-01T00:00:00.000Z')`,
        ]);
        await failsCleanly(d, () => start(d, throwingAfter(null)), /9999-from-a-newer-release/);
      } finally {
        await d.drop();
      }
    });

    test('a provider config that does not validate, an admin token that cannot be read: nothing stays open', async () => {
      const d = await deployment(store, { redisUrl: TEST_REDIS_URL });
      try {
        const badSms = { sms: { providers: { gw: { type: 'twilio' } } } };
        await failsCleanly(d, () => start(d, throwingAfter(null), badSms), /sms\.providers\.gw/);
        // A directory where the token file goes (the start before made the file).
        rmSync(join(d.runtime.dataDir, 'admin-token'), { force: true });
        mkdirSync(join(d.runtime.dataDir, 'admin-token'));
        await failsCleanly(d, () => start(d, throwingAfter(null)), /EISDIR/);
      } finally {
        await d.drop();
      }
    });
  });
}
