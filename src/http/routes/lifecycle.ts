import type { FastifyInstance, FastifyRequest } from 'fastify';
import { TesseraError } from '../../core/errors.ts';
import {
  cancelDeletionRequest, changeHandle, confirmPhoneChange, exportAccount, freezeSelf, myEntitlements, phoneChangeFactorBinding,
  requestDeletion, sendOldNumberCode, startPhoneChange, verifyPhoneChange,
} from '../../flows/index.ts';
import { requestContext } from '../context.ts';
import type { HttpDeps } from '../deps.ts';
import { accountSchema, flowIdParams, flowResponse, localeSchema, passwordSchema, powSchema } from '../schemas.ts';
import { requireSession } from './accounts.ts';

const tags = ['security center'];
const security = [{ session: [] }];
const noBody = { type: 'object', additionalProperties: false, properties: { locale: localeSchema } } as const;
const accountBody = { type: 'object', properties: { account: accountSchema } } as const;
const proofMethods = { type: 'array', items: { type: 'string', enum: ['sms', 'totp', 'passkey', 'recovery_code'] } } as const;

/** Phone and handle changes, freezing, deletion, export and entitlements of the signed-in account. */
export function lifecycleRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const fallback = deps.policy.app.defaultLocale;
  const ctx = (req: FastifyRequest) => ({ ...requestContext(req, fallback), userAgent: req.headers['user-agent'] });
  const id = (req: FastifyRequest) => (req.params as { id: string }).id;

  app.post('/v1/me/phone-change', {
    schema: {
      tags, security, summary: 'Change the phone number: a code to the new number (needs an authentication within 15 minutes)',
      body: { type: 'object', required: ['phone'], additionalProperties: false, properties: { phone: { type: 'string', minLength: 1, maxLength: 64 }, country: { type: 'string', minLength: 2, maxLength: 2 }, pow: powSchema, locale: localeSchema } },
      response: { 201: flowResponse },
    },
  }, async (req, reply) => reply.code(201).send(await startPhoneChange(deps, await requireSession(deps, req), req.body as never, ctx(req))));

  app.post('/v1/me/phone-change/:id/verify', {
    schema: {
      tags, security, summary: 'The new number\'s code; answers the ways left to prove the old number or another factor', params: flowIdParams,
      body: { type: 'object', required: ['code'], additionalProperties: false, properties: { code: { type: 'string', minLength: 1, maxLength: 16 }, locale: localeSchema } },
      response: { 200: { type: 'object', properties: { id: { type: 'string' }, newNumberVerified: { type: 'boolean' }, methods: proofMethods } } },
    },
  }, async (req) => verifyPhoneChange(deps, await requireSession(deps, req), id(req), (req.body as { code: string }).code));

  app.post('/v1/me/phone-change/:id/send-old', {
    schema: { tags, security, summary: 'Send a code to the old number (its budgets apply)', params: flowIdParams, body: { type: 'object', additionalProperties: false, properties: { pow: powSchema, locale: localeSchema } } },
  }, async (req) => sendOldNumberCode(deps, await requireSession(deps, req), id(req), (req.body as { pow?: string }).pow, ctx(req)));

  app.post('/v1/me/phone-change/:id/passkey-options', {
    schema: { tags, security, summary: 'WebAuthn options for confirming the phone change with a passkey', params: flowIdParams, body: noBody },
  }, async (req) => {
    const passkeys = deps.passkeys;
    if (!passkeys) throw new TesseraError('not_found');
    const { accountId, bindingId } = await phoneChangeFactorBinding(deps, await requireSession(deps, req), id(req));
    return { options: await passkeys.factorOptions(accountId, bindingId, passkeys.relyingParty({ protocol: req.protocol, hostname: req.hostname, host: req.host })) };
  });

  app.post('/v1/me/phone-change/:id/confirm', {
    schema: {
      tags, security, summary: 'Prove the old number (its code) or another factor; the number changes, the old one is told', params: flowIdParams,
      body: {
        type: 'object', required: ['method'], additionalProperties: false,
        properties: {
          method: { type: 'string', enum: ['sms', 'totp', 'passkey', 'recovery_code'] }, code: { type: 'string', minLength: 1, maxLength: 64 },
          credential: { type: 'object', additionalProperties: true }, locale: localeSchema,
        },
      },
      response: { 200: accountBody },
    },
  }, async (req) => confirmPhoneChange(deps, await requireSession(deps, req), id(req), req.body as never, ctx(req)));

  app.put('/v1/me/handle', {
    schema: {
      tags, security, summary: 'Change the handle: the password again; once free after a generated handle, then once per 365 days',
      body: { type: 'object', required: ['handle', 'password'], additionalProperties: false, properties: { handle: { type: 'string', minLength: 1, maxLength: 64 }, password: passwordSchema, locale: localeSchema } },
      response: { 200: { type: 'object', properties: { account: accountSchema, nextChangeAt: { type: ['string', 'null'], format: 'date-time' } } } },
    },
  }, async (req) => changeHandle(deps, await requireSession(deps, req), req.body as never, ctx(req)));

  app.post('/v1/me/freeze', {
    schema: { tags, security, summary: 'Freeze the account: every session ends (this one too), no login until unfrozen', body: noBody, response: { 200: { type: 'object', properties: { status: { type: 'string' } } } } },
  }, async (req) => freezeSelf(deps, await requireSession(deps, req), ctx(req)));

  app.post('/v1/me/deletion', {
    schema: {
      tags, security, summary: 'Delete the account after a grace period (logging in cancels); needs an authentication within 15 minutes', body: noBody,
      response: { 202: { type: 'object', properties: { status: { type: 'string' }, scheduledFor: { type: 'string', format: 'date-time' } } } },
    },
  }, async (req, reply) => reply.code(202).send(await requestDeletion(deps, await requireSession(deps, req), ctx(req))));

  app.delete('/v1/me/deletion', {
    schema: { tags, security, summary: 'Cancel a pending deletion', response: { 200: { type: 'object', properties: { status: { type: 'string' } } } } },
  }, async (req) => cancelDeletionRequest(deps, await requireSession(deps, req), ctx(req)));

  app.get('/v1/me/export', {
    schema: { tags, security, summary: 'Everything held on the account, as JSON (never a hash, secret or token)' },
  }, async (req, reply) => {
    const data = await exportAccount(deps, await requireSession(deps, req), ctx(req));
    return reply.header('content-disposition', 'attachment; filename="account-export.json"').send(data);
  });

  app.get('/v1/me/entitlements', {
    schema: { tags: ['trust'], security, summary: 'The gated features the account may use and, for each refused one, why' },
  }, async (req) => myEntitlements(deps, await requireSession(deps, req)));
}
