import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TesseraError } from '../../core/errors.ts';
import { ALIYUN_REPORT_ACK, TENCENT_STATUS_ACK } from '../../sms/adapters/index.ts';
import type { SmsReceipts } from '../../sms/index.ts';
import { assertCleanInput } from '../edge-input.ts';

const tags = ['sms'];
const params = { type: 'object', required: ['name'], properties: { name: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' } } } as const;
/**
 * What Kannel fills in on the dlr-url Tessera gives it (`dlrCallbackUrl`): our message id, the DLR
 * type (`%d`) and the SMSC's reply (`%A`); other keys an operator adds are taken as strings.
 * Named as properties, so the OpenAPI document lists them as query parameters.
 */
const kannelQuery = {
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 256, description: 'The message id Tessera put in the dlr-url' },
    status: { type: 'string', maxLength: 256, description: 'Kannel\'s DLR type (`%d`): 1 delivered to the phone, 2 not delivered, 4 queued on the SMSC, 8 delivered to the SMSC, 16 rejected by the SMSC' },
    reply: { type: 'string', maxLength: 256, description: 'The SMSC\'s reply (`%A`)' },
  },
  additionalProperties: { type: 'string', maxLength: 256 },
} as const;
/** Alibaba Cloud and Tencent Cloud push receipts in batches. */
const BATCH_BODY_LIMIT = 1024 * 1024;

function name(req: FastifyRequest): string {
  return (req.params as { name: string }).name;
}

/** A body these routes parse themselves gets the edge's check on what it holds (http/edge-input.ts). */
function json(raw: unknown): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(raw ?? ''));
  } catch {
    throw new TesseraError('invalid_request', { reason: 'body is not JSON' });
  }
  assertCleanInput(parsed, 'body');
  return parsed;
}

function header(req: FastifyRequest, key: string): string | undefined {
  const value = req.headers[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Delivery receipts from the gateways, one URL per provider: `/v1/sms/receipts/<type>/<name>`
 * (docs/sms.md says what to configure at each vendor). Bodies are kept raw: signatures are
 * computed over the bytes as sent, and each gateway type is parsed by its own adapter.
 */
export function smsReceiptRoutes(app: FastifyInstance, receipts: SmsReceipts): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(['application/json', 'application/x-www-form-urlencoded', 'text/plain'], { parseAs: 'string', bodyLimit: BATCH_BODY_LIMIT }, (_req, body, done) => done(null, body));

    scope.get('/v1/sms/receipts/kannel/:name', {
      schema: { tags, summary: 'Kannel delivery report (dlr-url)', params, querystring: kannelQuery },
    }, async (req, reply) => {
      await receipts.kannel(name(req), req.query as Record<string, string>);
      return reply.type('text/plain').send('OK');
    });

    scope.post('/v1/sms/receipts/twilio/:name', {
      schema: { tags, summary: 'Twilio status callback (X-Twilio-Signature checked)', params },
    }, async (req, reply: FastifyReply) => {
      const at = req.url.indexOf('?');
      const params = Object.fromEntries(new URLSearchParams(String(req.body ?? '')));
      assertCleanInput(params, 'body');
      await receipts.twilio(name(req), {
        search: at >= 0 ? req.url.slice(at) : '',
        params,
        signature: header(req, 'x-twilio-signature'),
      });
      return reply.code(200).send('');
    });

    scope.post('/v1/sms/receipts/aliyun/:name', { schema: { tags, summary: 'Alibaba Cloud SmsReport batch push', params } }, async (req) => {
      await receipts.aliyun(name(req), json(req.body));
      return ALIYUN_REPORT_ACK;
    });

    scope.post('/v1/sms/receipts/tencent/:name', { schema: { tags, summary: 'Tencent Cloud delivery status callback', params } }, async (req) => {
      await receipts.tencent(name(req), json(req.body));
      return TENCENT_STATUS_ACK;
    });

    scope.post('/v1/sms/receipts/http/:name', {
      schema: { tags, summary: 'Generic webhook receipt (X-Tessera-Signature checked)', params },
    }, async (req) => {
      const raw = String(req.body ?? '');
      // Signed over the raw text, parsed by the adapter after the signature: checked here on a parse of its own.
      try {
        assertCleanInput(JSON.parse(raw), 'body');
      } catch (err) {
        if (!(err instanceof SyntaxError)) throw err;
      }
      await receipts.http(name(req), raw, header(req, 'x-tessera-signature'));
      return { received: true };
    });
  });
}
