import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import pino, { type Logger } from 'pino';
import { buildPolicy, readPolicyFile, type Policy, type RuntimeSettings } from './config/index.ts';
import { systemClock, type Clock } from './core/clock.ts';
import { ConfigError } from './core/errors.ts';
import { deriveKeys, generateSecret, parseSecret } from './core/secrets.ts';
import type { FlowDeps } from './flows/index.ts';
import { buildServer } from './http/server.ts';
import { createMetrics, sessionCacheMetrics, smsMetricHooks } from './http/metrics.ts';
import type { AccountRecord } from './accounts/index.ts';
import { cachedAccountStore, cachedSessionStore, SessionCache } from './sessions/index.ts';
import { loggerOptions } from './http/logging.ts';
import { PasswordHasher } from './passwords/index.ts';
import { createPostgresCounters, createRedisCounters, sweepExpired, type Counters } from './policy/counters/index.ts';
import { createDevSender, createSmsRouter, SmsDispatcher, SmsReceipts, type SmsSender } from './sms/index.ts';
import { createAccountStore } from './storage/accounts-repo.ts';
import { createBlocklistStore } from './storage/blocklist-repo.ts';
import { openDatabase, type OpenedDatabase } from './storage/database.ts';
import { createFlowStore } from './storage/flows-repo.ts';
import { migrateToLatest } from './storage/migrate.ts';
import { createDevInboxStore, createOutboxStore } from './storage/outbox-repo.ts';
import { createSessionStore } from './storage/sessions-repo.ts';
import { createSigningKeyStore } from './storage/signing-keys-repo.ts';
import { createTokenService } from './sessions/jwt/index.ts';
import { buildProviders } from './sms/configure.ts';
import { createAuditLog } from './storage/audit-repo.ts';
import { failClosed } from './policy/fail-closed.ts';
import { PumpingBreaker } from './policy/pumping-breaker.ts';
import { createPauseStore } from './storage/pauses-repo.ts';
import { createSecondFactors } from './mfa/index.ts';
import { createSecondFactorStore } from './storage/mfa-repo.ts';
import { createPasskeys } from './mfa/passkeys/index.ts';
import { createPasskeyStore } from './storage/passkeys-repo.ts';
import { runDeletionJob, sendSecurityAlert, type SecondFactorPort } from './flows/index.ts';

/** The NOTIFY channel of migration 0006; the most sessions one node keeps in memory (~2 KiB each). */
const SESSION_CACHE_CHANNEL = 'tessera_session_cache';
const SESSION_CACHE_ENTRIES = 50_000;

export interface Tessera {
  server: FastifyInstance;
  deps: FlowDeps;
  database: OpenedDatabase;
  dispatcher: SmsDispatcher;
  /** Validated sessions in memory (sessions/cache.ts). */
  sessionCache: SessionCache<AccountRecord>;
  log: Logger;
  close(): Promise<void>;
}

export interface CreateOptions {
  policy?: Policy;
  clock?: Clock;
  logStream?: NodeJS.WritableStream;
  /** Poll interval of the SMS outbox (ms). */
  outboxPollMs?: number;
  /** How long a claimed SMS is held before another node may take it over (s); default 60. */
  outboxLeaseSeconds?: number;
  /** False for one-off CLI commands: they must not start sending what a server left queued. */
  startDispatcher?: boolean;
}

/** Dev defaults warn once each, by name, so nobody ships them unknowingly. */
function warnDevDefault(log: Logger, name: string, detail: string): void {
  log.warn({ devDefault: name }, `DEV DEFAULT IN USE: ${name} — ${detail}. Never run production like this (\`tessera start\` refuses it).`);
}

