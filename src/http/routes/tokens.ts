import { Type } from 'typebox';
import { admitAccount } from '../../accounts/index.ts';
import { TesseraError } from '../../core/errors.ts';
import type { HttpDeps } from '../deps.ts';
import type { Route } from '../route.ts';

const tags = ['sessions'];
/** An Ed25519 public key as JWKS publishes it (sessions/jwt/keys.ts). */
const Jwk = Type.Object({
  kty: Type.String(),
  crv: Type.String(),
  x: Type.String(),
  kid: Type.String(),
  alg: Type.String(),
  use: Type.String(),
});

/** Session → short-lived access token, and the public keys that verify it. */
export function tokenRoutes(route: Route, deps: HttpDeps): void {
  route(
    {
      method: 'POST',
      url: '/v1/tokens',
      operationId: 'issueAccessToken',
      tags,
      auth: 'session',
      summary: 'Exchange the session for a signed access token (EdDSA JWT)',
      response: {
        200: Type.Object({
          accessToken: Type.String(),
          tokenType: Type.Literal('Bearer'),
          expiresIn: Type.Integer({ description: 'Seconds the token is valid.' }),
        }),
      },
      // No body is read, but one that is sent is parsed like any POST's: malformed JSON, another media
      // type or an oversized body is refused before the handler.
      errors: ['account_frozen', 'invalid_request', 'payload_too_large', 'unsupported_media_type'],
    },
    async ({ req, session }) => {
      const account = await deps.accounts.findById(session.accountId);
      if (!account) throw new TesseraError('unauthenticated');
      // A frozen account keeps its sessions for the owner to see, but services must not trust it.
      admitAccount(account);
      const { accessToken, expiresIn } = await deps.tokens.issue(
        { sub: account.id, sid: session.id, handle: account.handle, trustLevel: account.trustLevel },
        `${req.protocol}://${req.host}`,
      );
      return { accessToken, tokenType: 'Bearer' as const, expiresIn };
    },
  );

  route(
    {
      method: 'GET',
      url: '/.well-known/jwks.json',
      operationId: 'getJwks',
      tags,
      summary: 'Public keys that verify access tokens, including the next one before it signs',
      response: { 200: Type.Object({ keys: Type.Array(Jwk) }) },
      errors: [],
    },
    async ({ reply }) => {
      reply.header('cache-control', 'public, max-age=300');
      return deps.tokens.jwks();
    },
  );
}
