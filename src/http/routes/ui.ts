import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { TesseraError } from '../../core/errors.ts';
import { ipBudgetKey } from '../../policy/ip.ts';
import { uiBundle, type Asset } from '../../ui/server/bundle.ts';
import { PAGE_HEADERS, clientConfig, shellHtml } from '../../ui/server/shell.ts';
import { strengthReport } from '../../ui/server/strength.ts';
import type { HttpDeps } from '../deps.ts';
import type { Route } from '../route.ts';
import { Locale, Password, TextBody } from '../schemas.ts';

/** The paths the hosted pages answer; each gets the same document and the script draws the page. */
export const UI_PAGES = ['/', '/signup', '/login', '/forgot', '/security'] as const;
export const DEV_UI_PAGES = ['/dev/inbox'] as const;

/** Strength checks per client IP per minute: enough for a person typing, not for a guessing oracle at scale. */
const STRENGTH_CHECKS_PER_IP_MINUTE = 120;

const Page = TextBody(['text/html; charset=utf-8'], "The hosted pages' document (docs/ui.md).");
const AssetBody = TextBody(
  ['text/javascript; charset=utf-8', 'text/css; charset=utf-8'],
  'A bundled script or style sheet, gzipped when the client accepts it.',
);
const FeedbackText = Type.Union([Type.String(), Type.Null()]);
const StrengthReport = Type.Object({
  score: Type.Integer({ description: 'zxcvbn-ts score, 0–4.' }),
  minScore: Type.Integer({ description: 'The score registration wants (`password.minScore`).' }),
  acceptable: Type.Boolean({ description: 'Long and strong enough for registration.' }),
  warning: FeedbackText,
  suggestions: Type.Array(Type.String()),
  feedback: Type.Object(
    { warning: FeedbackText, suggestions: Type.Array(Type.String()) },
    { description: 'The same advice as zxcvbn-ts keys (`warnings.*`, `suggestions.*`), for translated texts.' },
  ),
});
const FactorMethod = Type.Union([Type.Literal('totp'), Type.Literal('passkey'), Type.Literal('recovery_code')]);

/** `/signup` → `getSignupPage`, `/` → `getHomePage`. */
function pageOperationId(path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1));
  return `get${words.join('') || 'Home'}Page`;
}

function sendAsset(req: FastifyRequest, reply: FastifyReply, asset: Asset, cache: string): FastifyReply {
  reply.header('etag', asset.etag).header('cache-control', cache).header('vary', 'accept-encoding').header('x-content-type-options', 'nosniff');
  if (req.headers['if-none-match'] === asset.etag) return reply.code(304).send();
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) reply.header('content-encoding', 'gzip');
  return reply.type(asset.type).send(gzip ? asset.gzip : asset.body);
}

/**
 * Hosted pages (docs/ui.md): the document, its bundled assets, and the two small APIs the pages
 * need. Their browser sessions (cookies, CSRF) are http/web-session.ts's hooks.
 */
export function uiRoutes(route: Route, deps: HttpDeps): void {
  const dev = deps.mode === 'dev';

  let html: string | undefined;
  for (const path of [...UI_PAGES, ...(dev ? DEV_UI_PAGES : [])]) {
    route(
      {
        method: 'GET',
        url: path,
        operationId: pageOperationId(path),
        tags: ['ui'],
        hide: true,
        summary: `The hosted page ${path}`,
        response: { 200: Page },
        errors: [],
      },
      async ({ reply }) => {
        const bundle = await uiBundle();
        html ??= shellHtml(clientConfig(deps.policy, dev, bundle), bundle);
        return reply.headers(PAGE_HEADERS).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
      },
    );
  }

  route(
    {
      method: 'GET',
      url: '/ui/:file',
      operationId: 'getUiAsset',
      tags: ['ui'],
      hide: true,
      summary: 'A script or style sheet of the hosted pages (content-hashed, immutable)',
      params: Type.Object({ file: Type.String({ maxLength: 64 }) }),
      response: { 200: AssetBody, 304: null },
      errors: ['not_found'],
    },
    async ({ req, reply, params }) => {
      const bundle = await uiBundle();
      const asset = bundle.byPath.get(`/ui/${params.file}`);
      if (!asset) throw new TesseraError('not_found');
      return sendAsset(req, reply, asset, 'public, max-age=31536000, immutable');
    },
  );

  route(
    {
      method: 'POST',
      url: '/v1/password-strength',
      operationId: 'checkPasswordStrength',
      tags: ['registration'],
      summary: 'How guessable a password is, judged as registration will judge it (for a live meter)',
      description: 'zxcvbn-ts with the phone and handle as words an attacker tries first. `feedback` holds the advice as zxcvbn-ts keys, for translation.',
      body: Type.Object(
        {
          password: Password,
          phone: Type.Optional(Type.String({ maxLength: 64 })),
          handle: Type.Optional(Type.String({ maxLength: 64 })),
          locale: Type.Optional(Locale),
        },
        { additionalProperties: false },
      ),
      response: { 200: StrengthReport },
      errors: ['rate_limited', 'service_unavailable'],
    },
    async ({ req, body }) => {
      const seen = await deps.counters.hit(`password-strength:${ipBudgetKey(req.ip)}`, 60);
      if (seen.count > STRENGTH_CHECKS_PER_IP_MINUTE) throw new TesseraError('rate_limited', { retryAfterSeconds: seen.resetInSeconds, scope: 'ip' });
      return strengthReport(body, deps.policy.password);
    },
  );

  route(
    {
      method: 'GET',
      url: '/v1/me/factors',
      operationId: 'listFactorMethods',
      tags: ['security center'],
      auth: 'session',
      summary: 'Which second factors the account has on',
      response: { 200: Type.Object({ methods: Type.Array(FactorMethod) }) },
      errors: [],
    },
    async ({ session }) => ({ methods: await deps.factors.methods(session.accountId) }),
  );
}
