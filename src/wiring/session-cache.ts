import type { Logger } from 'pino';
import type { AccountRecord } from '../accounts/index.ts';
import type { Resources } from '../core/resources.ts';
import { SessionCache } from '../sessions/index.ts';
import type { OpenedDatabase } from '../storage/database.ts';

/** The NOTIFY channel of migration 0006; the most sessions one node keeps in memory (~2 KiB each). */
const SESSION_CACHE_CHANNEL = 'tessera_session_cache';
const SESSION_CACHE_ENTRIES = 50_000;

/**
 * Validated sessions in memory; changes made on any node reach it as database notifications
 * (sessions/cache.ts). The cache is off until it hears them, and while it cannot; listening stops
 * when `resources` close.
 */
export async function startSessionCache(
  deps: { listen: OpenedDatabase['listen']; cacheSeconds: number; log: Logger },
  resources: Resources,
): Promise<SessionCache<AccountRecord>> {
  const { log } = deps;
  const cache = new SessionCache<AccountRecord>({ ttlMs: deps.cacheSeconds * 1000, maxEntries: SESSION_CACHE_ENTRIES }, false);
  if (deps.cacheSeconds === 0) return cache;
  let wasLive = false;
  let closing = false;
  const stop = await deps.listen(
    SESSION_CACHE_CHANNEL,
    (accountId) => cache.onRemoteChange(accountId),
    (live) => {
      cache.setLive(live);
      if (!live && wasLive && !closing) log.warn('session cache off: database notifications cannot be heard; reconnecting');
      if (live && !wasLive) log.info('session cache on');
      wasLive = live;
    },
  );
  resources.defer('session cache notifications', async () => {
    closing = true;
    await stop();
  });
  return cache;
}
