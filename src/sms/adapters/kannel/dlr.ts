import { Type } from 'typebox';
import { TesseraError } from '../../../core/errors.ts';
import type { DeliveryReceipt } from '../../port.ts';
import type { ReceiptDefinition } from '../shared/adapter.ts';
import type { KannelConfig } from './config.ts';

/** Kannel's DLR types (the `%d` of a dlr-url) and what each means for us. */
const DLR_TYPES: Record<string, DeliveryReceipt['status']> = {
  '1': 'delivered', // delivered to the phone
  '2': 'failed', // the network gave up
  '4': 'sent', // buffered by the SMSC
  '8': 'sent', // accepted by the SMSC
  '16': 'failed', // rejected by the SMSC
};

/**
 * Parses the query of a Kannel dlr-url callback (`id`, `status` = `%d`, `reply` = `%A`, as built by
 * the Kannel sender). Throws `invalid_request` for a callback that is not one of ours.
 */
export function parseKannelDlr(query: Readonly<Record<string, string | undefined>>): DeliveryReceipt {
  const { id, status: type, reply } = query;
  const status = type === undefined || !Object.hasOwn(DLR_TYPES, type) ? undefined : DLR_TYPES[type];
  if (!id || status === undefined) {
    throw new TesseraError('invalid_request', { reason: 'not a Kannel delivery report', dlrType: type ?? null });
  }
  if (status === 'failed' && reply) return { messageId: id, status, errorCode: reply.slice(0, 64) };
  return { messageId: id, status };
}

/**
 * What Kannel fills in on the dlr-url Tessera gives it (`dlrCallbackUrl`): our message id, the DLR
 * type (`%d`) and the SMSC's reply (`%A`); other keys an operator adds are taken as strings.
 * Named as properties, so the OpenAPI document lists them as query parameters.
 */
const DlrQuery = Type.Object(
  {
    id: Type.Optional(Type.String({ maxLength: 256, description: 'The message id Tessera put in the dlr-url' })),
    status: Type.Optional(
      Type.String({
        maxLength: 256,
        description:
          "Kannel's DLR type (`%d`): 1 delivered to the phone, 2 not delivered, 4 queued on the SMSC, 8 delivered to the SMSC, 16 rejected by the SMSC",
      }),
    ),
    reply: Type.Optional(Type.String({ maxLength: 256, description: "The SMSC's reply (`%A`)" })),
  },
  { additionalProperties: Type.String({ maxLength: 256 }) },
);

/** GET <dlr-url>?id=…&status=%d&reply=%A, answered `OK`. Kannel does not sign its callbacks. */
export const KANNEL_DLR: ReceiptDefinition<KannelConfig, typeof DlrQuery> = {
  method: 'GET',
  summary: 'Kannel delivery report (dlr-url)',
  request: DlrQuery,
  parse: (_config, query) => [parseKannelDlr(query)],
  ack: { status: 200, contentType: 'text/plain', body: 'OK', schema: Type.Literal('OK') },
};
