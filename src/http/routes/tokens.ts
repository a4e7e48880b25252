import type { FastifyInstance } from 'fastify';
import { TesseraError } from '../../core/errors.ts';
import type { HttpDeps } from '../deps.ts';
import { requireSession } from './accounts.ts';

const jwkSchema = {
  type: 'object',
  properties: { kty: { type: 'string' }, crv: { type: 'string' }, x: { type: 'string' }, kid: { type: 'string' }, alg: { type: 'string' }, use: { type: 'string' } },
};

/** Session → short-lived access token, and the public keys that verify it. */
export function tokenRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.post('/v1/tokens', {
    schema: {
      tags: ['sessions'], summary: 'Exchange the session for a signed access token (EdDSA JWT)', security: [{ session: [] }],
      response: { 200: { type: 'object', properties: { accessToken: { type: 'string' }, tokenType: { type: 'string', enum: ['Bearer'] }, expiresIn: { type: 'integer' } } } },
    },
  }, async (req) => {
    const session = await requireSession(deps, req);
    const account = await deps.accounts.findById(session.accountId);
    if (!account) throw new TesseraError('unauthenticated');
    // A frozen account keeps its sessions for the owner to see, but services must not trust it.
    if (account.status === 'frozen') throw new TesseraError('account_frozen');
    const { accessToken, expiresIn } = await deps.tokens.issue(
      { sub: account.id, sid: session.id, handle: account.handle, trustLevel: account.trustLevel },
      `${req.protocol}://${req.host}`,
    );
    return { accessToken, tokenType: 'Bearer', expiresIn };
  });

  app.get('/.well-known/jwks.json', {
    schema: {
      tags: ['sessions'], summary: 'Public keys that verify access tokens, including the next one before it signs',
      response: { 200: { type: 'object', properties: { keys: { type: 'array', items: jwkSchema } } } },
    },
  }, async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return deps.tokens.jwks();
  });
}
