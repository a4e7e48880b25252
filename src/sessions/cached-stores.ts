import type { AccountRecord, AccountStore } from '../accounts/index.ts';
import type { SessionCache } from './cache.ts';
import type { SessionStore } from './ports.ts';

/**
 * The session store with the cache in front of `find`. Every write that can end a session or
 * change what validation reads goes through `cache.write`, which drops the account's entries.
 */
export function cachedSessionStore(store: SessionStore, cache: SessionCache<AccountRecord>): SessionStore {
  const accountOf = (sessionId: string): string[] => {
    const accountId = cache.accountOf(sessionId);
    return accountId ? [accountId] : [];
  };
  return {
    ...store,
    async find(id) {
      const cached = cache.session(id);
      if (cached) return cached;
      const ticket = cache.ticket();
      const found = await store.find(id);
      if (found) cache.storeSession(found, ticket);
      return found;
    },
    async touch(id, now, idleExpiresAt) {
      await store.touch(id, now, idleExpiresAt);
      cache.touched(id, now, idleExpiresAt);
    },
    open: (input, now) => cache.write([input.accountId], () => store.open(input, now)),
    revoke: (id, now) => cache.write(accountOf(id), () => store.revoke(id, now)),
    revokeOwned: (accountId, sessionId, now) => cache.write([accountId], () => store.revokeOwned(accountId, sessionId, now)),
    forgetDevice: (accountId, deviceId, now) => cache.write([accountId], () => store.forgetDevice(accountId, deviceId, now)),
    revokeAll: (accountId, now, except) => cache.write([accountId], () => store.revokeAll(accountId, now, except)),
    markAuthenticated: (sessionId, now, methods) => cache.write(accountOf(sessionId), () => store.markAuthenticated(sessionId, now, methods)),
  };
}

/** The account store with every write that changes an account dropping that account's cached sessions. */
export function cachedAccountStore(store: AccountStore, cache: SessionCache<AccountRecord>): AccountStore {
  return {
    ...store,
    // A registration that takes over a dormant number ends the old account's sessions.
    createFromFlow: (bundle, now) => cache.write(bundle.takeOver ? [bundle.takeOver.accountId] : [], () => store.createFromFlow(bundle, now)),
    setPassword: (id, hash, now) => cache.write([id], () => store.setPassword(id, hash, now)),
    changeStatus: (id, change, now) => cache.write([id], () => store.changeStatus(id, change, now)),
    changeHandle: (id, from, to, holdUntil, now) => cache.write([id], () => store.changeHandle(id, from, to, holdUntil, now)),
    // A new number may be taken from a dormant account; erasure ends whole batches: rare, so everything goes.
    changePhone: (input, now) => cache.write('all', () => store.changePhone(input, now)),
    eraseDue: (now, holdUntil, limit) => cache.write('all', () => store.eraseDue(now, holdUntil, limit)),
  };
}

/** The account a validated session belongs to, from the cache when it holds it. */
export async function sessionAccount(
  cache: SessionCache<AccountRecord>,
  accounts: AccountStore,
  sessionId: string,
  accountId: string,
): Promise<AccountRecord | null> {
  const cached = cache.account(sessionId);
  if (cached) return cached;
  const ticket = cache.ticket();
  const account = await accounts.findById(accountId);
  if (account) cache.storeAccount(sessionId, account, ticket);
  return account;
}
