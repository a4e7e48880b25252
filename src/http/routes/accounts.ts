import type { FastifyInstance, FastifyRequest } from 'fastify';
import { publicAccount, type AccountRecord } from '../../accounts/index.ts';
import { TesseraError } from '../../core/errors.ts';
import { checkHandle } from '../../flows/index.ts';
import { sessionAccount, validateSession, type SessionRecord } from '../../sessions/index.ts';
import { requestContext } from '../context.ts';
import type { HttpDeps } from '../deps.ts';
import { accountSchema } from '../schemas.ts';
import { assertCsrf, sessionTokenOf } from '../web-session.ts';

/**
 * The session a request's bearer token names (or, from the hosted pages, its web session cookie),
 * or `unauthenticated`. A cookie-authenticated write must also pass the CSRF check (http/web-session.ts).
 */
export async function requireSession(deps: HttpDeps, req: FastifyRequest): Promise<SessionRecord> {
  const found = sessionTokenOf(req, deps.mode);
  const session = found ? await validateSession(deps.sessions, found.token, deps.clock.now(), deps.policy.sessions.idleDays) : null;
  if (!session) throw new TesseraError('unauthenticated');
  if (found?.via === 'cookie') assertCsrf(req, deps.keys.hmac, session.id);
  return session;
}

const views = new WeakMap<AccountRecord, ReturnType<typeof publicAccount>>();

export function accountRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const fallback = deps.policy.app.defaultLocale;

  app.get('/v1/handles/:handle', {
    schema: {
      tags: ['handles'], summary: 'Is this handle free? With close free alternatives',
      params: { type: 'object', required: ['handle'], properties: { handle: { type: 'string', maxLength: 64 } } },
      response: { 200: { type: 'object', properties: {
        handle: { type: 'string' }, available: { type: 'boolean' }, reason: { type: 'string', enum: ['invalid', 'taken', 'reserved'] },
        rule: { type: 'string' }, suggestions: { type: 'array', items: { type: 'string' } },
      } } },
    },
  }, async (req) => checkHandle(deps, (req.params as { handle: string }).handle, requestContext(req, fallback)));

  app.get('/v1/me', {
    schema: { tags: ['account'], summary: 'The signed-in account', security: [{ session: [] }], response: { 200: { type: 'object', properties: { account: accountSchema } } } },
  }, async (req) => {
    const session = await requireSession(deps, req);
    const account = await sessionAccount(deps.sessionCache, deps.accounts, session.id, session.accountId);
    if (!account) throw new TesseraError('unauthenticated');
    // A cached account is the same object from one check to the next: its view is built once.
    let view = views.get(account);
    if (!view) views.set(account, (view = publicAccount(account)));
    return { account: view };
  });
}
