import type { FastifyRequest } from 'fastify';
import type { Locale } from '../core/locale.ts';
import type { RequestContext } from '../flows/index.ts';
import { requestLocale } from './envelope.ts';

const SKEW_LIMIT_SECONDS = 300;

/** The `clock_skew` hint: the device clock is more than 5 minutes off, which breaks SMS timestamps and TOTP. */
export function noteClockSkew(req: FastifyRequest, now: Date): void {
  const body = req.body as { clientTime?: unknown } | undefined;
  const query = req.query as { clientTime?: unknown } | undefined;
  const raw = (body && typeof body === 'object' ? body.clientTime : undefined) ?? query?.clientTime;
  if (typeof raw !== 'string') return;
  const client = Date.parse(raw);
  if (Number.isNaN(client)) return;
  const skewSeconds = Math.round((client - now.getTime()) / 1000);
  if (Math.abs(skewSeconds) > SKEW_LIMIT_SECONDS) (req as { hints?: unknown[] }).hints = [{ code: 'clock_skew', skewSeconds }];
}

export function withHints<T extends object>(req: FastifyRequest, body: T): T & { hints?: unknown[] } {
  const hints = (req as { hints?: unknown[] }).hints;
  return hints && hints.length > 0 ? { ...body, hints } : body;
}

export function requestContext(req: FastifyRequest, fallback: Locale): RequestContext {
  return { ip: req.ip, locale: requestLocale(req, fallback) };
}
