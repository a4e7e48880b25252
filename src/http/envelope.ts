import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { TesseraError, isTesseraError, type ErrorCode } from '../core/errors.ts';
import { pickLocale, type Locale } from '../core/locale.ts';
import { messageFor } from '../core/messages.ts';
import { HTTP_STATUS } from './status.ts';

/**
 * A field of a request part read before or beside its route's validation (the locale, the
 * device clock), where the part may still be anything.
 */
export function fieldOf(part: unknown, key: string): unknown {
  return typeof part === 'object' && part !== null ? Reflect.get(part, key) : undefined;
}

export function requestLocale(req: FastifyRequest, fallback: Locale): Locale {
  const explicit = fieldOf(req.body, 'locale') ?? fieldOf(req.query, 'locale');
  return pickLocale(explicit, req.headers['accept-language'], fallback);
}

/** Maps what Fastify itself refuses (parsing, schema, size) onto our codes. */
function fromFastify(err: FastifyError): TesseraError | null {
  if (err.validation) {
    const first = err.validation[0];
    const params = (first?.params ?? {}) as Record<string, unknown>;
    const path = (first?.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    const field = [path, params.missingProperty ?? params.additionalProperty].filter(Boolean).join('.') || (err.validationContext ?? 'body');
    return new TesseraError('invalid_request', { field, reason: first?.keyword ?? 'invalid', ...(first?.message ? { rule: first.message } : {}) });
  }
  switch (err.code) {
    case 'FST_ERR_BAD_URL':
      return new TesseraError('invalid_request', { field: 'url', reason: 'encoding' });
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new TesseraError('not_found'); // a path segment longer than any id names nothing
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new TesseraError('unsupported_media_type');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new TesseraError('payload_too_large');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new TesseraError('invalid_request', { field: 'body', reason: 'json' });
  }
  if (err instanceof SyntaxError || err.statusCode === 400) return new TesseraError('invalid_request', { field: 'body', reason: 'json' });
  if (err.statusCode === 413) return new TesseraError('payload_too_large');
  if (err.statusCode === 415) return new TesseraError('unsupported_media_type');
  return null;
}

/** The one error envelope: `{error: {code, message, details}}`, a message in the request's language. */
export function sendError(req: FastifyRequest, reply: FastifyReply, raw: unknown, fallback: Locale): FastifyReply {
  const err: TesseraError = isTesseraError(raw) ? raw : (fromFastify(raw as FastifyError) ?? new TesseraError('internal_error'));
  if (err.code === 'internal_error') req.log.error({ err: raw }, 'unhandled error');
  const status = HTTP_STATUS[err.code as ErrorCode];
  const details = err.details ?? {};
  const retryAfter = (details as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(Math.max(1, Math.ceil(retryAfter))));
  const hints = (req as { hints?: unknown[] }).hints;
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({
      error: { code: err.code, message: messageFor(err.code, requestLocale(req, fallback), details), details },
      ...(hints && hints.length > 0 ? { hints } : {}),
    });
}
