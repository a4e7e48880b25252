export { newSessionToken, parseSessionToken, newDeviceToken, deviceTokenHash } from './tokens.ts';
export type { SessionRecord, SessionStore } from './ports.ts';
export { validateSession } from './validate.ts';
export { idleExpiry, longestSessionSeconds, newSessionExpiries, sessionLive, type SessionLifetime } from './lifetime.ts';
export { requireRecentAuth, REAUTH_WINDOW_SECONDS } from './reauth.ts';
export { SessionCache, type SessionCacheOptions, type SessionCacheStats } from './cache.ts';
export { cachedAccountStore, cachedSessionStore, sessionAccount } from './cached-stores.ts';
