import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { TesseraError } from '../../core/errors.ts';
import { passkeyLogin } from '../../flows/index.ts';
import type { PasskeyContext, Passkeys } from '../../mfa/passkeys/index.ts';
import { ipBudgetKey } from '../../policy/ip.ts';
import { requireRecentAuth, type SessionRecord } from '../../sessions/index.ts';
import { requestContext } from '../context.ts';
import type { HttpDeps } from '../deps.ts';
import type { Route } from '../route.ts';
import { DateTime, DeviceName, DeviceToken, Locale, SessionGrant, WebAuthnCredential, WebAuthnOptions } from '../schemas.ts';

declare module '../deps.ts' {
  interface HttpDeps {
    /** WebAuthn passkeys; without it the passkey routes are absent. */
    passkeys?: Passkeys;
  }
}

const tags = ['passkeys'];
const PasskeyName = Type.String({ minLength: 1, maxLength: 64 });
const PasskeyId = Type.Object({ id: Type.String({ minLength: 1, maxLength: 1366, description: 'The credential id (base64url).' }) });
const NoBody = Type.Object({ locale: Type.Optional(Locale) }, { additionalProperties: false });
const Passkey = Type.Object({
  id: Type.String(),
  name: Type.String(),
  createdAt: DateTime,
  lastUsedAt: Type.Union([DateTime, Type.Null()]),
  deviceType: Type.Union([Type.String({ description: '`singleDevice` or `multiDevice` (synced).' }), Type.Null()]),
  backedUp: Type.Boolean(),
  transports: Type.Array(Type.String()),
});

/** Options for passwordless login per client IP per minute: each one is a stored challenge. */
const LOGIN_OPTIONS_PER_IP_MINUTE = 30;

/** Passkeys: registration and management (security center), passwordless login, re-authentication (docs/login.md). */
export function passkeyRoutes(route: Route, deps: HttpDeps): void {
  const passkeys = deps.passkeys;
  if (!passkeys) return;
  const fallback = deps.policy.app.defaultLocale;
  const ctx = (req: FastifyRequest) => ({ ...requestContext(req, fallback), userAgent: req.headers['user-agent'] });
  const rp = (req: FastifyRequest) => passkeys.relyingParty({ protocol: req.protocol, hostname: req.hostname, host: req.host });

  function owner(req: FastifyRequest, session: SessionRecord, recent: boolean): PasskeyContext {
    if (recent) requireRecentAuth(session, deps.clock.now());
    return { ip: req.ip, deviceId: session.deviceId };
  }

  route(
    {
      method: 'POST',
      url: '/v1/me/passkeys/options',
      operationId: 'startPasskeyRegistration',
      tags,
      auth: 'session',
      summary: 'Start adding a passkey: creation options (needs an authentication within 15 minutes)',
      body: NoBody,
      response: { 200: WebAuthnOptions },
      errors: ['reauthentication_required'],
    },
    async ({ req, session }) => {
      requireRecentAuth(session, deps.clock.now());
      const account = await deps.accounts.findById(session.accountId);
      if (!account) throw new TesseraError('unauthenticated');
      return passkeys.registrationOptions(account, rp(req));
    },
  );

  route(
    {
      method: 'POST',
      url: '/v1/me/passkeys',
      operationId: 'addPasskey',
      tags,
      auth: 'session',
      summary: 'Add the passkey the browser created from the options',
      description: "`credential` is the browser's PublicKeyCredential as JSON (`credential.toJSON()`), binary fields base64url.",
      body: Type.Object({ credential: WebAuthnCredential, name: Type.Optional(PasskeyName), locale: Type.Optional(Locale) }, { additionalProperties: false }),
      response: { 201: Passkey },
      errors: ['reauthentication_required', 'code_incorrect'],
    },
    async ({ req, body, session }) => passkeys.register(session.accountId, body.credential, body.name, owner(req, session, true)),
  );

  route(
    {
      method: 'GET',
      url: '/v1/me/passkeys',
      operationId: 'listPasskeys',
      tags,
      auth: 'session',
      summary: "The account's passkeys",
      response: { 200: Type.Object({ passkeys: Type.Array(Passkey) }) },
      errors: [],
    },
    async ({ session }) => ({ passkeys: await passkeys.list(session.accountId) }),
  );

  route(
    {
      method: 'PATCH',
      url: '/v1/me/passkeys/:id',
      operationId: 'renamePasskey',
      tags,
      auth: 'session',
      summary: 'Rename a passkey',
      params: PasskeyId,
      body: Type.Object({ name: PasskeyName, locale: Type.Optional(Locale) }, { additionalProperties: false }),
      response: { 200: Passkey },
      errors: ['not_found'],
    },
    async ({ req, params, body, session }) => passkeys.rename(session.accountId, params.id, body.name, owner(req, session, false)),
  );

  route(
    {
      method: 'DELETE',
      url: '/v1/me/passkeys/:id',
      operationId: 'removePasskey',
      tags,
      auth: 'session',
      summary: 'Remove a passkey (needs an authentication within 15 minutes)',
      params: PasskeyId,
      response: { 204: null },
      errors: ['reauthentication_required', 'not_found'],
    },
    async ({ req, params, session }) => {
      await passkeys.remove(session.accountId, params.id, owner(req, session, true));
    },
  );

  route(
    {
      method: 'POST',
      url: '/v1/me/reauthenticate/passkey-options',
      operationId: 'startPasskeyReauthentication',
      tags,
      auth: 'session',
      summary: 'Request options for `POST /v1/me/reauthenticate {method: "passkey", credential}`',
      body: NoBody,
      response: { 200: Type.Object({ options: WebAuthnOptions }) },
      errors: [],
    },
    async ({ req, session }) => ({ options: await passkeys.factorOptions(session.accountId, session.id, rp(req)) }),
  );

  route(
    {
      method: 'POST',
      url: '/v1/passkeys/login/options',
      operationId: 'startPasskeyLogin',
      tags,
      summary: 'Start a passwordless login: request options for any passkey of this site (discoverable credentials)',
      body: NoBody,
      response: { 200: Type.Object({ challengeId: Type.String(), options: WebAuthnOptions }) },
      errors: ['rate_limited', 'service_unavailable'],
    },
    async ({ req }) => {
      const seen = await deps.counters.hit(`passkey-login-options:${ipBudgetKey(req.ip)}`, 60);
      if (seen.count > LOGIN_OPTIONS_PER_IP_MINUTE) throw new TesseraError('rate_limited', { retryAfterSeconds: seen.resetInSeconds, scope: 'ip' });
      return passkeys.loginOptions(rp(req));
    },
  );

  route(
    {
      method: 'POST',
      url: '/v1/passkeys/login',
      operationId: 'logInWithPasskey',
      tags,
      summary: 'Log in with a passkey: a session, on a known device (its `deviceToken`) or a new one',
      body: Type.Object(
        {
          challengeId: Type.String({ minLength: 1, maxLength: 64 }),
          credential: WebAuthnCredential,
          deviceToken: Type.Optional(DeviceToken),
          deviceName: Type.Optional(DeviceName),
          locale: Type.Optional(Locale),
        },
        { additionalProperties: false },
      ),
      response: { 201: SessionGrant },
      errors: ['code_incorrect', 'account_frozen'],
    },
    async ({ req, body }) => {
      const { deviceId: _d, isNewDevice: _n, ...grantBody } = await passkeyLogin(deps, passkeys, body, ctx(req));
      return grantBody;
    },
  );
}
