import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse as parseCookie, serialize as serializeCookie } from 'cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TesseraError } from '../core/errors.ts';
import { fieldOf } from './envelope.ts';

/**
 * Browser sessions (docs/ui.md): the hosted pages never hold a session or device token. A request
 * that says `X-Tessera-Session: cookie` gets any session it is granted as an HttpOnly,
 * SameSite=Lax cookie instead of in the body, and its device token as another; the session
 * cookie then authenticates like a bearer token.
 *
 * CSRF: a cookie-authenticated write must carry `X-CSRF-Token`, an HMAC of the session id under
 * a server key, which the pages read from a non-HttpOnly cookie set beside the session. A
 * cross-site page can neither read that cookie nor send a custom header without a CORS preflight
 * (Tessera answers none), and the token dies with its session, so a planted cookie is useless.
 * `Sec-Fetch-Site: cross-site` and a foreign `Origin` are refused outright as a second line.
 *
 * In start mode the cookies are always `Secure` and `__Host-` prefixed (docs/ui.md), whatever the
 * request's protocol looks like from here: behind a TLS-terminating proxy that `http.trustProxy`
 * does not name, every request looks like plain HTTP. Only `__Host-` cookies are read then, which
 * a sibling subdomain or a plain-HTTP page cannot set. In dev mode on plain HTTP they are neither.
 */
export const WEB_SESSION_HEADER = 'x-tessera-session';
export const CSRF_HEADER = 'x-csrf-token';

const SESSION = 'tessera_session';
const CSRF = 'tessera_csrf';
const DEVICE = 'tessera_device';
/** Chromium caps cookie lifetimes at 400 days. */
const DEVICE_MAX_AGE_SECONDS = 400 * 86_400;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Secure cookies get the `__Host-` prefix (no Domain, Path=/, not settable over plain HTTP). */
function cookieName(base: string, secure: boolean): string {
  return secure ? `__Host-${base}` : base;
}

function cookies(req: FastifyRequest): Record<string, string | undefined> {
  const header = req.headers.cookie;
  return header ? parseCookie(header) : {};
}

/** `secureOnly`: only the `__Host-` cookie counts (start mode). */
function readCookie(req: FastifyRequest, base: string, secureOnly: boolean): string | undefined {
  const jar = cookies(req);
  return jar[`__Host-${base}`] ?? (secureOnly ? undefined : jar[base]);
}

/** Whether the cookies of this request are `Secure` and `__Host-` prefixed: always in start mode, else over TLS. */
function secureCookies(req: FastifyRequest, mode: CookieMode): boolean {
  return mode === 'production' || req.protocol === 'https';
}

export type CookieMode = 'dev' | 'production';

/** The session token of a request: the bearer header first, else the web session cookie. */
export function sessionTokenOf(req: FastifyRequest, mode: CookieMode): { token: string; via: 'bearer' | 'cookie' } | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return { token: header.slice(7).trim(), via: 'bearer' };
  const token = readCookie(req, SESSION, mode === 'production');
  return token ? { token, via: 'cookie' } : null;
}

export function csrfTokenFor(key: Uint8Array, sessionId: string): string {
  return createHmac('sha256', key).update(`csrf/v1:${sessionId}`).digest('base64url');
}

function crossSite(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = req.headers.origin;
  if (!origin || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).host !== req.host;
  } catch {
    return true;
  }
}

/** Refuses a cookie-authenticated write that lacks this session's CSRF token or comes from another site. */
export function assertCsrf(req: FastifyRequest, key: Uint8Array, sessionId: string): void {
  if (SAFE_METHODS.has(req.method)) return;
  const sent = req.headers[CSRF_HEADER];
  const expected = Buffer.from(csrfTokenFor(key, sessionId));
  const given = Buffer.from(typeof sent === 'string' ? sent : '');
  const ok = given.length === expected.length && timingSafeEqual(given, expected);
  if (!ok || crossSite(req)) throw new TesseraError('forbidden', { reason: 'csrf' });
}

function wantsCookies(req: FastifyRequest): boolean {
  return req.headers[WEB_SESSION_HEADER] === 'cookie';
}

