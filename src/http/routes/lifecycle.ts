import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { TesseraError } from '../../core/errors.ts';
import {
  cancelDeletionRequest,
  changeHandle,
  confirmPhoneChange,
  exportAccount,
  freezeSelf,
  myEntitlements,
  phoneChangeFactorBinding,
  requestDeletion,
  sendOldNumberCode,
  startPhoneChange,
  verifyPhoneChange,
} from '../../flows/index.ts';
import { requestContext } from '../context.ts';
import type { HttpDeps } from '../deps.ts';
import type { Route } from '../route.ts';
import { AccountExport, Entitlements, orNull } from './account-views.ts';
import {
  Account,
  AccountStatus,
  Code,
  Country,
  DateTime,
  Flow,
  FlowId,
  Locale,
  Password,
  Phone,
  Pow,
  WebAuthnCredential,
  WebAuthnOptions,
} from '../schemas.ts';
import { CODE_ERRORS, FLOW_ERRORS, PHONE_ERRORS, SEND_ERRORS } from '../error-groups.ts';

const tags = ['security center'];
const NoBody = Type.Object({ locale: Type.Optional(Locale) }, { additionalProperties: false });
const ProofMethod = Type.Union([Type.Literal('sms'), Type.Literal('totp'), Type.Literal('passkey'), Type.Literal('recovery_code')]);
/** Phone and handle changes, freezing, deletion, export and entitlements of the signed-in account. */
export function lifecycleRoutes(route: Route, deps: HttpDeps): void {
  const fallback = deps.policy.app.defaultLocale;
  const ctx = (req: FastifyRequest) => ({ ...requestContext(req, fallback), userAgent: req.headers['user-agent'] });
  const relyingParty = (req: FastifyRequest) => ({ protocol: req.protocol, hostname: req.hostname, host: req.host });

  route(
    {
      method: 'POST',
      url: '/v1/me/phone-change',
      operationId: 'startPhoneChange',
      tags,
      auth: 'session',
      summary: 'Change the phone number: a code to the new number (needs an authentication within 15 minutes)',
      body: Type.Object(
        { phone: Phone, country: Type.Optional(Country), pow: Type.Optional(Pow), locale: Type.Optional(Locale) },
        { additionalProperties: false },
      ),
      response: { 201: Flow },
      errors: [...SEND_ERRORS, ...PHONE_ERRORS, 'reauthentication_required'],
    },
    async ({ req, body, session }) => startPhoneChange(deps, session, body, ctx(req)),
  );

  route(
    {
      method: 'POST',
      url: '/v1/me/phone-change/:id/verify',
      operationId: 'verifyPhoneChange',
      tags,
      auth: 'session',
      summary: "The new number's code; answers the ways left to prove the old number or another factor",
      params: FlowId,
      body: Type.Object({ code: Code, locale: Type.Optional(Locale) }, { additionalProperties: false }),
      response: { 200: Type.Object({ id: Type.String(), newNumberVerified: Type.Boolean(), methods: Type.Array(ProofMethod) }) },
      errors: [...FLOW_ERRORS, ...CODE_ERRORS, 'flow_state_invalid', 'phone_registered'],
    },
    async ({ params, body, session }) => verifyPhoneChange(deps, session, params.id, body.code),
  );

  route(
    {
      method: 'POST',
      url: '/v1/me/phone-change/:id/send-old',
      operationId: 'sendOldNumberCode',
      tags,
      auth: 'session',
      summary: 'Send a code to the old number (its budgets apply)',
      params: FlowId,
      body: Type.Object({ pow: Type.Optional(Pow), locale: Type.Optional(Locale) }, { additionalProperties: false }),
      response: {
        200: Type.Object({
          id: Type.String(),
          sent: Type.Boolean(),
          phone: Type.Object({ masked: Type.String() }),
          resendAt: DateTime,
          code: Type.Object({ length: Type.Integer(), ttlSeconds: Type.Integer() }),
        }),
      },
      errors: [...FLOW_ERRORS, ...SEND_ERRORS, 'flow_state_invalid'],
    },
    async ({ req, params, body, session }) => sendOldNumberCode(deps, session, params.id, body.pow, ctx(req)),
  );

  route(
    {
      method: 'POST',
      url: '/v1/me/phone-change/:id/passkey-options',
      operationId: 'phoneChangePasskeyOptions',
      tags,
      auth: 'session',
      summary: 'WebAuthn options for confirming the phone change with a passkey',
      params: FlowId,
      description: '`not_found` when passkeys are off; `invalid_request` when the account has none.',
      body: NoBody,
      response: { 200: Type.Object({ options: WebAuthnOptions }) },
      errors: [...FLOW_ERRORS, 'not_found', 'flow_state_invalid'],
    },
    async ({ req, params, session }) => {
      const passkeys = deps.passkeys;
      if (!passkeys) throw new TesseraError('not_found');
      const { accountId, bindingId } = await phoneChangeFactorBinding(deps, session, params.id);
      return { options: await passkeys.factorOptions(accountId, bindingId, passkeys.relyingParty(relyingParty(req))) };
    },
  );

  route(
    {
      method: 'POST',
      url: '/v1/me/phone-change/:id/confirm',
      operationId: 'confirmPhoneChange',
      tags,
      auth: 'session',
      summary: 'Prove the old number (its code) or another factor; the number changes, the old one is told',
      params: FlowId,
      body: Type.Object(
        {
          method: ProofMethod,
          code: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
          credential: Type.Optional(WebAuthnCredential),
          locale: Type.Optional(Locale),
        },
        { additionalProperties: false },
      ),
      response: { 200: Type.Object({ account: Account }) },
      // A second factor counts in the login throttle (`rate_limited`) and allows 5 wrong answers per flow.
      errors: [...FLOW_ERRORS, ...CODE_ERRORS, 'flow_state_invalid', 'phone_registered'],
    },
    async ({ req, params, body, session }) => confirmPhoneChange(deps, session, params.id, body, ctx(req)),
  );

  route(
    {
      method: 'PUT',
      url: '/v1/me/handle',
      operationId: 'changeHandle',
      tags,
      auth: 'session',
      summary: 'Change the handle: the password again; once free after a generated handle, then once per 365 days',
      body: Type.Object(
        { handle: Type.String({ minLength: 1, maxLength: 64 }), password: Password, locale: Type.Optional(Locale) },
        { additionalProperties: false },
      ),
      response: { 200: Type.Object({ account: Account, nextChangeAt: orNull(DateTime) }) },
      errors: ['reauthentication_required', 'handle_invalid', 'handle_taken', 'rate_limited', 'invalid_credentials', 'flow_state_invalid'],
    },
    async ({ req, body, session }) => changeHandle(deps, session, body, ctx(req)),
  );

  route(
    {
      method: 'POST',
      url: '/v1/me/freeze',
      operationId: 'freezeOwnAccount',
      tags,
      auth: 'session',
      summary: 'Freeze the account: every session ends (this one too), no login until unfrozen',
      body: NoBody,
      response: { 200: Type.Object({ status: Type.Literal('frozen') }) },
      errors: [],
    },
    async ({ req, session }) => freezeSelf(deps, session, ctx(req)),
  );

  route(
    {
      method: 'POST',
      url: '/v1/me/deletion',
      operationId: 'requestDeletion',
      tags,
      auth: 'session',
      summary: 'Delete the account after a grace period (logging in cancels); needs an authentication within 15 minutes',
      body: NoBody,
      response: { 202: Type.Object({ status: Type.Literal('pending_deletion'), scheduledFor: DateTime }) },
      errors: ['reauthentication_required', 'flow_state_invalid'],
    },
    async ({ req, session }) => requestDeletion(deps, session, ctx(req)),
  );

  route(
    {
      method: 'DELETE',
      url: '/v1/me/deletion',
      operationId: 'cancelDeletion',
      tags,
      auth: 'session',
      summary: 'Cancel a pending deletion',
      response: { 200: Type.Object({ status: AccountStatus }) },
      errors: [],
    },
    async ({ req, session }) => cancelDeletionRequest(deps, session, ctx(req)),
  );

  route(
    {
      method: 'GET',
      url: '/v1/me/export',
      operationId: 'exportAccount',
      tags,
      auth: 'session',
      summary: 'Everything held on the account, as JSON (never a hash, secret or token)',
      response: { 200: AccountExport },
      errors: [],
    },
    async ({ req, reply, session }) => {
      const data = await exportAccount(deps, session, ctx(req));
      reply.header('content-disposition', 'attachment; filename="account-export.json"');
      return data;
    },
  );

  route(
    {
      method: 'GET',
      url: '/v1/me/entitlements',
      operationId: 'getEntitlements',
      tags: ['trust'],
      auth: 'session',
      summary: 'The gated features the account may use and, for each refused one, why',
      response: {
        200: Type.Object({ accountId: Type.String({ format: 'uuid' }), trustLevel: Type.Integer(), status: AccountStatus, entitlements: Entitlements }),
      },
      errors: [],
    },
    async ({ session }) => myEntitlements(deps, session),
  );
}
