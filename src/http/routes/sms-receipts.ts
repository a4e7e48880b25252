import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { TesseraError } from '../../core/errors.ts';
import { assertCleanInput } from '../edge-input.ts';
import { SMS_ADAPTERS, type ReceiptRoute } from '../../sms/adapters/index.ts';
import type { IncomingReceipt, SmsReceipts } from '../../sms/index.ts';
import { type Authenticators, routes } from '../route.ts';

const tags = ['sms'];
const Params = Type.Object({ name: Type.String({ pattern: '^[A-Za-z0-9_.-]{1,64}$' }) });
/** Some vendors push receipts in batches. */
const BATCH_BODY_LIMIT = 1024 * 1024;

/** The body as received, for signatures; and the requests whose JSON body did not parse. */
const rawBodies = new WeakMap<FastifyRequest, string>();
const notJson = new WeakSet<FastifyRequest>();

/** The body parsed as the vendor sends it; what it holds gets the edge's check at once (http/edge-input.ts). */
function decode(format: ReceiptRoute['body'], req: FastifyRequest, raw: string): unknown {
  rawBodies.set(req, raw);
  if (format === 'form') {
    // Whatever the vendor's format, a body that is JSON is checked as JSON too: a form parse would
    // read its escapes (`\u0000`) as plain text.
    try {
      assertCleanInput(JSON.parse(raw), 'body');
    } catch (err) {
      if (!(err instanceof SyntaxError)) throw err;
    }
    return clean(Object.fromEntries(new URLSearchParams(raw)));
  }
  try {
    return clean(JSON.parse(raw));
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    // Refused after the signature check, as before: a stranger's garbage is `unauthenticated`.
    notJson.add(req);
    return raw;
  }
}

function clean(body: unknown): unknown {
  assertCleanInput(body, 'body');
  return body;
}

function incoming(req: FastifyRequest): IncomingReceipt {
  const at = req.url.indexOf('?');
  return {
    rawBody: rawBodies.get(req) ?? '',
    search: at >= 0 ? req.url.slice(at) : '',
    header(key) {
      const value = req.headers[key.toLowerCase()];
      return Array.isArray(value) ? value[0] : value;
    },
  };
}

/** The provider's name, before the params are validated (the router matched it; the schema bounds it after). */
const nameOf = (req: FastifyRequest) => String(Object(req.params).name);
const operationId = (type: string) => `smsReceipt${type.charAt(0).toUpperCase()}${type.slice(1)}`;

/**
 * Delivery receipts from the gateways, one URL per provider: `/v1/sms/receipts/<type>/<name>`
 * (docs/sms.md says what to configure at each vendor). Each adapter that takes receipts says its
 * method, the schema of what its gateway sends and the acknowledgement it expects; the steps are
 * the same for all: the provider must exist with that type (404), the adapter checks the
 * signature (401), then the request's shape (400), then the adapter parses it into receipts.
 * Bodies are kept raw beside their parse: signatures are computed over the bytes as sent.
 */
export function smsReceiptRoutes(app: FastifyInstance, auth: Authenticators, receipts: SmsReceipts): void {
  for (const adapter of SMS_ADAPTERS) {
    const route = adapter.receipt;
    if (!route) continue;
    const type = adapter.name;
    void app.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser(
        ['application/json', 'application/x-www-form-urlencoded', 'text/plain'],
        { parseAs: 'string', bodyLimit: BATCH_BODY_LIMIT },
        (req, body, done) => {
          let decoded: unknown;
          try {
            decoded = decode(route.body, req, String(body));
          } catch (err) {
            return done(err instanceof Error ? err : new Error(String(err)));
          }
          done(null, decoded);
        },
      );
      const { ack } = route;
      routes(scope, auth)(
        {
          method: route.method,
          url: `/v1/sms/receipts/${type}/:name`,
          operationId: operationId(type),
          tags,
          summary: route.summary,
          params: Params,
          ...(route.method === 'GET' ? { querystring: route.request } : { body: route.request }),
          response: { [ack.status]: { description: 'The acknowledgement the gateway expects', content: { [ack.contentType]: { schema: ack.schema } } } },
          // The provider must exist with this type (404), its signature hold (401), its shape be the vendor's (400).
          errors: ['not_found', 'unauthenticated', 'invalid_request'],
          preValidation: async (req) => {
            receipts.authenticate(type, nameOf(req), incoming(req));
            if (notJson.has(req)) throw new TesseraError('invalid_request', { reason: 'body is not JSON' });
          },
        },
        async ({ req, reply, params, query, body }) => {
          await receipts.receive(type, params.name, route.method === 'GET' ? query : body, incoming(req));
          reply.code(ack.status);
          if (ack.contentType === 'text/plain') reply.type('text/plain');
          return reply.send(ack.body);
        },
      );
    });
  }
}
