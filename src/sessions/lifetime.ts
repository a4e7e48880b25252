import type { SessionRecord } from './ports.ts';

/**
 * How long a session lives (docs/login.md, "Sessions"): unused for `idleDays` it ends, and
 * `absoluteDays` after it began it ends, used or not. The one rule for opening a session,
 * pushing its idle expiry out on use, and judging whether it is still live.
 */
export interface SessionLifetime {
  idleDays: number;
  absoluteDays: number;
}

const DAY_MS = 86_400_000;

/** The idle expiry after a use at `now`: `idleDays` on, never past the absolute expiry. */
export function idleExpiry(idleDays: number, now: Date, absoluteExpiresAt: Date): Date {
  return new Date(Math.min(now.getTime() + idleDays * DAY_MS, absoluteExpiresAt.getTime()));
}

/** A session opened at `now`: its absolute expiry, and its idle one as after a first use. */
export function newSessionExpiries(lifetime: SessionLifetime, now: Date): { idleExpiresAt: Date; absoluteExpiresAt: Date } {
  const absoluteExpiresAt = new Date(now.getTime() + lifetime.absoluteDays * DAY_MS);
  return { idleExpiresAt: idleExpiry(lifetime.idleDays, now, absoluteExpiresAt), absoluteExpiresAt };
}

/** The longest a session can live, in seconds: what a cookie that carries it may last. */
export function longestSessionSeconds(lifetime: Pick<SessionLifetime, 'absoluteDays'>): number {
  return (lifetime.absoluteDays * DAY_MS) / 1000;
}

/** Not revoked, and neither expiry reached at `now`. */
export function sessionLive(session: Pick<SessionRecord, 'revokedAt' | 'idleExpiresAt' | 'absoluteExpiresAt'>, now: Date): boolean {
  return !session.revokedAt && session.idleExpiresAt > now && session.absoluteExpiresAt > now;
}
