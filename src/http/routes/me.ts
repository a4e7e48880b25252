import type { FastifyInstance } from 'fastify';
import { changePassword, forgetDevice, listDevices, listSessions, logout, reauthenticate, revokeSession, securityEvents } from '../../flows/index.ts';
import { requestContext } from '../context.ts';
import type { HttpDeps } from '../deps.ts';
import { limitOf, localeSchema, passwordSchema, queryLimit } from '../schemas.ts';
import { requireSession } from './accounts.ts';

const tags = ['security center'];
const security = [{ session: [] }];
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } } as const;

export function meRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const fallback = deps.policy.app.defaultLocale;

  app.get('/v1/me/sessions', { schema: { tags, security, summary: 'The account\'s live sessions' } }, async (req) =>
    listSessions(deps, await requireSession(deps, req)));

  app.delete('/v1/me/sessions/:id', { schema: { tags, security, summary: 'End one session (its device stays known)', params: idParams } }, async (req, reply) => {
    await revokeSession(deps, await requireSession(deps, req), (req.params as { id: string }).id, requestContext(req, fallback));
    return reply.code(204).send();
  });

  app.get('/v1/me/devices', { schema: { tags, security, summary: 'The account\'s known devices' } }, async (req) =>
    listDevices(deps, await requireSession(deps, req)));

  app.delete('/v1/me/devices/:id', { schema: { tags, security, summary: 'Forget a device: its token stops counting, its sessions end', params: idParams } }, async (req, reply) => {
    await forgetDevice(deps, await requireSession(deps, req), (req.params as { id: string }).id, requestContext(req, fallback));
    return reply.code(204).send();
  });

  app.delete('/v1/session', { schema: { tags, security, summary: 'Log out (end this session)' } }, async (req, reply) => {
    await logout(deps, await requireSession(deps, req), requestContext(req, fallback));
    return reply.code(204).send();
  });

  app.post('/v1/me/reauthenticate', {
    schema: {
      tags, security, summary: 'Prove it is still you (for sensitive changes within 15 minutes)',
      body: {
        type: 'object', additionalProperties: false,
        properties: {
          password: passwordSchema,
          method: { type: 'string', enum: ['totp', 'passkey', 'recovery_code'] },
          code: { type: 'string', minLength: 1, maxLength: 64 },
          credential: { type: 'object', additionalProperties: true },
          locale: localeSchema,
        },
      },
    },
  }, async (req) => reauthenticate(deps, await requireSession(deps, req), req.body as never, requestContext(req, fallback)));

  app.post('/v1/me/password', {
    schema: {
      tags, security, summary: 'Change the password (the current one is required)',
      body: {
        type: 'object', required: ['currentPassword', 'newPassword'], additionalProperties: false,
        properties: { currentPassword: passwordSchema, newPassword: passwordSchema, revokeOtherSessions: { type: 'boolean' }, locale: localeSchema },
      },
    },
  }, async (req) => changePassword(deps, await requireSession(deps, req), req.body as never, requestContext(req, fallback)));

  app.get('/v1/me/security-events', {
    schema: {
      tags, security, summary: 'The account\'s own security log, newest first',
      querystring: { type: 'object', properties: { limit: queryLimit, before: { type: 'string', format: 'date-time' } } },
    },
  }, async (req) => {
    const { limit, before } = req.query as { limit?: string; before?: string };
    return securityEvents(deps, await requireSession(deps, req), { limit: limitOf(limit, 50, 200), before });
  });
}
