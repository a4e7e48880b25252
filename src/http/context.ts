import type { FastifyRequest } from 'fastify';
import type { Locale } from '../core/locale.ts';
import type { FlowRecord, RequestContext } from '../flows/index.ts';
import { fieldOf, requestLocale } from './envelope.ts';

const SKEW_LIMIT_SECONDS = 300;

/** The one hint so far (docs/errors.md, "Hints"). */
export interface ClockSkewHint {
  code: 'clock_skew';
  skewSeconds: number;
}

type Annotated = FastifyRequest & { hints?: ClockSkewHint[]; clientSkewSeconds?: number };

function hintSkew(req: Annotated, skewSeconds: number): void {
  if (Math.abs(skewSeconds) > SKEW_LIMIT_SECONDS) req.hints = [{ code: 'clock_skew', skewSeconds }];
}

/**
 * The `clock_skew` hint: the device clock is more than 5 minutes off, which breaks SMS timestamps
 * and TOTP. Judged from the request's own `clientTime` (body or query) when it sends one; else
 * from what its flow remembers (`rememberedSkew`).
 */
export function noteClockSkew(req: FastifyRequest, now: Date): void {
  const raw = fieldOf(req.body, 'clientTime') ?? fieldOf(req.query, 'clientTime');
  if (typeof raw !== 'string') return;
  const client = Date.parse(raw);
  if (Number.isNaN(client)) return;
  const skewSeconds = Math.round((client - now.getTime()) / 1000);
  (req as Annotated).clientSkewSeconds = skewSeconds;
  hintSkew(req as Annotated, skewSeconds);
}

/** A request without a `clientTime` of its own gets the hint from the skew its flow remembers. */
function rememberedSkew(req: Annotated, flow: FlowRecord): void {
  const remembered = flow.data.clientSkewSeconds;
  if (req.clientSkewSeconds === undefined && typeof remembered === 'number') hintSkew(req, remembered);
}

export function withHints<T extends object>(req: FastifyRequest, body: T): T & { hints?: ClockSkewHint[] } {
  const hints = (req as Annotated).hints;
  return hints && hints.length > 0 ? { ...body, hints } : body;
}

export function requestContext(req: FastifyRequest, fallback: Locale): RequestContext {
  return {
    ip: req.ip,
    locale: requestLocale(req, fallback),
    clientSkewSeconds: (req as Annotated).clientSkewSeconds,
    onFlow: (flow) => rememberedSkew(req as Annotated, flow),
  };
}
