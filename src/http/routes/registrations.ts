import type { FastifyInstance } from 'fastify';
import {
  completeRegistration, getRegistration, loginFromRegistration, resendRegistration, startRegistration, verifyRegistration,
} from '../../flows/index.ts';
import type { HttpDeps } from '../deps.ts';
import { noteClockSkew, requestContext, withHints } from '../context.ts';
import { clientTimeSchema, flowIdParams, flowResponse, localeSchema, passwordSchema, powSchema, sessionGrant } from '../schemas.ts';

const tags = ['registration'];

export function registrationRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const fallback = deps.policy.app.defaultLocale;
  const now = () => deps.clock.now();
  app.addHook('preHandler', async (req) => noteClockSkew(req, now()));

  app.post('/v1/registrations', {
    schema: {
      tags, summary: 'Start a registration: validate the number and send it a code',
      body: {
        type: 'object', required: ['phone'], additionalProperties: false,
        properties: {
          phone: { type: 'string', minLength: 1, maxLength: 64 },
          country: { type: 'string', minLength: 2, maxLength: 2 },
          locale: localeSchema,
          deviceName: { type: 'string', minLength: 1, maxLength: 100 },
          clientTime: clientTimeSchema,
          pow: powSchema,
        },
      },
      response: { 201: flowResponse },
    },
  }, async (req, reply) => {
    const body = req.body as { phone: string; country?: string; deviceName?: string; pow?: string };
    const flow = await startRegistration(deps, body, requestContext(req, fallback));
    deps.metrics.registrations.inc({ step: 'start', outcome: 'ok' });
    return reply.code(201).send(withHints(req, flow));
  });

  app.get('/v1/registrations/:id', {
    schema: { tags, summary: 'A registration\'s state and SMS delivery status', params: flowIdParams, querystring: { type: 'object', properties: { clientTime: clientTimeSchema, locale: localeSchema } }, response: { 200: flowResponse } },
  }, async (req) => withHints(req, await getRegistration(deps, (req.params as { id: string }).id, requestContext(req, fallback))));

  app.post('/v1/registrations/:id/resend', {
    schema: {
      tags, summary: 'Send a fresh code (the old one dies)', params: flowIdParams,
      body: { type: 'object', additionalProperties: false, properties: { locale: localeSchema, clientTime: clientTimeSchema, pow: powSchema } },
      response: { 200: flowResponse },
    },
  }, async (req) => {
    const body = req.body as { pow?: string };
    return withHints(req, await resendRegistration(deps, (req.params as { id: string }).id, body.pow, requestContext(req, fallback)));
  });

  app.post('/v1/registrations/:id/verify', {
    schema: {
      tags, summary: 'Check the SMS code', params: flowIdParams,
      body: {
        type: 'object', required: ['code'], additionalProperties: false,
        properties: { code: { type: 'string', minLength: 1, maxLength: 16 }, clientTime: clientTimeSchema, locale: localeSchema },
      },
      response: { 200: { type: 'object', properties: { id: { type: 'string' }, state: { type: 'string' }, phoneRegistered: { type: 'boolean' }, recycled: { type: 'boolean', description: 'The number\'s account has been dormant for `recycling.idleDays`: `complete` with `takeOverNumber: true` may take the number over.' }, hints: { type: 'array', items: { type: 'object', additionalProperties: true } } } } },
    },
  }, async (req) => {
    const result = await verifyRegistration(deps, (req.params as { id: string }).id, (req.body as { code: string }).code, requestContext(req, fallback));
    deps.metrics.registrations.inc({ step: 'verify', outcome: 'ok' });
    return withHints(req, result);
  });

  app.post('/v1/registrations/:id/complete', {
    schema: {
      tags, summary: 'Create the account: password, handle, display name', params: flowIdParams,
      body: {
        type: 'object', required: ['password', 'acceptTerms'], additionalProperties: false,
        properties: {
          password: passwordSchema,
          handle: { type: 'string', maxLength: 64 },
          displayName: { type: 'string', minLength: 1, maxLength: 64 },
          deviceName: { type: 'string', minLength: 1, maxLength: 100 },
          acceptTerms: { type: 'boolean', const: true },
          takeOverNumber: { type: 'boolean', description: 'Register with a number whose account is dormant (`recycled` on verify): that account keeps its data but loses the number.' },
          clientTime: clientTimeSchema, locale: localeSchema,
        },
      },
      response: { 201: sessionGrant },
    },
  }, async (req, reply) => {
    const body = req.body as { password: string; handle?: string; displayName?: string; deviceName?: string; takeOverNumber?: boolean };
    const result = await completeRegistration(deps, (req.params as { id: string }).id, body, requestContext(req, fallback));
    deps.metrics.registrations.inc({ step: 'complete', outcome: 'ok' });
    return reply.code(201).send(withHints(req, result));
  });

  app.post('/v1/registrations/:id/login', {
    schema: {
      tags, summary: 'The number already has an account: log in with the verified flow instead', params: flowIdParams,
      description: 'Same rules as any SMS login: a known device (its `deviceToken`) gets a session; a new device of an account with a second factor gets `verification_required`.',
      body: { type: 'object', additionalProperties: false, properties: { deviceName: { type: 'string', minLength: 1, maxLength: 100 }, deviceToken: { type: 'string', maxLength: 128 }, clientTime: clientTimeSchema, locale: localeSchema } },
      response: { 201: sessionGrant },
    },
  }, async (req, reply) => {
    const body = req.body as { deviceName?: string; deviceToken?: string };
    const { deviceId: _d, isNewDevice: _n, ...result } = await loginFromRegistration(deps, (req.params as { id: string }).id, body, requestContext(req, fallback));
    return reply.code(201).send(withHints(req, result));
  });
}
