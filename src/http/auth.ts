import type { FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { TesseraError } from '../core/errors.ts';
import { validateSession } from '../sessions/index.ts';
import type { HttpDeps } from './deps.ts';
import type { Authenticators } from './route.ts';
import { assertCsrf, sessionTokenOf } from './web-session.ts';

/** What a route's `auth` option checks (http/route.ts). */
export function authenticators(deps: HttpDeps): Authenticators {
  return {
    /**
     * The session a request's bearer token names (or, from the hosted pages, its web session
     * cookie), or `unauthenticated`. A cookie-authenticated write must also pass the CSRF check
     * (http/web-session.ts).
     */
    async session(req) {
      const found = sessionTokenOf(req, deps.mode);
      const session = found ? await validateSession(deps.sessions, found.token, deps.clock.now(), deps.policy.sessions.idleDays) : null;
      if (!session) throw new TesseraError('unauthenticated');
      if (found?.via === 'cookie') assertCsrf(req, deps.keys.hmac, session.id);
      return session;
    },
    /** The admin token as a bearer token, or `unauthenticated`; `forbidden` when none is configured. */
    operator(req: FastifyRequest) {
      const header = req.headers.authorization;
      const given = header?.startsWith('Bearer ') ? Buffer.from(header.slice(7).trim()) : null;
      const expected = deps.adminToken ? Buffer.from(deps.adminToken) : null;
      if (!expected) throw new TesseraError('forbidden', { reason: 'admin_api_disabled' });
      if (!given || given.length !== expected.length || !timingSafeEqual(given, expected)) throw new TesseraError('unauthenticated');
    },
  };
}
