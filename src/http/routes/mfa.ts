import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { TesseraError } from '../../core/errors.ts';
import type { FactorContext } from '../../mfa/index.ts';
import { requireRecentAuth, type SessionRecord } from '../../sessions/index.ts';
import type { HttpDeps } from '../deps.ts';
import type { Route } from '../route.ts';
import { Locale } from '../schemas.ts';

const tags = ['security center'];
const NoBody = Type.Object({ locale: Type.Optional(Locale) }, { additionalProperties: false });
const CodeBody = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 32, description: 'The 6 digits the authenticator app shows now.' }),
    locale: Type.Optional(Locale),
  },
  { additionalProperties: false },
);
const RecoveryCodes = Type.Object({
  recoveryCodes: Type.Array(Type.String(), { description: '10 single-use codes, shown this once; keep them offline.' }),
});
const TotpEnrolment = Type.Object({
  secret: Type.String({ description: 'The shared secret, base32.' }),
  uri: Type.String({ description: 'The otpauth:// URI of the secret.' }),
  qr: Type.String({ description: 'data:image/png;base64,…' }),
});

/** TOTP enrolment and removal, recovery codes. Every change needs an authentication within 15 minutes (docs/login.md). */
export function mfaRoutes(route: Route, deps: HttpDeps): void {
  const factors = deps.secondFactors;
  if (!factors) return;

  function recent(req: FastifyRequest, session: SessionRecord): FactorContext {
    requireRecentAuth(session, deps.clock.now());
    return { ip: req.ip, deviceId: session.deviceId };
  }

  route(
    {
      method: 'POST',
      url: '/v1/me/totp',
      operationId: 'startTotpEnrolment',
      tags,
      auth: 'session',
      summary: 'Start TOTP enrolment: a secret, its otpauth:// URI and a QR image of it (not active until confirmed)',
      body: NoBody,
      response: { 200: TotpEnrolment },
      errors: ['reauthentication_required'],
    },
    async ({ req, session }) => {
      const ctx = recent(req, session);
      const account = await deps.accounts.findById(session.accountId);
      if (!account) throw new TesseraError('unauthenticated');
      return factors.beginTotp(account.id, account.handle, ctx);
    },
  );

  route(
    {
      method: 'POST',
      url: '/v1/me/totp/confirm',
      operationId: 'confirmTotp',
      tags,
      auth: 'session',
      summary: 'Confirm TOTP with a code from the app; returns the recovery codes',
      body: CodeBody,
      response: { 200: RecoveryCodes },
      errors: ['reauthentication_required', 'code_incorrect', 'rate_limited', 'service_unavailable'],
    },
    async ({ req, body, session }) => {
      const codes = await factors.confirmTotp(session.accountId, body.code, recent(req, session));
      if (!codes) throw new TesseraError('code_incorrect');
      return { recoveryCodes: codes };
    },
  );

  route(
    {
      method: 'DELETE',
      url: '/v1/me/totp',
      operationId: 'disableTotp',
      tags,
      auth: 'session',
      summary: 'Turn TOTP off (a current code is required)',
      body: CodeBody,
      response: { 204: null },
      errors: ['reauthentication_required', 'code_incorrect', 'rate_limited', 'service_unavailable'],
    },
    async ({ req, body, session }) => {
      if (!(await factors.disableTotp(session.accountId, body.code, recent(req, session)))) throw new TesseraError('code_incorrect');
    },
  );

  route(
    {
      method: 'POST',
      url: '/v1/me/recovery-codes',
      operationId: 'regenerateRecoveryCodes',
      tags,
      auth: 'session',
      summary: 'Replace the recovery codes (all old ones stop working); needs TOTP or a passkey',
      body: NoBody,
      response: { 200: RecoveryCodes },
      errors: ['reauthentication_required'],
    },
    async ({ req, session }) => ({ recoveryCodes: await factors.regenerateRecoveryCodes(session.accountId, recent(req, session)) }),
  );
}
