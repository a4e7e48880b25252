import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TesseraError } from '../../core/errors.ts';
import { ipBudgetKey } from '../../policy/ip.ts';
import { uiBundle, type Asset } from '../../ui/server/bundle.ts';
import { PAGE_HEADERS, clientConfig, shellHtml } from '../../ui/server/shell.ts';
import { strengthReport } from '../../ui/server/strength.ts';
import type { HttpDeps } from '../deps.ts';
import { localeSchema, passwordSchema } from '../schemas.ts';
import { webSessionHooks } from '../web-session.ts';
import { requireSession } from './accounts.ts';

/** The paths the hosted pages answer; each gets the same document and the script draws the page. */
export const UI_PAGES = ['/', '/signup', '/login', '/forgot', '/security'] as const;
export const DEV_UI_PAGES = ['/dev/inbox'] as const;

/** Strength checks per client IP per minute: enough for a person typing, not for a guessing oracle at scale. */
const STRENGTH_CHECKS_PER_IP_MINUTE = 120;

function sendAsset(req: FastifyRequest, reply: FastifyReply, asset: Asset, cache: string): FastifyReply {
  reply.header('etag', asset.etag).header('cache-control', cache).header('vary', 'accept-encoding').header('x-content-type-options', 'nosniff');
  if (req.headers['if-none-match'] === asset.etag) return reply.code(304).send();
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) reply.header('content-encoding', 'gzip');
  return reply.type(asset.type).send(gzip ? asset.gzip : asset.body);
}

/** Hosted pages (docs/ui.md): the document, its bundled assets, browser sessions, and the two small APIs the pages need. */
export function uiRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const dev = deps.mode === 'dev';
  webSessionHooks(app, { mode: deps.mode, csrfKey: deps.keys.hmac, sessionMaxAgeSeconds: deps.policy.sessions.absoluteDays * 86_400 });

  let html: string | undefined;
  const page = async (_req: FastifyRequest, reply: FastifyReply) => {
    const bundle = await uiBundle();
    html ??= shellHtml(clientConfig(deps.policy, dev, bundle), bundle);
    return reply.headers(PAGE_HEADERS).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  };
  for (const path of [...UI_PAGES, ...(dev ? DEV_UI_PAGES : [])]) app.get(path, { schema: { hide: true } }, page);

  app.get('/ui/:file', { schema: { hide: true, params: { type: 'object', properties: { file: { type: 'string', maxLength: 64 } } } } }, async (req, reply) => {
    const bundle = await uiBundle();
    const asset = bundle.byPath.get(`/ui/${(req.params as { file: string }).file}`);
    if (!asset) throw new TesseraError('not_found');
    return sendAsset(req, reply, asset, 'public, max-age=31536000, immutable');
  });

  app.post('/v1/password-strength', {
    schema: {
      tags: ['registration'], summary: 'How guessable a password is, judged as registration will judge it (for a live meter)',
      description: 'zxcvbn-ts with the phone and handle as words an attacker tries first. `feedback` holds the advice as zxcvbn-ts keys, for translation.',
      body: {
        type: 'object', required: ['password'], additionalProperties: false,
        properties: { password: passwordSchema, phone: { type: 'string', maxLength: 64 }, handle: { type: 'string', maxLength: 64 }, locale: localeSchema },
      },
      response: { 200: { type: 'object', properties: {
        score: { type: 'integer' }, minScore: { type: 'integer' }, acceptable: { type: 'boolean' },
        warning: { type: ['string', 'null'] }, suggestions: { type: 'array', items: { type: 'string' } },
        feedback: { type: 'object', properties: { warning: { type: ['string', 'null'] }, suggestions: { type: 'array', items: { type: 'string' } } } },
      } } },
    },
  }, async (req) => {
    const seen = await deps.counters.hit(`password-strength:${ipBudgetKey(req.ip)}`, 60);
    if (seen.count > STRENGTH_CHECKS_PER_IP_MINUTE) throw new TesseraError('rate_limited', { retryAfterSeconds: seen.resetInSeconds, scope: 'ip' });
    return strengthReport(req.body as { password: string; phone?: string; handle?: string }, deps.policy.password);
  });

  app.get('/v1/me/factors', {
    schema: {
      tags: ['security center'], security: [{ session: [] }], summary: 'Which second factors the account has on',
      response: { 200: { type: 'object', properties: { methods: { type: 'array', items: { type: 'string', enum: ['totp', 'passkey', 'recovery_code'] } } } } },
    },
  }, async (req) => ({ methods: await deps.factors.methods((await requireSession(deps, req)).accountId) }));
}
