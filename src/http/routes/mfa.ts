import type { FastifyInstance, FastifyRequest } from 'fastify';
import { TesseraError } from '../../core/errors.ts';
import type { FactorContext } from '../../mfa/index.ts';
import { requireRecentAuth, type SessionRecord } from '../../sessions/index.ts';
import type { HttpDeps } from '../deps.ts';
import { localeSchema } from '../schemas.ts';
import { requireSession } from './accounts.ts';

const tags = ['security center'];
const security = [{ session: [] }];
const noBody = { type: 'object', additionalProperties: false, properties: { locale: localeSchema } } as const;
const codeBody = {
  type: 'object', required: ['code'], additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1, maxLength: 32, description: 'The 6 digits the authenticator app shows now.' }, locale: localeSchema },
} as const;
const recoveryCodes = {
  type: 'object',
  properties: { recoveryCodes: { type: 'array', items: { type: 'string' }, description: '10 single-use codes, shown this once; keep them offline.' } },
} as const;

/** TOTP enrolment and removal, recovery codes. Every change needs an authentication within 15 minutes. */
export function mfaRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const factors = deps.secondFactors;
  if (!factors) return;

  async function recentSession(req: FastifyRequest): Promise<{ session: SessionRecord; ctx: FactorContext }> {
    const session = await requireSession(deps, req);
    requireRecentAuth(session, deps.clock.now());
    return { session, ctx: { ip: req.ip, deviceId: session.deviceId } };
  }

  app.post('/v1/me/totp', {
    schema: {
      tags, security, summary: 'Start TOTP enrolment: a secret, its otpauth:// URI and a QR image of it (not active until confirmed)',
      body: noBody,
      response: { 200: { type: 'object', properties: { secret: { type: 'string' }, uri: { type: 'string' }, qr: { type: 'string', description: 'data:image/png;base64,…' } } } },
    },
  }, async (req) => {
    const { session, ctx } = await recentSession(req);
    const account = await deps.accounts.findById(session.accountId);
    if (!account) throw new TesseraError('unauthenticated');
    return factors.beginTotp(account.id, account.handle, ctx);
  });

  app.post('/v1/me/totp/confirm', {
    schema: {
      tags, security, summary: 'Confirm TOTP with a code from the app; returns the recovery codes',
      body: codeBody, response: { 200: recoveryCodes },
    },
  }, async (req) => {
    const { session, ctx } = await recentSession(req);
    const codes = await factors.confirmTotp(session.accountId, (req.body as { code: string }).code, ctx);
    if (!codes) throw new TesseraError('code_incorrect');
    return { recoveryCodes: codes };
  });

  app.delete('/v1/me/totp', {
    schema: { tags, security, summary: 'Turn TOTP off (a current code is required)', body: codeBody },
  }, async (req, reply) => {
    const { session, ctx } = await recentSession(req);
    if (!(await factors.disableTotp(session.accountId, (req.body as { code: string }).code, ctx))) throw new TesseraError('code_incorrect');
    return reply.code(204).send();
  });

  app.post('/v1/me/recovery-codes', {
    schema: {
      tags, security, summary: 'Replace the recovery codes (all old ones stop working); needs TOTP or a passkey',
      body: noBody, response: { 200: recoveryCodes },
    },
  }, async (req) => {
    const { session, ctx } = await recentSession(req);
    return { recoveryCodes: await factors.regenerateRecoveryCodes(session.accountId, ctx) };
  });
}