interface Grant {
  session?: { token?: unknown; expiresAt?: unknown };
  deviceToken?: unknown;
}

function setCookie(reply: FastifyReply, secure: boolean, base: string, value: string, options: { httpOnly: boolean; maxAge: number }): void {
  reply.header(
    'set-cookie',
    serializeCookie(cookieName(base, secure), value, {
      path: '/',
      sameSite: 'lax',
      secure,
      httpOnly: options.httpOnly,
      maxAge: options.maxAge,
    }),
  );
}

export interface WebSessionOptions {
  /** `production` (`tessera start`): cookies are `Secure` and `__Host-` prefixed on every request. */
  mode: CookieMode;
  /** Key for CSRF tokens (a purpose-derived server key). */
  csrfKey: Uint8Array;
  /** The cookie lifetime: the session's absolute limit; the server still ends idle sessions sooner. */
  sessionMaxAgeSeconds: number;
}

/** Hooks that move granted tokens into cookies, feed the device cookie back to logins, and clear cookies on logout. */
export function webSessionHooks(app: FastifyInstance, options: WebSessionOptions): void {
  // Callback-style hooks: they run on every request, and most requests use no cookies at all.
  app.addHook('preValidation', (req, _reply, done) => {
    if (!wantsCookies(req)) return done();
    if (crossSite(req)) return done(new TesseraError('forbidden', { reason: 'csrf' }));
    try {
      const device = readCookie(req, DEVICE, options.mode === 'production');
      const takesDevice = fieldOf(fieldOf(req.routeOptions.schema?.body, 'properties'), 'deviceToken') !== undefined;
      if (device && takesDevice && typeof req.body === 'object' && req.body !== null && fieldOf(req.body, 'deviceToken') === undefined)
        Reflect.set(req.body, 'deviceToken', device);
    } catch (err) {
      return done(err as Error);
    }
    done();
  });

  app.addHook('preSerialization', (req, reply, payload: unknown, done) => {
    if (!wantsCookies(req) || !payload || typeof payload !== 'object') return done(null, payload);
    let out: unknown;
    try {
      out = cookieGrant(req, reply, payload, options);
    } catch (err) {
      return done(err as Error);
    }
    done(null, out);
  });

  app.addHook('onSend', (req, reply, payload, done) => {
    // Logging out ends the cookie too; the device cookie stays, so this browser remains a known device.
    if (req.method === 'DELETE' && req.routeOptions.url === '/v1/session' && reply.statusCode < 300 && sessionTokenOf(req, options.mode)?.via === 'cookie') {
      const secure = secureCookies(req, options.mode);
      setCookie(reply, secure, SESSION, '', { httpOnly: true, maxAge: 0 });
      setCookie(reply, secure, CSRF, '', { httpOnly: false, maxAge: 0 });
    }
    done(null, payload);
  });
}

/** A granted session (and a new device token) moved out of the JSON body into cookies. */
function cookieGrant(req: FastifyRequest, reply: FastifyReply, payload: object, options: WebSessionOptions): unknown {
  const grant = payload as Grant;
  const token = grant.session?.token;
  const fresh = typeof grant.deviceToken === 'string' ? grant.deviceToken : undefined;
  if (typeof token !== 'string' && !fresh) return payload;
  const secure = secureCookies(req, options.mode);
  const out: Record<string, unknown> = { ...(payload as Record<string, unknown>) };
  if (typeof token === 'string') {
    const sessionId = token.split('.')[0] ?? '';
    setCookie(reply, secure, SESSION, token, { httpOnly: true, maxAge: options.sessionMaxAgeSeconds });
    setCookie(reply, secure, CSRF, csrfTokenFor(options.csrfKey, sessionId), { httpOnly: false, maxAge: options.sessionMaxAgeSeconds });
    out.session = { expiresAt: grant.session?.expiresAt };
  }
  if (fresh) {
    setCookie(reply, secure, DEVICE, fresh, { httpOnly: true, maxAge: DEVICE_MAX_AGE_SECONDS });
    delete out.deviceToken;
  }
  return out;
}
