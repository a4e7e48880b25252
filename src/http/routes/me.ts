import { Type } from 'typebox';
import { changePassword, forgetDevice, listDevices, listSessions, logout, reauthenticate, revokeSession, securityEvents } from '../../flows/index.ts';
import { requestContext } from '../context.ts';
import type { HttpDeps } from '../deps.ts';
import type { Route } from '../route.ts';
import { DateTime, IdParams, limitOf, Locale, Password, QueryLimit, WebAuthnCredential } from '../schemas.ts';

const tags = ['security center'];
const NullableString = Type.Union([Type.String(), Type.Null()]);

const SessionView = Type.Object({
  id: Type.String(),
  current: Type.Boolean({ description: 'The session making this request.' }),
  deviceId: NullableString,
  deviceName: NullableString,
  ip: NullableString,
  createdAt: DateTime,
  lastSeenAt: DateTime,
});

const DeviceView = Type.Object({
  id: Type.String(),
  name: NullableString,
  current: Type.Boolean({ description: 'The device of the session making this request.' }),
  createdAt: DateTime,
  lastSeenAt: DateTime,
});

const SecurityEvent = Type.Object({
  id: Type.String(),
  action: Type.String({ description: 'Dotted action name: `login`, `session.revoked`, `password.changed`, …' }),
  outcome: Type.Union([Type.Literal('success'), Type.Literal('failure'), Type.Literal('refused')]),
  actor: Type.String({ description: '`account`, `system`, `operator:<name>` or `anonymous`.' }),
  ip: NullableString,
  deviceId: NullableString,
  details: Type.Record(Type.String(), Type.Unknown()),
  createdAt: DateTime,
});

export function meRoutes(route: Route, deps: HttpDeps): void {
  const fallback = deps.policy.app.defaultLocale;

  route(
    {
      method: 'GET',
      url: '/v1/me/sessions',
      operationId: 'listSessions',
      tags,
      auth: 'session',
      summary: "The account's live sessions",
      response: { 200: Type.Object({ sessions: Type.Array(SessionView) }) },
      errors: [],
    },
    async ({ session }) => listSessions(deps, session),
  );

  route(
    {
      method: 'DELETE',
      url: '/v1/me/sessions/:id',
      operationId: 'revokeSession',
      tags,
      auth: 'session',
      summary: 'End one session (its device stays known)',
      params: IdParams,
      response: { 204: null },
      errors: ['not_found'],
    },
    async ({ req, params, session }) => {
      await revokeSession(deps, session, params.id, requestContext(req, fallback));
    },
  );

  route(
    {
      method: 'GET',
      url: '/v1/me/devices',
      operationId: 'listDevices',
      tags,
      auth: 'session',
      summary: "The account's known devices",
      response: { 200: Type.Object({ devices: Type.Array(DeviceView) }) },
      errors: [],
    },
    async ({ session }) => listDevices(deps, session),
  );

  route(
    {
      method: 'DELETE',
      url: '/v1/me/devices/:id',
      operationId: 'forgetDevice',
      tags,
      auth: 'session',
      summary: 'Forget a device: its token stops counting, its sessions end',
      params: IdParams,
      response: { 204: null },
      errors: ['not_found'],
    },
    async ({ req, params, session }) => {
      await forgetDevice(deps, session, params.id, requestContext(req, fallback));
    },
  );

  route(
    {
      method: 'DELETE',
      url: '/v1/session',
      operationId: 'logOut',
      tags,
      auth: 'session',
      summary: 'Log out (end this session)',
      response: { 204: null },
      errors: [],
    },
    async ({ req, session }) => {
      await logout(deps, session, requestContext(req, fallback));
    },
  );

  route(
    {
      method: 'POST',
      url: '/v1/me/reauthenticate',
      operationId: 'reauthenticate',
      tags,
      auth: 'session',
      summary: 'Prove it is still you (for sensitive changes within 15 minutes)',
      description:
        "The password, or a second factor (`method` with its `code`, or a passkey's `credential` answering `POST /v1/me/reauthenticate/passkey-options`).",
      body: Type.Object(
        {
          password: Type.Optional(Password),
          method: Type.Optional(Type.Union([Type.Literal('totp'), Type.Literal('passkey'), Type.Literal('recovery_code')])),
          code: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
          credential: Type.Optional(WebAuthnCredential),
          locale: Type.Optional(Locale),
        },
        { additionalProperties: false },
      ),
      response: { 200: Type.Object({ reauthenticatedAt: DateTime }) },
      errors: ['invalid_credentials', 'code_incorrect', 'rate_limited'],
    },
    async ({ req, body, session }) => reauthenticate(deps, session, body, requestContext(req, fallback)),
  );

  route(
    {
      method: 'POST',
      url: '/v1/me/password',
      operationId: 'changePassword',
      tags,
      auth: 'session',
      summary: 'Change the password (the current one is required)',
      body: Type.Object(
        {
          currentPassword: Password,
          newPassword: Password,
          revokeOtherSessions: Type.Optional(Type.Boolean()),
          locale: Type.Optional(Locale),
        },
        { additionalProperties: false },
      ),
      response: {
        200: Type.Object({
          changed: Type.Boolean({ description: 'Always true: a refusal is an error.' }),
          revokedSessions: Type.Integer({ description: 'How many other sessions ended (`revokeOtherSessions`).' }),
        }),
      },
      errors: ['invalid_credentials', 'password_weak', 'rate_limited'],
    },
    async ({ req, body, session }) => changePassword(deps, session, body, requestContext(req, fallback)),
  );

  route(
    {
      method: 'GET',
      url: '/v1/me/security-events',
      operationId: 'listSecurityEvents',
      tags,
      auth: 'session',
      summary: "The account's own security log, newest first",
      querystring: Type.Object({ limit: Type.Optional(QueryLimit), before: Type.Optional(DateTime) }),
      response: { 200: Type.Object({ events: Type.Array(SecurityEvent) }) },
      errors: [],
    },
    async ({ query, session }) => securityEvents(deps, session, { limit: limitOf(query.limit, 50, 200), before: query.before }),
  );
}