/** The admin API token: configured, or in dev generated once into the data dir (the CLI reads it there). */
export function loadAdminToken(runtime: RuntimeSettings): string | undefined {
  if (runtime.adminToken || runtime.mode === 'production') return runtime.adminToken;
  const file = join(runtime.dataDir, 'admin-token');
  if (!existsSync(file)) {
    mkdirSync(runtime.dataDir, { recursive: true });
    writeFileSync(file, generateSecret() + '\n', { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

function loadSecret(runtime: RuntimeSettings, log: Logger): Uint8Array {
  if (runtime.secret) return parseSecret(runtime.secret);
  if (runtime.mode === 'production') throw new ConfigError('TESSERA_SECRET (or --secret) is required by `tessera start`: 32+ random bytes, e.g. `openssl rand -hex 32`');
  const file = join(runtime.dataDir, 'secret');
  if (!existsSync(file)) {
    mkdirSync(runtime.dataDir, { recursive: true });
    writeFileSync(file, generateSecret() + '\n', { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  warnDevDefault(log, 'generated server secret', `kept in ${file}`);
  return parseSecret(readFileSync(file, 'utf8'));
}

/** The composition root: the only place that picks concrete adapters. */
export async function createTessera(runtime: RuntimeSettings, options: CreateOptions = {}): Promise<Tessera> {
  // Asynchronous writes: a synchronous write per log line to a pipe costs a cheap request dearly.
  const log = pino(loggerOptions(runtime.logLevel), options.logStream ?? pino.destination({ dest: 1, sync: false }));
  const policy = options.policy ?? (runtime.configFile ? readPolicyFile(runtime.configFile) : buildPolicy({}));
  const usesDevInbox = Object.keys(policy.sms.providers).length === 0 || Object.values(policy.sms.providers).some((p) => p.type === 'dev');
  if (runtime.mode === 'production' && usesDevInbox) {
    throw new ConfigError('config: `tessera start` needs real SMS providers in "sms.providers" (the dev inbox is for `tessera dev` only)');
  }
  const clock = options.clock ?? systemClock;
  const keys = deriveKeys(loadSecret(runtime, log));
  // Receipts that come in on a provider's own link (a bound session) go to the intake built below.
  let smsReceipts: SmsReceipts | undefined;
  const sms = await buildProviders(policy, { log, now: () => clock.now(), onReceipt: (provider, receipt) => smsReceipts?.fromLink(provider, receipt) });
  const { senders } = sms;

  const database = await openDatabase({ databaseUrl: runtime.databaseUrl, prepare: runtime.databasePrepare, dataDir: runtime.dataDir });
  if (database.kind === 'pglite') log.info(`embedded database (PGlite) in ${join(runtime.dataDir, 'db')}; for production set DATABASE_URL to a Postgres server`);
  const redis = runtime.redisUrl ? new Redis(runtime.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false }) : undefined;
  redis?.on('error', (err) => log.warn({ err: err.message }, 'redis error'));
  try {
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0) log.info({ migrations: applied }, 'migrations applied');
  } catch (err) {
    await database.close();
    redis?.disconnect();
    throw err;
  }

  const metrics = createMetrics();
  // Validated sessions in memory; changes made on any node reach it as notifications (sessions/cache.ts).
  const sessionCache = new SessionCache<AccountRecord>({ ttlMs: policy.sessions.cacheSeconds * 1000, maxEntries: SESSION_CACHE_ENTRIES }, false);
  sessionCacheMetrics(metrics, () => sessionCache.snapshot());
  let cacheWasLive = false;
  let closing = false;
  const stopListening = policy.sessions.cacheSeconds === 0 ? async () => {} : await database.listen(SESSION_CACHE_CHANNEL,
    (accountId) => sessionCache.onRemoteChange(accountId),
    (live) => {
      sessionCache.setLive(live);
      if (!live && cacheWasLive && !closing) log.warn('session cache off: database notifications cannot be heard; reconnecting');
      if (live && !cacheWasLive) log.info('session cache on');
      cacheWasLive = live;
    });
  const loginCounters: Counters = createPostgresCounters(database.db);
  const counters: Counters = failClosed(redis ? createRedisCounters(redis) : loginCounters, (err) => {
    metrics.counterStoreErrors.inc();
    log.error({ err: (err as Error).message }, 'counter store unavailable: refusing to send or check codes');
  });
  const devInbox = usesDevInbox ? createDevInboxStore(database.db) : undefined;
  if (devInbox) {
    senders.set('dev', createDevSender(devInbox, () => clock.now()));
    warnDevDefault(log, 'dev SMS inbox', 'codes are not sent to phones; read them at /_dev/sms');
  }
  const routes = Object.keys(policy.sms.routes).length > 0 ? policy.sms.routes : { default: [...senders.keys()] };
  const outbox = createOutboxStore(database.db);
  const smsHooks = smsMetricHooks(metrics);
  const dispatcher = new SmsDispatcher({
    store: outbox,
    router: createSmsRouter({ senders, routes, log, timeouts: sms.timeouts, events: smsHooks.router }),
    encryptionKey: keys.encryption,
    log,
    now: () => clock.now(),
    metrics: smsHooks.outbox,
    dedupesById: (provider) => senders.get(provider)?.dedupesById === true,
    maxAgeSeconds: (purpose) => (purpose === 'security_alert' ? 3600 : policy.codes.ttlSeconds),
    ...(options.outboxLeaseSeconds ? { leaseSeconds: options.outboxLeaseSeconds } : {}),
  });
  smsReceipts = new SmsReceipts({ store: outbox, providers: sms.providers, log, now: () => clock.now(), metrics: smsHooks.receipts });
  if (options.startDispatcher !== false) dispatcher.start(options.outboxPollMs ?? 1000);
  // Expired counter rows are invisible already; this keeps the tables small. One node or many: deletes are idempotent.
  const sweeper = options.startDispatcher === false ? undefined : setInterval(() => {
    sweepExpired(database.db, 5000).catch((err) => log.warn({ err: (err as Error).message }, 'counter sweep failed'));
  }, 10 * 60_000).unref();

  const hasher = new PasswordHasher();
  const audit = createAuditLog(database.db);
  // A used recovery code tells the owner by SMS (set once the flow deps exist below).
  let onRecoveryCodeUsed: (accountId: string, ip: string | null) => Promise<void> = async () => {};
  const secondFactors = createSecondFactors({
    store: createSecondFactorStore(database.db), keys, clock, appName: policy.app.name, audit, counters,
    onRecoveryCodeUsed: (accountId, info) => onRecoveryCodeUsed(accountId, info.ip),
  });
  // Second factors are composed here from the modules that provide them (TOTP and recovery codes, passkeys).
  const passkeys = createPasskeys({ store: createPasskeyStore(database.db), clock, audit, settings: policy.webauthn, appName: policy.app.name });
  const factors: SecondFactorPort = {
    async methods(accountId) {
      const [others, passkey] = await Promise.all([secondFactors.methods(accountId), passkeys.has(accountId)]);
      return [...others.filter((m) => m === 'totp'), ...(passkey ? ['passkey' as const] : []), ...others.filter((m) => m !== 'totp')];
    },
    verify: (accountId, method, answer, ctx) => {
      if (method === 'totp') return secondFactors.verifyTotp(accountId, answer.code ?? '');
      if (method === 'recovery_code') return secondFactors.useRecoveryCode(accountId, answer.code ?? '', { ip: ctx.ip });
      if (method === 'passkey') return passkeys.verifyFactor(accountId, answer.challengeId, answer.credential);
      return Promise.resolve(false);
    },
  };
  const breaker = new PumpingBreaker({
    counters, policy, store: createPauseStore(database.db), now: () => clock.now(),
    onPause: (pause, stats) => {
      metrics.breakerPauses.inc({ scope: pause.scope });
      log.warn({ scope: pause.scope, key: pause.key, until: pause.until, level: pause.level, ...stats }, 'sms pumping breaker: paused');
      // Not awaited by the request that tripped it; a failed write is logged, never an unhandled rejection (which would end the process).
      audit.append({ accountId: null, actor: 'system', action: 'sms.breaker.paused', outcome: 'success', details: { ...pause, ...stats } }, clock.now())
        .catch((err) => log.error({ err: (err as Error).message }, 'audit: sms.breaker.paused not written'));
    },
  });
  const deps = {
    policy, clock, keys, counters, loginCounters, breaker, hasher, audit, factors,
    enqueueSms: (sms: Parameters<typeof outbox.enqueue>[0], now: Date) => outbox.enqueue(sms, now),
    flows: createFlowStore(database.db),
    accounts: cachedAccountStore(createAccountStore(database.db), sessionCache),
    blocklist: createBlocklistStore(database.db),
    sessions: cachedSessionStore(createSessionStore(database.db), sessionCache),
    sessionCache,
    sendQueued: (id: string) => dispatcher.kick(id),
    onTestNumberUse: (purpose: string) => metrics.smsTestNumberUses.inc({ purpose }),
  };
  // Accounts past their deletion grace are erased by whichever node gets there first (rows are claimed, skip locked).
  const deletionJob = options.startDispatcher === false ? undefined : setInterval(() => {
    runDeletionJob(deps, clock.now())
      .then((erased) => { if (erased > 0) log.info({ erased }, 'deletion job: accounts erased'); })
      .catch((err) => log.warn({ err: (err as Error).message }, 'deletion job failed'));
  }, policy.deletion.jobIntervalMinutes * 60_000).unref();
  onRecoveryCodeUsed = async (accountId, ip) => {
    const account = await deps.accounts.findById(accountId);
    if (account) await sendSecurityAlert(deps, account, 'recovery_code_used', {}, { ip: ip ?? '', locale: policy.app.defaultLocale });
  };
  const server = await buildServer({
    ...deps, mode: runtime.mode, metrics, devInbox, logLevel: runtime.logLevel, adminToken: loadAdminToken(runtime), secondFactors, passkeys, smsReceipts,
    tokens: createTokenService({ store: createSigningKeyStore(database.db), keys, clock }),
    ready: async () => {
      await sql`select 1`.execute(database.db);
      if (redis) await redis.ping();
    },
  }, { logger: log });

  return {
    server, deps, database, dispatcher, sessionCache, log,
    async close() {
      clearInterval(sweeper);
      clearInterval(deletionJob);
      await server.close();
      await dispatcher.stop();
      smsReceipts?.close();
      await Promise.allSettled([...senders.values()].map((s) => s.close?.()));
      await counters.close?.();
      redis?.disconnect();
      closing = true;
      await stopListening();
      await database.close();
    },
  };
}

export type { SmsSender };
