import type { FastifyInstance, FastifyRequest } from 'fastify';
import { TesseraError } from '../../core/errors.ts';
import { passkeyLogin, type PasskeyLoginInput } from '../../flows/index.ts';
import type { PasskeyContext, Passkeys } from '../../mfa/passkeys/index.ts';
import { ipBudgetKey } from '../../policy/ip.ts';
import { requireRecentAuth, type SessionRecord } from '../../sessions/index.ts';
import { requestContext } from '../context.ts';
import type { HttpDeps } from '../deps.ts';
import { accountSchema, localeSchema, sessionGrant } from '../schemas.ts';
import { requireSession } from './accounts.ts';

declare module '../deps.ts' {
  interface HttpDeps {
    /** WebAuthn passkeys; without it the passkey routes are absent. */
    passkeys?: Passkeys;
  }
}

const tags = ['passkeys'];
const security = [{ session: [] }];
const credential = { type: 'object', additionalProperties: true, description: 'The browser\'s PublicKeyCredential as JSON (`credential.toJSON()`).' } as const;
const options = { type: 'object', additionalProperties: true, description: 'Options for `navigator.credentials` (WebAuthn JSON form, binary fields base64url).' } as const;
const name = { type: 'string', minLength: 1, maxLength: 64 } as const;
const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 1366 } } } as const;
const passkey = {
  type: 'object',
  properties: {
    id: { type: 'string' }, name: { type: 'string' }, createdAt: { type: 'string', format: 'date-time' },
    lastUsedAt: { type: ['string', 'null'], format: 'date-time' }, deviceType: { type: ['string', 'null'] },
    backedUp: { type: 'boolean' }, transports: { type: 'array', items: { type: 'string' } },
  },
} as const;
const grant = { ...sessionGrant, properties: { ...sessionGrant.properties, account: accountSchema } };

/** Options for passwordless login per client IP per minute: each one is a stored challenge. */
const LOGIN_OPTIONS_PER_IP_MINUTE = 30;

/** Passkeys: registration and management (security center), passwordless login, re-authentication. */
export function passkeyRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const passkeys = deps.passkeys;
  if (!passkeys) return;
  const fallback = deps.policy.app.defaultLocale;
  const ctx = (req: FastifyRequest) => ({ ...requestContext(req, fallback), userAgent: req.headers['user-agent'] });
  const rp = (req: FastifyRequest) => passkeys.relyingParty({ protocol: req.protocol, hostname: req.hostname, host: req.host });

  async function owner(req: FastifyRequest, recent: boolean): Promise<{ session: SessionRecord; who: PasskeyContext }> {
    const session = await requireSession(deps, req);
    if (recent) requireRecentAuth(session, deps.clock.now());
    return { session, who: { ip: req.ip, deviceId: session.deviceId } };
  }

  app.post('/v1/me/passkeys/options', {
    schema: { tags, security, summary: 'Start adding a passkey: creation options (needs an authentication within 15 minutes)', body: { type: 'object', additionalProperties: false, properties: { locale: localeSchema } }, response: { 200: options } },
  }, async (req) => {
    const { session } = await owner(req, true);
    const account = await deps.accounts.findById(session.accountId);
    if (!account) throw new TesseraError('unauthenticated');
    return passkeys.registrationOptions(account, rp(req));
  });

  app.post('/v1/me/passkeys', {
    schema: {
      tags, security, summary: 'Add the passkey the browser created from the options',
      body: { type: 'object', required: ['credential'], additionalProperties: false, properties: { credential, name, locale: localeSchema } },
      response: { 201: passkey },
    },
  }, async (req, reply) => {
    const { session, who } = await owner(req, true);
    const body = req.body as { credential: unknown; name?: string };
    return reply.code(201).send(await passkeys.register(session.accountId, body.credential, body.name, who));
  });

  app.get('/v1/me/passkeys', {
    schema: { tags, security, summary: 'The account\'s passkeys', response: { 200: { type: 'object', properties: { passkeys: { type: 'array', items: passkey } } } } },
  }, async (req) => ({ passkeys: await passkeys.list((await owner(req, false)).session.accountId) }));

  app.patch('/v1/me/passkeys/:id', {
    schema: { tags, security, summary: 'Rename a passkey', params: idParams, body: { type: 'object', required: ['name'], additionalProperties: false, properties: { name, locale: localeSchema } }, response: { 200: passkey } },
  }, async (req) => {
    const { session, who } = await owner(req, false);
    return passkeys.rename(session.accountId, (req.params as { id: string }).id, (req.body as { name: string }).name, who);
  });

  app.delete('/v1/me/passkeys/:id', {
    schema: { tags, security, summary: 'Remove a passkey (needs an authentication within 15 minutes)', params: idParams },
  }, async (req, reply) => {
    const { session, who } = await owner(req, true);
    await passkeys.remove(session.accountId, (req.params as { id: string }).id, who);
    return reply.code(204).send();
  });

  app.post('/v1/me/reauthenticate/passkey-options', {
    schema: { tags, security, summary: 'Request options for `POST /v1/me/reauthenticate {method: "passkey", credential}`', body: { type: 'object', additionalProperties: false, properties: { locale: localeSchema } }, response: { 200: { type: 'object', properties: { options } } } },
  }, async (req) => {
    const { session } = await owner(req, false);
    return { options: await passkeys.factorOptions(session.accountId, session.id, rp(req)) };
  });

  app.post('/v1/passkeys/login/options', {
    schema: {
      tags, summary: 'Start a passwordless login: request options for any passkey of this site (discoverable credentials)',
      body: { type: 'object', additionalProperties: false, properties: { locale: localeSchema } },
      response: { 200: { type: 'object', properties: { challengeId: { type: 'string' }, options } } },
    },
  }, async (req) => {
    const seen = await deps.counters.hit(`passkey-login-options:${ipBudgetKey(req.ip)}`, 60);
    if (seen.count > LOGIN_OPTIONS_PER_IP_MINUTE) throw new TesseraError('rate_limited', { retryAfterSeconds: seen.resetInSeconds, scope: 'ip' });
    return passkeys.loginOptions(rp(req));
  });

  app.post('/v1/passkeys/login', {
    schema: {
      tags, summary: 'Log in with a passkey: a session, on a known device (its `deviceToken`) or a new one',
      body: {
        type: 'object', required: ['challengeId', 'credential'], additionalProperties: false,
        properties: {
          challengeId: { type: 'string', minLength: 1, maxLength: 64 }, credential,
          deviceToken: { type: 'string', maxLength: 128 }, deviceName: { type: 'string', minLength: 1, maxLength: 100 }, locale: localeSchema,
        },
      },
      response: { 201: grant },
    },
  }, async (req, reply) => {
    const { deviceId: _d, isNewDevice: _n, ...grantBody } = await passkeyLogin(deps, passkeys, req.body as PasskeyLoginInput, ctx(req));
    return reply.code(201).send(grantBody);
  });
}
