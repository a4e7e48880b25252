import type { SessionRecord } from './ports.ts';

/**
 * Validated sessions kept in the process, so that checking a session (every authenticated request)
 * needs no database round trip while nothing about it has changed.
 *
 * What keeps it correct:
 * - every write this process makes to a session or an account drops the entries it touches, and
 *   while a write is in flight nothing read from the database is stored (a read that raced the
 *   write could hold the state before it);
 * - writes made anywhere else (another node, the CLI, an operator's SQL) reach the cache as
 *   database notifications (`onRemoteChange`, fed by a trigger on `sessions` and `accounts`);
 *   while that channel is down the cache is off (`setLive(false)`) and emptied;
 * - an entry is kept at most `ttlMs` in any case, and at most `maxEntries` are kept (least
 *   recently used out first).
 *
 * The session's own expiries are still checked on every use (sessions/validate.ts); the cache only
 * saves the reads.
 */
export interface SessionCacheOptions {
  ttlMs: number;
  maxEntries: number;
  /** Monotonic milliseconds (tests pass their own). */
  now?: () => number;
}

interface Entry<A> {
  session: SessionRecord;
  account?: A;
  storedAt: number;
}

export interface SessionCacheStats {
  hits: number;
  misses: number;
  size: number;
  live: boolean;
}

export class SessionCache<A = unknown> {
  private readonly entries = new Map<string, Entry<A>>();
  private readonly byAccount = new Map<string, Set<string>>();
  private readonly now: () => number;
  private generation = 0;
  private writing = 0;
  private live: boolean;
  readonly stats = { hits: 0, misses: 0 };

  constructor(
    private readonly options: SessionCacheOptions,
    live = true,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.live = live && options.ttlMs > 0 && options.maxEntries > 0;
  }

  get enabled(): boolean {
    return this.live;
  }

  /** A token for a read about to start: `store…` only keeps what it read if nothing was written meanwhile. */
  ticket(): number {
    return this.writing > 0 ? -1 : this.generation;
  }

  session(id: string): SessionRecord | undefined {
    const entry = this.fresh(id);
    if (entry) this.stats.hits += 1;
    else this.stats.misses += 1;
    return entry?.session;
  }

  /** The account a cached session belongs to (not counted as a use). */
  accountOf(sessionId: string): string | undefined {
    return this.entries.get(sessionId)?.session.accountId;
  }

  account(sessionId: string): A | undefined {
    return this.fresh(sessionId)?.account;
  }

  storeSession(session: SessionRecord, ticket: number): void {
    if (!this.accepts(ticket)) return;
    this.entries.delete(session.id);
    this.entries.set(session.id, { session, storedAt: this.now() });
    let ids = this.byAccount.get(session.accountId);
    if (!ids) this.byAccount.set(session.accountId, (ids = new Set()));
    ids.add(session.id);
    while (this.entries.size > this.options.maxEntries) this.drop(this.entries.keys().next().value!);
  }

  storeAccount(sessionId: string, account: A, ticket: number): void {
    if (!this.accepts(ticket)) return;
    const entry = this.entries.get(sessionId);
    if (entry) entry.account = account;
  }

  /** The session was used: its cached copy carries the new last-seen time and idle expiry. */
  touched(id: string, lastSeenAt: Date, idleExpiresAt: Date): void {
    const entry = this.entries.get(id);
    if (entry) entry.session = { ...entry.session, lastSeenAt, idleExpiresAt };
  }

  /**
   * Runs a write that may change sessions or accounts: nothing read while it runs is kept, and
   * afterwards the entries of `accounts` are dropped (all entries when `accounts` is 'all').
   */
  async write<T>(accounts: readonly string[] | 'all', fn: () => Promise<T>): Promise<T> {
    this.writing += 1;
    this.generation += 1;
    this.forget(accounts);
    try {
      return await fn();
    } finally {
      this.forget(accounts);
      this.generation += 1;
      this.writing -= 1;
    }
  }

  /** A change made elsewhere, as the database reported it: drop the account's sessions. */
  onRemoteChange(accountId: string): void {
    this.generation += 1;
    this.forget([accountId]);
  }

  /** Off (and emptied) while changes made elsewhere cannot be heard; on again once they can. */
  setLive(live: boolean): void {
    this.generation += 1;
    this.entries.clear();
    this.byAccount.clear();
    this.live = live && this.options.ttlMs > 0 && this.options.maxEntries > 0;
  }

  snapshot(): SessionCacheStats {
    return { ...this.stats, size: this.entries.size, live: this.live };
  }

  /** Every write bumps the generation when it starts and when it ends, so a read it overlapped holds a stale ticket. */
  private accepts(ticket: number): boolean {
    return this.live && ticket >= 0 && ticket === this.generation;
  }

  private fresh(id: string): Entry<A> | undefined {
    if (!this.live) return undefined;
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt >= this.options.ttlMs) {
      this.drop(id);
      return undefined;
    }
    return entry;
  }

  private forget(accounts: readonly string[] | 'all'): void {
    if (accounts === 'all') {
      this.entries.clear();
      this.byAccount.clear();
      return;
    }
    for (const accountId of accounts) {
      for (const id of this.byAccount.get(accountId) ?? []) this.entries.delete(id);
      this.byAccount.delete(accountId);
    }
  }

  private drop(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    const ids = this.byAccount.get(entry.session.accountId);
    ids?.delete(id);
    if (ids?.size === 0) this.byAccount.delete(entry.session.accountId);
  }
}
