import type { FastifyInstance, FastifyRequest } from 'fastify';
import { TesseraError } from '../../core/errors.ts';
import { completeRecovery, freezeWithPassword, recoveryFactorBinding, requestUnfreeze, startRecovery, verifyRecovery } from '../../flows/index.ts';
import { requestContext } from '../context.ts';
import type { HttpDeps } from '../deps.ts';
import { accountSchema, flowIdParams, localeSchema, passwordSchema, powSchema, sessionGrant } from '../schemas.ts';

const tags = ['recovery'];
const deviceName = { type: 'string', minLength: 1, maxLength: 100 } as const;
const identifier = { type: 'string', minLength: 1, maxLength: 64 } as const;
const password = passwordSchema;
const grant = { ...sessionGrant, properties: { ...sessionGrant.properties, account: accountSchema } };
const factorAnswer = {
  method: { type: 'string', enum: ['totp', 'passkey', 'recovery_code'] },
  code: { type: 'string', minLength: 1, maxLength: 64 },
  credential: { type: 'object', additionalProperties: true, description: 'A WebAuthn assertion (`credential.toJSON()`) answering the options of `/passkey-options`.' },
} as const;

/** The ways back in without a session: a forgotten password by SMS, freezing a lost phone's account, unfreezing. */
export function recoveryRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const fallback = deps.policy.app.defaultLocale;
  const ctx = (req: FastifyRequest) => ({ ...requestContext(req, fallback), userAgent: req.headers['user-agent'] });
  const id = (req: FastifyRequest) => (req.params as { id: string }).id;

  app.post('/v1/recoveries', {
    schema: {
      tags, summary: 'Forgotten password: send a code to the number (the same answer whether or not it has an account)',
      body: {
        type: 'object', required: ['phone'], additionalProperties: false,
        properties: { phone: { type: 'string', minLength: 1, maxLength: 64 }, country: { type: 'string', minLength: 2, maxLength: 2 }, deviceName, locale: localeSchema, pow: powSchema },
      },
    },
  }, async (req, reply) => reply.code(201).send(await startRecovery(deps, req.body as never, ctx(req))));

  app.post('/v1/recoveries/:id/verify', {
    schema: {
      tags, summary: 'Check the code; says whether a second factor is needed to finish', params: flowIdParams,
      body: { type: 'object', required: ['code'], additionalProperties: false, properties: { code: { type: 'string', minLength: 1, maxLength: 16 }, locale: localeSchema } },
      response: { 200: { type: 'object', properties: {
        id: { type: 'string' }, state: { type: 'string' }, secondFactorRequired: { type: 'boolean' },
        methods: { type: 'array', items: { type: 'string', enum: ['totp', 'passkey', 'recovery_code'] } },
      } } },
    },
  }, async (req) => verifyRecovery(deps, id(req), (req.body as { code: string }).code));

  app.post('/v1/recoveries/:id/passkey-options', {
    schema: { tags, summary: 'WebAuthn options for answering the second factor of a verified recovery with a passkey', params: flowIdParams, body: { type: 'object', additionalProperties: false, properties: { locale: localeSchema } } },
  }, async (req) => {
    const passkeys = deps.passkeys;
    if (!passkeys) throw new TesseraError('not_found');
    const { accountId, bindingId } = await recoveryFactorBinding(deps, id(req));
    return { options: await passkeys.factorOptions(accountId, bindingId, passkeys.relyingParty({ protocol: req.protocol, hostname: req.hostname, host: req.host })) };
  });

  app.post('/v1/recoveries/:id/complete', {
    schema: {
      tags, summary: 'Set a new password (with a second factor when the account has one); every other session ends', params: flowIdParams,
      body: { type: 'object', required: ['newPassword'], additionalProperties: false, properties: { newPassword: password, ...factorAnswer, deviceName, locale: localeSchema } },
      response: { 200: grant },
    },
  }, async (req) => completeRecovery(deps, id(req), req.body as never, ctx(req)));

  app.post('/v1/account-freezes', {
    schema: {
      tags: ['account'], summary: 'Freeze an account with its password (a lost phone): every session ends, no login until unfrozen',
      body: { type: 'object', required: ['identifier', 'password'], additionalProperties: false, properties: { identifier, password, locale: localeSchema } },
      response: { 200: { type: 'object', properties: { status: { type: 'string', enum: ['frozen'] } } } },
    },
  }, async (req) => freezeWithPassword(deps, req.body as never, ctx(req)));

  app.post('/v1/account-unfreezes', {
    schema: {
      tags: ['account'], summary: 'Unfreeze: always `verification_required` with a challenge; answering it unfreezes and opens a session',
      body: { type: 'object', required: ['identifier', 'password'], additionalProperties: false, properties: { identifier, password, deviceName, locale: localeSchema } },
    },
  }, async (req) => requestUnfreeze(deps, req.body as never, ctx(req)));
}
