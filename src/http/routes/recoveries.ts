import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { TesseraError } from '../../core/errors.ts';
import { completeRecovery, freezeWithPassword, recoveryFactorBinding, requestUnfreeze, startRecovery, verifyRecovery } from '../../flows/index.ts';
import { requestContext } from '../context.ts';
import type { HttpDeps } from '../deps.ts';
import type { Route } from '../route.ts';
import { Code, CodeSent, Country, DeviceName, FlowId, Locale, Password, Phone, Pow, SessionGrant, WebAuthnCredential, WebAuthnOptions } from '../schemas.ts';
import { CODE_ERRORS, FLOW_ERRORS, PHONE_ERRORS, SEND_ERRORS } from '../error-groups.ts';

const tags = ['recovery'];
const Identifier = Type.String({ minLength: 1, maxLength: 64, description: 'A phone number (E.164) or a handle.' });
const FactorMethod = Type.Union([Type.Literal('totp'), Type.Literal('passkey'), Type.Literal('recovery_code')]);
const Frozen = Type.Object({ status: Type.Literal('frozen') });
/** A flow that is not there (or not a recovery), or past its time. */

/** The ways back in without a session: a forgotten password by SMS, freezing a lost phone's account, unfreezing. */
export function recoveryRoutes(route: Route, deps: HttpDeps): void {
  const fallback = deps.policy.app.defaultLocale;
  const ctx = (req: FastifyRequest) => ({ ...requestContext(req, fallback), userAgent: req.headers['user-agent'] });

  route(
    {
      method: 'POST',
      url: '/v1/recoveries',
      operationId: 'startRecovery',
      tags,
      summary: 'Forgotten password: send a code to the number (the same answer whether or not it has an account)',
      body: Type.Object(
        {
          phone: Phone,
          country: Type.Optional(Country),
          deviceName: Type.Optional(DeviceName),
          locale: Type.Optional(Locale),
          pow: Type.Optional(Pow),
        },
        { additionalProperties: false },
      ),
      response: { 201: CodeSent },
      errors: [...PHONE_ERRORS, ...SEND_ERRORS],
    },
    async ({ req, body }) => startRecovery(deps, body, ctx(req)),
  );

  route(
    {
      method: 'POST',
      url: '/v1/recoveries/:id/verify',
      operationId: 'verifyRecovery',
      tags,
      summary: 'Check the code; says whether a second factor is needed to finish',
      params: FlowId,
      body: Type.Object({ code: Code, locale: Type.Optional(Locale) }, { additionalProperties: false }),
      response: {
        200: Type.Object({
          id: Type.String(),
          state: Type.Literal('verified'),
          secondFactorRequired: Type.Boolean(),
          methods: Type.Array(FactorMethod),
        }),
      },
      errors: [...FLOW_ERRORS, ...CODE_ERRORS, 'flow_state_invalid', 'account_frozen'],
    },
    async ({ params, body }) => verifyRecovery(deps, params.id, body.code),
  );

  route(
    {
      method: 'POST',
      url: '/v1/recoveries/:id/passkey-options',
      operationId: 'recoveryPasskeyOptions',
      tags,
      summary: 'WebAuthn options for answering the second factor of a verified recovery with a passkey',
      params: FlowId,
      description: '`not_found` when passkeys are off; `invalid_request` when the account has none.',
      body: Type.Object({ locale: Type.Optional(Locale) }, { additionalProperties: false }),
      response: { 200: Type.Object({ options: WebAuthnOptions }) },
      errors: [...FLOW_ERRORS, 'not_found', 'flow_state_invalid', 'account_frozen'],
    },
    async ({ req, params }) => {
      const passkeys = deps.passkeys;
      if (!passkeys) throw new TesseraError('not_found');
      const { accountId, bindingId } = await recoveryFactorBinding(deps, params.id);
      return {
        options: await passkeys.factorOptions(accountId, bindingId, passkeys.relyingParty({ protocol: req.protocol, hostname: req.hostname, host: req.host })),
      };
    },
  );

  route(
    {
      method: 'POST',
      url: '/v1/recoveries/:id/complete',
      operationId: 'completeRecovery',
      tags,
      summary: 'Set a new password (with a second factor when the account has one); every other session ends',
      params: FlowId,
      body: Type.Object(
        {
          newPassword: Password,
          method: Type.Optional(FactorMethod),
          code: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
          credential: Type.Optional(WebAuthnCredential),
          deviceName: Type.Optional(DeviceName),
          locale: Type.Optional(Locale),
        },
        { additionalProperties: false },
      ),
      response: { 200: SessionGrant },
      // The second factor: 5 wrong answers per flow, each through the login throttle.
      errors: [...FLOW_ERRORS, 'code_incorrect', 'flow_state_invalid', 'account_frozen', 'password_weak', 'code_attempts_exceeded', 'rate_limited'],
    },
    async ({ req, params, body }) => completeRecovery(deps, params.id, body, ctx(req)),
  );

  route(
    {
      method: 'POST',
      url: '/v1/account-freezes',
      operationId: 'freezeAccount',
      tags: ['account'],
      summary: 'Freeze an account with its password (a lost phone): every session ends, no login until unfrozen',
      body: Type.Object({ identifier: Identifier, password: Password, locale: Type.Optional(Locale) }, { additionalProperties: false }),
      response: { 200: Frozen },
      errors: ['invalid_credentials', 'rate_limited'],
    },
    async ({ req, body }) => freezeWithPassword(deps, body, ctx(req)),
  );

  route(
    {
      method: 'POST',
      url: '/v1/account-unfreezes',
      operationId: 'unfreezeAccount',
      tags: ['account'],
      summary: 'Unfreeze: always `verification_required` with a challenge; answering it unfreezes and opens a session',
      description:
        'Never a success: the answer is `verification_required` (403) with `challengeId` and `methods`; ' +
        '`POST /v1/challenges/{id}/send` and `/verify` answer the challenge (docs/accounts.md, "Freeze and unfreeze").',
      body: Type.Object(
        { identifier: Identifier, password: Password, deviceName: Type.Optional(DeviceName), locale: Type.Optional(Locale) },
        { additionalProperties: false },
      ),
      response: { 200: Type.Never({ description: 'Not answered: see `verification_required`.' }) },
      errors: ['verification_required', 'invalid_credentials', 'rate_limited', 'flow_state_invalid', 'forbidden'],
    },
    async ({ req, body }) => requestUnfreeze(deps, body, ctx(req)),
  );
}
