import { Type } from 'typebox';
import { passwordLogin, sendChallengeCode, startLoginCode, verifyChallenge, verifyLoginCode } from '../../flows/index.ts';
import { requestContext } from '../context.ts';
import type { HttpDeps } from '../deps.ts';
import type { Route } from '../route.ts';
import {
  Code,
  CodeSent,
  Country,
  DeviceName,
  DeviceToken,
  FlowId,
  Locale,
  Password,
  Phone,
  Pow,
  SessionGrant,
  WebAuthnCredential,
  WebAuthnOptions,
} from '../schemas.ts';
import { CODE_ERRORS, FLOW_ERRORS, PHONE_ERRORS, SEND_ERRORS } from '../error-groups.ts';

const tags = ['login'];
const Identifier = Type.String({ minLength: 1, maxLength: 64, description: 'A phone number (E.164) or a handle.' });
const FactorMethod = Type.Union([Type.Literal('sms'), Type.Literal('totp'), Type.Literal('passkey'), Type.Literal('recovery_code')]);

export function loginRoutes(route: Route, deps: HttpDeps): void {
  const fallback = deps.policy.app.defaultLocale;
  const ctx = (req: Parameters<typeof requestContext>[0]) => ({ ...requestContext(req, fallback), userAgent: req.headers['user-agent'] });

  route(
    {
      method: 'POST',
      url: '/v1/sessions',
      operationId: 'logIn',
      tags,
      summary: 'Log in with a phone number or handle and the password',
      description: 'A known device (its `deviceToken`) gets a session; a new device gets `verification_required` with a challenge.',
      body: Type.Object(
        {
          identifier: Identifier,
          password: Password,
          deviceToken: Type.Optional(DeviceToken),
          deviceName: Type.Optional(DeviceName),
          locale: Type.Optional(Locale),
        },
        { additionalProperties: false },
      ),
      response: { 201: SessionGrant },
      errors: ['invalid_credentials', 'verification_required', 'account_frozen', 'forbidden', 'rate_limited', 'service_unavailable'],
    },
    async ({ req, body }) => strip(await passwordLogin(deps, body, ctx(req))),
  );

  route(
    {
      method: 'POST',
      url: '/v1/login-codes',
      operationId: 'startLoginCode',
      tags,
      summary: 'Ask for an SMS login code (the same answer whether or not the number has an account)',
      body: Type.Object(
        { phone: Phone, country: Type.Optional(Country), locale: Type.Optional(Locale), pow: Type.Optional(Pow) },
        { additionalProperties: false },
      ),
      response: { 201: CodeSent },
      errors: [...PHONE_ERRORS, ...SEND_ERRORS],
    },
    async ({ req, body }) => startLoginCode(deps, body, ctx(req)),
  );

  route(
    {
      method: 'POST',
      url: '/v1/login-codes/:id/verify',
      operationId: 'verifyLoginCode',
      tags,
      summary: 'Log in with the SMS code',
      params: FlowId,
      body: Type.Object(
        { code: Code, deviceToken: Type.Optional(DeviceToken), deviceName: Type.Optional(DeviceName), locale: Type.Optional(Locale) },
        { additionalProperties: false },
      ),
      response: { 201: SessionGrant },
      errors: [...CODE_ERRORS, ...FLOW_ERRORS, 'flow_state_invalid', 'verification_required', 'account_frozen', 'forbidden'],
    },
    async ({ req, params, body }) => strip(await verifyLoginCode(deps, params.id, body, ctx(req))),
  );

  route(
    {
      method: 'POST',
      url: '/v1/challenges/:id/send',
      operationId: 'sendChallenge',
      tags,
      summary: 'Send the SMS code of a new-device challenge, or get the WebAuthn options to answer it with a passkey',
      params: FlowId,
      body: Type.Object(
        { method: Type.Union([Type.Literal('sms'), Type.Literal('passkey')]), locale: Type.Optional(Locale), pow: Type.Optional(Pow) },
        { additionalProperties: false },
      ),
      response: {
        200: Type.Union([
          Type.Object({
            id: Type.String(),
            method: Type.Literal('sms'),
            sent: Type.Literal(true),
            code: Type.Object({ length: Type.Integer(), ttlSeconds: Type.Integer() }),
          }),
          Type.Object({ id: Type.String(), method: Type.Literal('passkey'), options: WebAuthnOptions }),
        ]),
      },
      errors: [...SEND_ERRORS, ...FLOW_ERRORS, 'flow_state_invalid', 'phone_blocked', 'region_not_supported'],
    },
    async ({ req, params, body }) => {
      const passkeys = deps.passkeys;
      const passkeyOptions =
        passkeys &&
        ((accountId: string, challengeId: string) =>
          passkeys.factorOptions(accountId, challengeId, passkeys.relyingParty({ protocol: req.protocol, hostname: req.hostname, host: req.host })));
      return sendChallengeCode(deps, params.id, body.method, body.pow, ctx(req), passkeyOptions);
    },
  );

  route(
    {
      method: 'POST',
      url: '/v1/challenges/:id/verify',
      operationId: 'verifyChallenge',
      tags,
      summary: 'Answer a new-device challenge',
      params: FlowId,
      body: Type.Object(
        {
          method: FactorMethod,
          code: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
          credential: Type.Optional(WebAuthnCredential),
          deviceName: Type.Optional(DeviceName),
          locale: Type.Optional(Locale),
        },
        { additionalProperties: false },
      ),
      response: { 200: SessionGrant },
      errors: [...CODE_ERRORS, ...FLOW_ERRORS, 'flow_state_invalid', 'account_frozen'],
    },
    async ({ req, params, body }) => strip(await verifyChallenge(deps, params.id, body, ctx(req))),
  );
}

/** Internal bookkeeping stays out of the response. */
function strip<T extends { deviceId?: unknown; isNewDevice?: unknown }>(result: T) {
  const { deviceId: _d, isNewDevice: _n, ...rest } = result;
  return rest;
}
