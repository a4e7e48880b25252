import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import { newId } from '../../src/core/random.ts';
import { newDeviceToken } from '../../src/sessions/index.ts';
import type { TestApp } from './app.ts';
import { IN_CI, TEST_REDIS_URL } from './services.ts';
import { freePort } from './net.ts';

/*
 * Tools of the abuse suites: requests from a chosen client IP, what left the SMS outbox, accounts
 * made straight in the database (argon2 through HTTP is too slow for a thousand), and Redis.
 */

export type Res = LightMyRequestResponse;

/** A request as if from `ip` (the socket's address: Fastify trusts no header by default). */
export function from(app: TestApp, ip: string, method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res> {
  return app.tessera.server.inject({ method: method as 'GET', url, remoteAddress: ip, headers, ...(body !== undefined ? { payload: body as object } : {}) });
}

export const codeOf = (res: Res): string | undefined => (res.statusCode < 300 ? undefined : res.json().error?.code);

/** `a.b.c.d` from a running number: a distinct client per call site. */
export function ipOf(n: number, net = 10): string {
  return `${net}.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/** How many answers of each kind: `201`, `rate_limited`, … */
export function tally(responses: Res[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of responses) {
    const key = codeOf(r) ?? String(r.statusCode);
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

/** SMS that left (or will leave) the outbox: every row but the suppressed ones of unknown numbers. */
export async function smsSent(app: TestApp, where: { phone?: string; prefix?: string } = {}): Promise<number> {
  let q = app.tessera.database.db.selectFrom('sms_outbox').select(sql<number>`count(*)::int`.as('n')).where('status', '<>', 'suppressed');
  if (where.phone) q = q.where('phone', '=', where.phone);
  if (where.prefix) q = q.where('phone', 'like', `${where.prefix}%`);
  return (await q.executeTakeFirstOrThrow()).n;
}

export function adminToken(app: TestApp): string {
  return readFileSync(join(app.dataDir, 'admin-token'), 'utf8').trim();
}

export interface SeededAccount {
  id: string;
  phone: string;
  handle: string;
  deviceToken: string;
  tokenHash: string;
}

/**
 * Accounts inserted directly, all with one password hash made by the server's own hasher, each with
 * one known device. `phoneOf(i)` names the numbers.
 */
export async function seedAccounts(app: TestApp, count: number, password: string, phoneOf: (i: number) => string): Promise<SeededAccount[]> {
  const hash = await app.tessera.deps.hasher.hash(password);
  const db = app.tessera.database.db;
  const now = new Date();
  const out: SeededAccount[] = [];
  for (let i = 0; i < count; i++) {
    const device = newDeviceToken();
    out.push({
      id: newId(),
      phone: phoneOf(i),
      handle: `seed${i}_${Math.random().toString(36).slice(2, 8)}`,
      deviceToken: device.token,
      tokenHash: device.tokenHash,
    });
  }
  for (let i = 0; i < out.length; i += 200) {
    const chunk = out.slice(i, i + 200);
    await db
      .insertInto('accounts')
      .values(
        chunk.map((a) => ({
          id: a.id,
          phone: a.phone,
          region: 'CN',
          handle: a.handle,
          display_name: null,
          status: 'active',
          password_hash: hash,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    await db
      .insertInto('devices')
      .values(
        chunk.map((a) => ({
          id: newId(),
          account_id: a.id,
          token_hash: a.tokenHash,
          name: 'Seeded phone',
          created_at: now,
          last_seen_at: now,
        })),
      )
      .execute();
  }
  return out;
}

/** Waits until `/readyz` answers 200 (the database and, when configured, Redis answer). */
export async function waitReady(app: TestApp, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await app.tessera.server.inject({ method: 'GET', url: '/readyz' });
    if (res.statusCode === 200) return;
    if (Date.now() > deadline) throw new Error(`not ready after ${timeoutMs} ms: ${res.body}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A TCP port nobody listens on right now. */
export { freePort };

let redisProbe: Promise<string | null> | undefined;

/** null when the test Redis answers; otherwise why not (a failure in CI, a printed skip elsewhere). */
export function redisUnavailable(): Promise<string | null> {
  redisProbe ??= (async () => {
    const client = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: () => null });
    client.on('error', () => {}); // reported through connect()'s rejection
    try {
      await client.connect();
      await client.ping();
      return null;
    } catch (err) {
      const reason = `Redis at ${TEST_REDIS_URL} unreachable: ${(err as Error).message}`;
      if (IN_CI) throw new Error(`${reason} (CI requires it)`);
      console.log(`# skipping Redis tests: ${reason}`);
      return reason;
    } finally {
      client.disconnect();
    }
  })();
  return redisProbe;
}

/** A redis-server of our own, on a free port, no persistence: it can be killed and started again. */
export interface OwnRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const spawned = child;
    await new Promise<void>((resolve, reject) => {
      spawned.once('error', reject);
      spawned.once('spawn', () => resolve());
    });
    const deadline = Date.now() + 5000;
    for (;;) {
      const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on('error', () => {}); // not up yet: the loop tries again
      try {
        await probe.connect();
        await probe.ping();
        return;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 50));
      } finally {
        probe.disconnect();
      }
    }
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((r) => running.once('exit', r));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, start, stop };
}

/** Why redis-server cannot be started here, or null. */
export function redisServerMissing(): string | null {
  const found = (process.env.PATH ?? '/usr/bin').split(':').some((dir) => dir && existsSync(join(dir, 'redis-server')));
  return found ? null : 'redis-server is not installed (apt-get install redis-server)';
}
