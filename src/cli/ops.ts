import { createTessera } from '../app.ts';
import type { RuntimeSettings } from '../config/index.ts';
import { diagnosePhone } from '../flows/index.ts';
import { adminCall, runningServer } from './running-server.ts';

/** What operator commands do, whether through a running server's admin API or on the database directly. */
export interface Ops {
  blocklistAdd(pattern: string, reason: string | null): Promise<void>;
  blocklistRemove(pattern: string): Promise<boolean>;
  blocklistList(): Promise<{ pattern: string; reason: string | null; createdAt: string }[]>;
  pauses(): Promise<{ scope: string; key: string; level: number; until: string; secondsLeft: number }[]>;
  unpause(scope: 'block' | 'country', key: string): Promise<boolean>;
  doctor(phone: string, country?: string): Promise<Awaited<ReturnType<typeof diagnosePhone>>>;
}

export async function withOps<T>(runtime: RuntimeSettings, fn: (ops: Ops) => Promise<T>): Promise<T> {
  const server = runningServer(runtime);
  if (server) {
    const notFoundIsFalse = async (p: Promise<unknown>) =>
      p.then(
        () => true,
        (err) => (err.status === 404 ? false : Promise.reject(err)),
      );
    return fn({
      blocklistAdd: async (pattern, reason) => void (await adminCall(server, 'POST', '/admin/v1/blocklist', { pattern, ...(reason ? { reason } : {}) })),
      blocklistRemove: (pattern) => notFoundIsFalse(adminCall(server, 'DELETE', `/admin/v1/blocklist/${encodeURIComponent(pattern)}`)),
      blocklistList: async () => (await adminCall<{ entries: Awaited<ReturnType<Ops['blocklistList']>> }>(server, 'GET', '/admin/v1/blocklist')).entries,
      pauses: async () => (await adminCall<{ pauses: Awaited<ReturnType<Ops['pauses']>> }>(server, 'GET', '/admin/v1/sms/pauses')).pauses,
      unpause: (scope, key) => notFoundIsFalse(adminCall(server, 'DELETE', `/admin/v1/sms/pauses/${scope}/${encodeURIComponent(key)}`)),
      doctor: (phone, country) =>
        adminCall<Awaited<ReturnType<Ops['doctor']>>>(
          server,
          'GET',
          `/admin/v1/doctor?phone=${encodeURIComponent(phone)}${country ? `&country=${country}` : ''}`,
        ),
    });
  }
  const tessera = await createTessera({ ...runtime, logLevel: 'error' }, { startDispatcher: false });
  const { deps } = tessera;
  // The same audit rows the admin API writes, so a change is on record whichever way it was made.
  const audit = (action: string, details: Record<string, unknown>) =>
    deps.audit.append({ accountId: null, actor: 'operator', action, outcome: 'success', ip: null, details: { ...details, via: 'cli' } }, new Date());
  try {
    return await fn({
      blocklistAdd: async (pattern, reason) => {
        await deps.blocklist.add(pattern, reason, new Date());
        await audit('blocklist.added', { pattern });
      },
      blocklistRemove: async (pattern) => {
        const removed = await deps.blocklist.remove(pattern);
        if (removed) await audit('blocklist.removed', { pattern });
        return removed;
      },
      blocklistList: async () => (await deps.blocklist.list()).map((e) => ({ pattern: e.pattern, reason: e.reason, createdAt: e.createdAt.toISOString() })),
      pauses: async () => (await deps.breaker.status()).map((p) => ({ ...p, until: p.until.toISOString() })),
      unpause: async (scope, key) => {
        const lifted = await deps.breaker.unpause(scope, key);
        if (lifted) await audit('sms.breaker.unpaused', { scope, key });
        return lifted;
      },
      doctor: (phone, country) => diagnosePhone(deps, phone, country),
    });
  } finally {
    await tessera.close();
  }
}
