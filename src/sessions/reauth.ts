import { TesseraError } from '../core/errors.ts';
import type { SessionRecord } from './ports.ts';

/** Sensitive changes (password, phone, second factors, handle) need an authentication this recent. */
export const REAUTH_WINDOW_SECONDS = 15 * 60;

/** Throws `reauthentication_required` unless the session authenticated within the last 15 minutes. */
export function requireRecentAuth(session: SessionRecord, now: Date): void {
  if (now.getTime() - session.authAt.getTime() > REAUTH_WINDOW_SECONDS * 1000) {
    throw new TesseraError('reauthentication_required', { maxAgeSeconds: REAUTH_WINDOW_SECONDS });
  }
}
