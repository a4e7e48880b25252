import type { FastifyRequest } from 'fastify';
import pino from 'pino';
import { maskPhonesInText } from '../phone/index.ts';

/** Long opaque path segments (flow ids, tokens) and phone numbers never reach the log in full. */
export function safeUrl(url: string): string {
  let [path = '', query] = url.split('?', 2) as [string, string | undefined];
  path = path.replace(/[A-Za-z0-9_-]{16,}/g, (s) => `${s.slice(0, 4)}…`);
  path = maskPhonesInText(decodeURIComponentSafe(path));
  if (query) query = maskPhonesInText(decodeURIComponentSafe(query)).replace(/(token|code|password|secret)=[^&]*/gi, '$1=[redacted]');
  return query ? `${path}?${query}` : path;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export const REDACT_PATHS = ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.code', '*.token', '*.deviceToken', '*.secret'];

export function loggerOptions(level: string) {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      // Database errors carry the query's parameters (numbers, hashes): keep the error, drop those.
      err(err: Error) {
        const out = pino.stdSerializers.err(err) as unknown as Record<string, unknown>;
        delete out.params;
        delete out.parameters;
        if (typeof out.message === 'string') out.message = maskPhonesInText(out.message);
        if (typeof out.stack === 'string') out.stack = maskPhonesInText(out.stack);
        return out;
      },
      req(req: FastifyRequest) {
        return { method: req.method, url: safeUrl(req.url), ip: req.ip };
      },
    },
    formatters: {
      log(obj: Record<string, unknown>) {
        if (typeof obj.msg === 'string') obj.msg = maskPhonesInText(obj.msg);
        return obj;
      },
    },
    hooks: {
      logMethod(this: unknown, args: unknown[], method: (...a: unknown[]) => void) {
        // Free-text messages are masked too: a number slipped into a message string stays hidden.
        const i = args.findIndex((a) => typeof a === 'string');
        if (i >= 0) args[i] = maskPhonesInText(args[i] as string);
        method.apply(this, args);
      },
    },
  };
}
