import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import pino, { type Logger } from 'pino';
import type { AccountRecord } from './accounts/index.ts';
import { buildPolicy, readPolicyFile, type Policy, type RuntimeSettings } from './config/index.ts';
import { systemClock, type Clock } from './core/clock.ts';
import { ConfigError } from './core/errors.ts';
import { Resources } from './core/resources.ts';
import { deriveKeys } from './core/secrets.ts';
import { sendSecurityAlert, type FlowDeps } from './flows/index.ts';
import { loggerOptions } from './http/logging.ts';
import { createMetrics, sessionCacheMetrics } from './http/metrics.ts';
import { buildServer } from './http/server.ts';
import { createSecondFactors } from './mfa/index.ts';
import { createPasskeys } from './mfa/passkeys/index.ts';
import { PasswordHasher } from './passwords/index.ts';
import { createPostgresCounters, createRedisCounters, sweepExpired, type Counters } from './policy/counters/index.ts';
import { failClosed } from './policy/fail-closed.ts';
import { cachedAccountStore, cachedSessionStore, type SessionCache } from './sessions/index.ts';
import { createTokenService } from './sessions/jwt/index.ts';
import type { SmsDispatcher, SmsSender } from './sms/index.ts';
import { createAccountStore } from './storage/accounts-repo.ts';
import { createAuditLog } from './storage/audit-repo.ts';
import { createBlocklistStore } from './storage/blocklist-repo.ts';
import { openDatabase, type OpenedDatabase } from './storage/database.ts';
import { createFlowStore } from './storage/flows-repo.ts';
import { createSecondFactorStore } from './storage/mfa-repo.ts';
import { migrateToLatest } from './storage/migrate.ts';
import { createDevInboxStore, createOutboxStore } from './storage/outbox-repo.ts';
import { createPasskeyStore } from './storage/passkeys-repo.ts';
import { createPauseStore } from './storage/pauses-repo.ts';
import { createSessionStore } from './storage/sessions-repo.ts';
import { createSigningKeyStore } from './storage/signing-keys-repo.ts';
import {
  composeSecondFactors,
  createBreaker,
  loadAdminToken,
  loadSecret,
  openSmsProviders,
  startJobs,
  startSessionCache,
  startSmsDelivery,
  usesDevInbox,
} from './wiring/index.ts';

