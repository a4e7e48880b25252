import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { completeRegistration, getRegistration, loginFromRegistration, resendRegistration, startRegistration, verifyRegistration } from '../../flows/index.ts';
import type { HttpDeps } from '../deps.ts';
import { noteClockSkew, requestContext, withHints } from '../context.ts';
import type { Route } from '../route.ts';
import { ClientTime, Code, Country, DeviceName, DeviceToken, Flow, FlowId, Hints, Locale, Password, Phone, Pow, SessionGrant } from '../schemas.ts';
import { CODE_ERRORS, FLOW_ERRORS, PHONE_ERRORS, SEND_ERRORS } from '../error-groups.ts';

const tags = ['registration'];
/** A flow that is not there (or not a registration), or past its time. */

const Verified = Type.Object({
  id: Type.String(),
  state: Type.Literal('verified'),
  phoneRegistered: Type.Boolean(),
  recycled: Type.Boolean({
    description: "The number's account has been dormant for `recycling.idleDays`: `complete` with `takeOverNumber: true` may take the number over.",
  }),
  hints: Type.Optional(Hints),
});

/**
 * Every registration request may carry `clientTime` (body, or the query of `GET`): the answers of
 * its flow, errors included, then carry the `clock_skew` hint (docs/errors.md, "Hints").
 */
export function registrationRoutes(route: Route, deps: HttpDeps): void {
  const fallback = deps.policy.app.defaultLocale;
  const ctx = (req: FastifyRequest) => {
    noteClockSkew(req, deps.clock.now());
    return requestContext(req, fallback);
  };

  route(
    {
      method: 'POST',
      url: '/v1/registrations',
      operationId: 'startRegistration',
      tags,
      summary: 'Start a registration: validate the number and send it a code',
      body: Type.Object(
        {
          phone: Phone,
          country: Type.Optional(Country),
          locale: Type.Optional(Locale),
          deviceName: Type.Optional(DeviceName),
          clientTime: Type.Optional(ClientTime),
          pow: Type.Optional(Pow),
        },
        { additionalProperties: false },
      ),
      response: { 201: Flow },
      errors: [...PHONE_ERRORS, ...SEND_ERRORS],
    },
    async ({ req, body }) => {
      const flow = await startRegistration(deps, body, ctx(req));
      deps.metrics.registrations.inc({ step: 'start', outcome: 'ok' });
      return withHints(req, flow);
    },
  );

  route(
    {
      method: 'GET',
      url: '/v1/registrations/:id',
      operationId: 'getRegistration',
      tags,
      summary: "A registration's state and SMS delivery status",
      params: FlowId,
      querystring: Type.Object({ clientTime: Type.Optional(ClientTime), locale: Type.Optional(Locale) }),
      response: { 200: Flow },
      errors: [...FLOW_ERRORS],
    },
    async ({ req, params }) => withHints(req, await getRegistration(deps, params.id, ctx(req))),
  );

  route(
    {
      method: 'POST',
      url: '/v1/registrations/:id/resend',
      operationId: 'resendRegistrationCode',
      tags,
      summary: 'Send a fresh code (the old one dies)',
      params: FlowId,
      body: Type.Object({ locale: Type.Optional(Locale), clientTime: Type.Optional(ClientTime), pow: Type.Optional(Pow) }, { additionalProperties: false }),
      response: { 200: Flow },
      errors: [...FLOW_ERRORS, 'flow_state_invalid', ...SEND_ERRORS],
    },
    async ({ req, params, body }) => withHints(req, await resendRegistration(deps, params.id, body.pow, ctx(req))),
  );

  route(
    {
      method: 'POST',
      url: '/v1/registrations/:id/verify',
      operationId: 'verifyRegistration',
      tags,
      summary: 'Check the SMS code',
      params: FlowId,
      body: Type.Object({ code: Code, clientTime: Type.Optional(ClientTime), locale: Type.Optional(Locale) }, { additionalProperties: false }),
      response: { 200: Verified },
      errors: [...FLOW_ERRORS, 'flow_state_invalid', ...CODE_ERRORS],
    },
    async ({ req, params, body }) => {
      const result = await verifyRegistration(deps, params.id, body.code, ctx(req));
      deps.metrics.registrations.inc({ step: 'verify', outcome: 'ok' });
      return withHints(req, result);
    },
  );

  route(
    {
      method: 'POST',
      url: '/v1/registrations/:id/complete',
      operationId: 'completeRegistration',
      tags,
      summary: 'Create the account: password, handle, display name',
      params: FlowId,
      body: Type.Object(
        {
          password: Password,
          handle: Type.Optional(Type.String({ maxLength: 64 })),
          displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
          deviceName: Type.Optional(DeviceName),
          acceptTerms: Type.Literal(true),
          takeOverNumber: Type.Optional(
            Type.Boolean({
              description: 'Register with a number whose account is dormant (`recycled` on verify): that account keeps its data but loses the number.',
            }),
          ),
          clientTime: Type.Optional(ClientTime),
          locale: Type.Optional(Locale),
        },
        { additionalProperties: false },
      ),
      response: { 201: SessionGrant },
      errors: [...FLOW_ERRORS, 'flow_state_invalid', 'phone_registered', 'handle_invalid', 'handle_taken', 'password_weak'],
    },
    async ({ req, params, body }) => {
      const result = await completeRegistration(deps, params.id, body, ctx(req));
      deps.metrics.registrations.inc({ step: 'complete', outcome: 'ok' });
      return withHints(req, result);
    },
  );

  route(
    {
      method: 'POST',
      url: '/v1/registrations/:id/login',
      operationId: 'logInFromRegistration',
      tags,
      summary: 'The number already has an account: log in with the verified flow instead',
      params: FlowId,
      description:
        'Same rules as any SMS login: a known device (its `deviceToken`) gets a session; a new device of an account with a second factor ' +
        'gets `verification_required`.',
      body: Type.Object(
        {
          deviceName: Type.Optional(DeviceName),
          deviceToken: Type.Optional(DeviceToken),
          clientTime: Type.Optional(ClientTime),
          locale: Type.Optional(Locale),
        },
        { additionalProperties: false },
      ),
      response: { 201: SessionGrant },
      errors: [...FLOW_ERRORS, 'flow_state_invalid', 'account_frozen', 'verification_required'],
    },
    async ({ req, params, body }) => {
      const { deviceId: _d, isNewDevice: _n, ...result } = await loginFromRegistration(deps, params.id, body, ctx(req));
      return withHints(req, result);
    },
  );
}
