import { TesseraError } from '../../../core/errors.ts';
import type { DeliveryReceipt } from '../../port.ts';

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
  const status = type === undefined ? undefined : DLR_TYPES[type];
  if (!id || status === undefined) {
    throw new TesseraError('invalid_request', { reason: 'not a Kannel delivery report', dlrType: type ?? null });
  }
  if (status === 'failed' && reply) return { messageId: id, status, errorCode: reply.slice(0, 64) };
  return { messageId: id, status };
}