export interface Tessera {
  server: FastifyInstance;
  deps: FlowDeps;
  database: OpenedDatabase;
  dispatcher: SmsDispatcher;
  /** Validated sessions in memory (sessions/cache.ts). */
  sessionCache: SessionCache<AccountRecord>;
  log: Logger;
  /** Closes everything the start opened, last opened first. */
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

/**
 * The composition root: the only place that picks concrete adapters. Settings are read and checked
 * before anything opens; then each step registers what it opens with `resources`, so a failure at
 * any later step closes all of it, in reverse order, before the error propagates.
 */
export async function createTessera(runtime: RuntimeSettings, options: CreateOptions = {}): Promise<Tessera> {
  // Asynchronous writes: a synchronous write per log line to a pipe costs a cheap request dearly.
  const log = pino(loggerOptions(runtime.logLevel), options.logStream ?? pino.destination({ dest: 1, sync: false }));
  const policy = options.policy ?? (runtime.configFile ? readPolicyFile(runtime.configFile) : buildPolicy({}));
  const devInbox = usesDevInbox(policy);
  if (runtime.mode === 'production' && devInbox) {
    throw new ConfigError('config: `tessera start` needs real SMS providers in "sms.providers" (the dev inbox is for `tessera dev` only)');
  }
  const clock = options.clock ?? systemClock;
  const keys = deriveKeys(loadSecret(runtime, log));
  const adminToken = loadAdminToken(runtime);
  const serving = options.startDispatcher !== false;
  const resources = new Resources({
    opened: (name) => log.debug({ resource: name }, 'opened'),
    closeFailed: (name, err) => log.error({ resource: name, err: (err as Error).message }, 'close failed'),
  });

  return resources.start(async () => {
    const sms = await openSmsProviders(policy, { log, clock }, resources);
    const database = await resources.add(
      'database',
      () => openDatabase({ databaseUrl: runtime.databaseUrl, prepare: runtime.databasePrepare, dataDir: runtime.dataDir }),
      (d) => d.close(),
    );
    if (database.kind === 'pglite')
      log.info(`embedded database (PGlite) in ${join(runtime.dataDir, 'db')}; for production set DATABASE_URL to a Postgres server`);
    const redis = runtime.redisUrl ? new Redis(runtime.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false }) : undefined;
    if (redis) {
      redis.on('error', (err) => log.warn({ err: err.message }, 'redis error'));
      resources.defer('redis', () => redis.disconnect());
    }
    const applied = await migrateToLatest(database.db);
    if (applied.length > 0) log.info({ migrations: applied }, 'migrations applied');

    const metrics = createMetrics();
    const sessionCache = await startSessionCache({ listen: database.listen, cacheSeconds: policy.sessions.cacheSeconds, log }, resources);
    sessionCacheMetrics(metrics, () => sessionCache.snapshot());
    const loginCounters: Counters = createPostgresCounters(database.db);
    const counters: Counters = failClosed(redis ? createRedisCounters(redis) : loginCounters, (err) => {
      metrics.counterStoreErrors.inc();
      log.error({ err: (err as Error).message }, 'counter store unavailable: refusing to send or check codes');
    });
    if (counters.close) resources.defer('counters', () => counters.close?.());
    const outbox = createOutboxStore(database.db);
    const devInboxStore = devInbox ? createDevInboxStore(database.db) : undefined;
    const { dispatcher, receipts: smsReceipts } = startSmsDelivery(
      {
        policy,
        providers: sms,
        outbox,
        devInbox: devInboxStore,
        encryptionKey: keys.encryption,
        metrics,
        log,
        clock,
        pollMs: serving ? (options.outboxPollMs ?? 1000) : undefined,
        leaseSeconds: options.outboxLeaseSeconds,
      },
      resources,
    );

    const audit = createAuditLog(database.db);
    // A used recovery code tells the owner by SMS (bound once the flow deps exist below).
    let onRecoveryCodeUsed: (accountId: string, ip: string | null) => Promise<void> = async () => {};
    const secondFactors = createSecondFactors({
      store: createSecondFactorStore(database.db),
      keys,
      clock,
      appName: policy.app.name,
      audit,
      counters,
      onRecoveryCodeUsed: (accountId, info) => onRecoveryCodeUsed(accountId, info.ip),
    });
    const passkeys = createPasskeys({ store: createPasskeyStore(database.db), clock, audit, settings: policy.webauthn, appName: policy.app.name });
    const deps = {
      policy,
      clock,
      keys,
      counters,
      loginCounters,
      audit,
      hasher: new PasswordHasher(),
      factors: composeSecondFactors(secondFactors, passkeys),
      breaker: createBreaker({ counters, policy, store: createPauseStore(database.db), clock, audit, metrics, log }),
      enqueueSms: (message: Parameters<typeof outbox.enqueue>[0], now: Date) => outbox.enqueue(message, now),
      flows: createFlowStore(database.db),
      accounts: cachedAccountStore(createAccountStore(database.db), sessionCache),
      blocklist: createBlocklistStore(database.db),
      sessions: cachedSessionStore(createSessionStore(database.db), sessionCache),
      sessionCache,
      sendQueued: (id: string) => dispatcher.kick(id),
      onTestNumberUse: (purpose: string) => metrics.smsTestNumberUses.inc({ purpose }),
    };
    onRecoveryCodeUsed = async (accountId, ip) => {
      const account = await deps.accounts.findById(accountId);
      if (account) await sendSecurityAlert(deps, account, 'recovery_code_used', {}, { ip: ip ?? '', locale: policy.app.defaultLocale });
    };
    if (serving) {
      startJobs(
        {
          accounts: deps.accounts,
          sweepCounters: (limit) => sweepExpired(database.db, limit),
          deletionIntervalMinutes: policy.deletion.jobIntervalMinutes,
          clock,
          log,
        },
        resources,
      );
    }

    const server = await buildServer(
      {
        ...deps,
        mode: runtime.mode,
        metrics,
        devInbox: devInboxStore,
        logLevel: runtime.logLevel,
        adminToken,
        secondFactors,
        passkeys,
        smsReceipts,
        tokens: createTokenService({ store: createSigningKeyStore(database.db), keys, clock }),
        ready: async () => {
          await sql`select 1`.execute(database.db);
          if (redis) await redis.ping();
        },
      },
      { logger: log },
    );
    resources.defer('http server', () => server.close());

    return { server, deps, database, dispatcher, sessionCache, log, close: () => resources.closeAll() };
  });
}

export type { SmsSender };
