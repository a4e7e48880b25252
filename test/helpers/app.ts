import { rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import { createTessera, type Tessera } from '../../src/app.ts';
import { buildPolicy, resolveRuntime } from '../../src/config/index.ts';
import { ManualClock, type Clock } from '../../src/core/clock.ts';
import { generateSecret } from '../../src/core/secrets.ts';
import { waitFor } from './net.ts';
import { freshDataDir } from './pglite-template.ts';
import { createScratchDatabase, postgresUnavailable } from './services.ts';

export type StoreKind = 'pglite' | 'postgres';
export const STORES: readonly StoreKind[] = ['pglite', 'postgres'];

export interface TestApp {
  tessera: Tessera;
  clock: Clock;
  logs: string[];
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  /** The last code the dev inbox got for this number. */
  lastCode(e164: string): Promise<string>;
  close(): Promise<void>;
  dataDir: string;
}

export interface TestAppOptions {
  policy?: Record<string, unknown>;
  clock?: Clock;
  dataDir?: string;
  secret?: string;
  keepDataDir?: boolean;
  redisUrl?: string;
  /** A Postgres database another app already uses (two nodes of one deployment); the caller drops it. */
  databaseUrl?: string;
}

/**
 * A request retried, as a well-behaved client would, while the server answers `503 server_busy`
 * (more password work queued than the bound allows; docs/architecture.md, "Passwords"): for tests about something else that
 * hash many passwords at once on a machine that may be loaded.
 */
export async function patiently(send: () => Promise<LightMyRequestResponse>, tries = 10): Promise<LightMyRequestResponse> {
  for (let k = 1; ; k++) {
    const res = await send();
    if (res.statusCode !== 503 || k >= tries) return res;
    await new Promise((r) => setTimeout(r, 1000 * Math.min(2, Number(res.headers['retry-after'] ?? 1))));
  }
}

/** Budgets so high that only tests about budgets meet them. */
export const RELAXED = {
  codes: { resendSeconds: 0 },
  breaker: { minSends: 1000000 },
  budgets: {
    perNumberHour: 1000,
    perNumberDay: 1000,
    noticesPerNumberDay: 1000,
    perIpHour: 100000,
    perIpDay: 100000,
    perBlockHour: 100000,
    perCountryDay: 1000000,
    perInstanceDay: 1000000,
    powAfterPerIp10Min: 100000,
    handleLookupsPerIpMinute: 100000,
  },
};

function merge(a: Record<string, any>, b: Record<string, any>): Record<string, any> {
  const out: Record<string, any> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = v && typeof v === 'object' && !Array.isArray(v) ? merge(a[k] ?? {}, v) : v;
  return out;
}

/** An app on `store` with a fresh data dir (and, on Postgres, a scratch database of its own unless one is given). */
export async function startTestApp(store: StoreKind, options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = options.dataDir ?? (await freshDataDir());
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  if (store === 'postgres' && !options.databaseUrl) scratch = await createScratchDatabase();
  const databaseUrl = options.databaseUrl ?? scratch?.url;
  const clock = options.clock ?? new ManualClock(new Date());
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const runtime = resolveRuntime(
    'dev',
    {
      dataDir,
      secret: options.secret ?? generateSecret(),
      logLevel: 'info',
      ...(databaseUrl ? { databaseUrl } : {}),
      ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
    },
    {},
  );
  const policy = buildPolicy(merge(RELAXED, options.policy ?? {}));
  const tessera = await createTessera(runtime, { policy, clock, logStream, outboxPollMs: 200 });
  return {
    tessera,
    clock,
    logs,
    dataDir,
    request: (method, url, body, headers) =>
      tessera.server.inject({ method: method as 'GET', url, ...(body !== undefined ? { payload: body as object } : {}), headers: { ...(headers ?? {}) } }),
    async lastCode(e164) {
      await tessera.dispatcher.idle();
      const read = async () => {
        const res = await tessera.server.inject({ method: 'GET', url: `/_dev/sms?to=${encodeURIComponent(e164)}` });
        const text: string | undefined = res.json().messages[0]?.text;
        return (text && /(\d{6,8})/.exec(text)?.[1]) || undefined;
      };
      // With another node on the same database, its outbox poll may take the message before this
      // node's own send does: then this node is idle and the other one is still sending.
      const code = (await read()) ?? (await waitFor(`a code in the dev inbox for ${e164}`, read, 5000).catch(() => undefined));
      if (!code) throw new Error(`no code in the dev inbox for ${e164}`);
      return code;
    },
    async close() {
      await tessera.close();
      await scratch?.drop();
      if (!options.dataDir && !options.keepDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export { postgresUnavailable };

let seq = 0;
/** A distinct valid CN mobile number per call (138 prefix, unique per process). */
export function uniquePhone(): string {
  seq += 1;
  const n = (process.pid % 10000) * 10000 + (seq % 10000);
  return `+86138${String(n).padStart(8, '0')}`;
}

/** Runs start → read code → verify, returning the verified flow id. */
export async function verifiedFlow(app: TestApp, phone = uniquePhone()): Promise<{ id: string; phone: string }> {
  const start = await app.request('POST', '/v1/registrations', { phone });
  if (start.statusCode !== 201) throw new Error(`start failed: ${start.body}`);
  const id = start.json().id as string;
  const verify = await app.request('POST', `/v1/registrations/${id}/verify`, { code: await app.lastCode(phone) });
  if (verify.statusCode !== 200) throw new Error(`verify failed: ${verify.body}`);
  return { id, phone };
}

export const STRONG_PASSWORD = 'otter-lantern-Harbor-92';
