import { Type } from 'typebox';
import { TesseraError } from '../../core/errors.ts';
import { powOptions } from '../../flows/send-guard.ts';
import { newPowChallenge } from '../../policy/pow.ts';
import { ipBudgetKey } from '../../policy/ip.ts';
import type { HttpDeps } from '../deps.ts';
import type { Route } from '../route.ts';

/** Enough for a page that renders a few widgets and retries; each challenge costs an HMAC, not a send. */
const CHALLENGES_PER_IP_MINUTE = 60;

const PowChallenge = Type.Object(
  {
    algorithm: Type.Literal('SHA-256'),
    challenge: Type.String(),
    maxnumber: Type.Integer(),
    salt: Type.String(),
    signature: Type.String(),
  },
  { description: 'An ALTCHA challenge, as its widget expects it from its challenge URL.' },
);

/**
 * The challenge an ALTCHA widget fetches from its challenge URL, so a client can solve it before
 * the send that would otherwise answer `428 challenge_required` (docs/abuse.md).
 */
export function powRoutes(route: Route, deps: HttpDeps): void {
  route(
    {
      method: 'GET',
      url: '/v1/pow/challenge',
      operationId: 'getPowChallenge',
      tags: ['abuse'],
      summary: 'A fresh proof-of-work challenge (ALTCHA, SHA-256, 5 minutes) for the `pow` field of code-sending requests',
      response: { 200: PowChallenge },
      errors: ['rate_limited', 'service_unavailable'],
    },
    async ({ req, reply }) => {
      const seen = await deps.counters.hit(`pow:challenge:ip:${ipBudgetKey(req.ip)}`, 60);
      if (seen.count > CHALLENGES_PER_IP_MINUTE) throw new TesseraError('rate_limited', { retryAfterSeconds: seen.resetInSeconds, scope: 'ip' });
      // A challenge is single use; a cached one would be refused.
      reply.header('cache-control', 'no-store');
      return newPowChallenge(powOptions(deps));
    },
  );
}
