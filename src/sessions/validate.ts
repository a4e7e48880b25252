import { constantTimeEqualHex } from '../core/secrets.ts';
import { idleExpiry, sessionLive } from './lifetime.ts';
import type { SessionRecord, SessionStore } from './ports.ts';
import { parseSessionToken } from './tokens.ts';

const TOUCH_EVERY_MS = 60_000;

/** The live session a bearer token names, or null. Writes at most once a minute per session. */
export async function validateSession(store: SessionStore, token: string, now: Date, idleDays: number): Promise<SessionRecord | null> {
  const parsed = parseSessionToken(token);
  if (!parsed) return null;
  const session = await store.find(parsed.id);
  if (!session || !constantTimeEqualHex(session.secretHash, parsed.secretHash)) return null;
  if (!sessionLive(session, now)) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await store.touch(session.id, now, idleExpiry(idleDays, now, session.absoluteExpiresAt));
  }
  return session;
}
