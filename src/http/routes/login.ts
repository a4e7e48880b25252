import type { FastifyInstance } from 'fastify';
import { passwordLogin, sendChallengeCode, startLoginCode, verifyChallenge, verifyLoginCode } from '../../flows/index.ts';
import { requestContext } from '../context.ts';
import type { HttpDeps } from '../deps.ts';
import { accountSchema, flowIdParams, localeSchema, passwordSchema, powSchema, sessionGrant } from '../schemas.ts';

const tags = ['login'];
const deviceName = { type: 'string', minLength: 1, maxLength: 100 } as const;
const deviceToken = { type: 'string', maxLength: 128 } as const;
const grant = { ...sessionGrant, properties: { ...sessionGrant.properties, account: accountSchema } };

export function loginRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const fallback = deps.policy.app.defaultLocale;
  const ctx = (req: Parameters<typeof requestContext>[0]) => ({ ...requestContext(req, fallback), userAgent: req.headers['user-agent'] });

  app.post('/v1/sessions', {
    schema: {
      tags, summary: 'Log in with a phone number or handle and the password',
      description: 'A known device (its `deviceToken`) gets a session; a new device gets `verification_required` with a challenge.',
      body: {
        type: 'object', required: ['identifier', 'password'], additionalProperties: false,
        properties: { identifier: { type: 'string', minLength: 1, maxLength: 64 }, password: passwordSchema, deviceToken, deviceName, locale: localeSchema },
      },
      response: { 201: grant },
    },
  }, async (req, reply) => reply.code(201).send(strip(await passwordLogin(deps, req.body as never, ctx(req)))));

  app.post('/v1/login-codes', {
    schema: {
      tags, summary: 'Ask for an SMS login code (the same answer whether or not the number has an account)',
      body: { type: 'object', required: ['phone'], additionalProperties: false, properties: { phone: { type: 'string', minLength: 1, maxLength: 64 }, country: { type: 'string', minLength: 2, maxLength: 2 }, locale: localeSchema, pow: powSchema } },
    },
  }, async (req, reply) => reply.code(201).send(await startLoginCode(deps, req.body as never, ctx(req))));

  app.post('/v1/login-codes/:id/verify', {
    schema: {
      tags, summary: 'Log in with the SMS code', params: flowIdParams,
      body: { type: 'object', required: ['code'], additionalProperties: false, properties: { code: { type: 'string', minLength: 1, maxLength: 16 }, deviceToken, deviceName, locale: localeSchema } },
      response: { 201: grant },
    },
  }, async (req, reply) => reply.code(201).send(strip(await verifyLoginCode(deps, (req.params as { id: string }).id, req.body as never, ctx(req)))));

  app.post('/v1/challenges/:id/send', {
    schema: {
      tags, summary: 'Send the SMS code of a new-device challenge, or get the WebAuthn options to answer it with a passkey', params: flowIdParams,
      body: { type: 'object', required: ['method'], additionalProperties: false, properties: { method: { type: 'string', enum: ['sms', 'passkey'] }, locale: localeSchema, pow: powSchema } },
    },
  }, async (req) => {
    const body = req.body as { method: string; pow?: string };
    const passkeys = deps.passkeys;
    const passkeyOptions = passkeys && ((accountId: string, challengeId: string) =>
      passkeys.factorOptions(accountId, challengeId, passkeys.relyingParty({ protocol: req.protocol, hostname: req.hostname, host: req.host })));
    return sendChallengeCode(deps, (req.params as { id: string }).id, body.method, body.pow, ctx(req), passkeyOptions);
  });

  app.post('/v1/challenges/:id/verify', {
    schema: {
      tags, summary: 'Answer a new-device challenge', params: flowIdParams,
      body: {
        type: 'object', required: ['method'], additionalProperties: false,
        properties: {
          method: { type: 'string', enum: ['sms', 'totp', 'passkey', 'recovery_code'] },
          code: { type: 'string', minLength: 1, maxLength: 64 },
          credential: { type: 'object', additionalProperties: true },
          deviceName, locale: localeSchema,
        },
      },
      response: { 200: grant },
    },
  }, async (req) => strip(await verifyChallenge(deps, (req.params as { id: string }).id, req.body as never, ctx(req))));
}

/** Internal bookkeeping stays out of the response. */
function strip<T extends { deviceId?: unknown; isNewDevice?: unknown }>(result: T) {
  const { deviceId: _d, isNewDevice: _n, ...rest } = result;
  return rest;
}
