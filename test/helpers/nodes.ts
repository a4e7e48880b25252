import { Redis } from 'ioredis';
import { generateSecret } from '../../src/core/secrets.ts';
import { startTestApp, type StoreKind, type TestApp, type TestAppOptions } from './app.ts';
import { redisUnavailable, waitReady } from './abuse.ts';
import { TEST_REDIS_URL, createScratchDatabase, postgresUnavailable } from './services.ts';

/*
 * The deployments an attack test runs against: one node on each store, and two nodes of one
 * deployment (one Postgres database, one Redis, one server secret) where limits are shared across
 * nodes (docs/abuse.md). Nothing here skips: a missing Postgres or Redis fails the test.
 */

export interface Nodes {
  /** What the test calls it: `pglite`, `postgres`, `two nodes on Redis`. */
  name: string;
  apps: TestApp[];
  close(): Promise<void>;
}

export async function singleNode(store: StoreKind, options: TestAppOptions = {}): Promise<Nodes> {
  const reason = store === 'postgres' ? await postgresUnavailable() : null;
  if (reason) throw new Error(reason);
  const app = await startTestApp(store, options);
  return { name: store, apps: [app], close: () => app.close() };
}

/**
 * Two apps of one deployment. The apps give Redis keys no prefix of their own, so each test file
 * passes a database index of its own (`redisIndex`), emptied first.
 */
export async function twoNodes(redisIndex: number, options: TestAppOptions = {}): Promise<Nodes> {
  const reason = (await postgresUnavailable()) ?? (await redisUnavailable());
  if (reason) throw new Error(reason);
  const url = new URL(TEST_REDIS_URL);
  url.pathname = `/${redisIndex}`;
  const redis = new Redis(url.toString());
  await redis.flushdb(); // this index only
  redis.disconnect();
  const scratch = await createScratchDatabase();
  const shared = { ...options, databaseUrl: scratch.url, redisUrl: url.toString(), secret: generateSecret() };
  const apps: TestApp[] = [];
  try {
    // One after the other: the first runs the migrations, the second finds them done.
    apps.push(await startTestApp('postgres', shared));
    apps.push(await startTestApp('postgres', shared));
    for (const app of apps) await waitReady(app);
  } catch (err) {
    for (const app of apps) await app.close();
    await scratch.drop();
    throw err;
  }
  return {
    name: 'two nodes on Redis',
    apps,
    async close() {
      for (const app of apps) await app.close();
      await scratch.drop();
    },
  };
}
