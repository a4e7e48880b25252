import type { DeliveryReceipt } from '../../port.ts';

/** Final states of SMPP 3.4 Appendix B receipts (`stat:`), by their 7-letter names. */
const STAT: Record<string, DeliveryReceipt['status']> = {
  DELIVRD: 'delivered',
  EXPIRED: 'failed',
  DELETED: 'failed',
  UNDELIV: 'failed',
  REJECTD: 'failed',
  ACCEPTD: 'sent',
  ENROUTE: 'sent',
  UNKNOWN: 'sent',
};

/** The message_state TLV (SMPP 3.4 §5.3.2.35) mapped the same way, for SMSCs that send it. */
const MESSAGE_STATE: Record<number, DeliveryReceipt['status']> = {
  1: 'sent',
  2: 'delivered',
  3: 'failed',
  4: 'failed',
  5: 'failed',
  6: 'sent',
  7: 'sent',
  8: 'failed',
};

const SMSC_DELIVERY_RECEIPT = 0x04;

/**
 * A receipt from a deliver_sm, or undefined when the deliver_sm is a mobile-originated message.
 * The TLVs (receipted_message_id, message_state) win over the text, which SMSCs format loosely.
 */
export function receiptFromDeliverSm(pdu: Readonly<Record<string, unknown>>): DeliveryReceipt | undefined {
  const esmClass = typeof pdu.esm_class === 'number' ? pdu.esm_class : 0;
  if ((esmClass & 0x3c) !== SMSC_DELIVERY_RECEIPT) return undefined;
  const fromText = parseSmppReceiptText(messageText(pdu.short_message) ?? messageText(pdu.message_payload) ?? '');
  const tlvId = typeof pdu.receipted_message_id === 'string' ? pdu.receipted_message_id : undefined;
  const tlvState = typeof pdu.message_state === 'number' ? MESSAGE_STATE[pdu.message_state] : undefined;
  const providerMessageId = tlvId ?? fromText?.providerMessageId;
  const status = tlvState ?? fromText?.status;
  if (!providerMessageId || !status) return undefined;
  const errorCode = status === 'failed' ? fromText?.errorCode : undefined;
  return errorCode ? { providerMessageId, status, errorCode } : { providerMessageId, status };
}

/** `id:IIII sub:SSS dlvrd:DDD submit date:YYMMDDhhmm done date:YYMMDDhhmm stat:DDDDDDD err:E text:...` */
export function parseSmppReceiptText(text: string): DeliveryReceipt | undefined {
  const id = /(?:^|\s)id:(\S+)/i.exec(text)?.[1];
  const stat = /(?:^|\s)stat:(\w+)/i.exec(text)?.[1]?.toUpperCase();
  const status = stat === undefined ? undefined : STAT[stat];
  if (!id || !status) return undefined;
  const err = /(?:^|\s)err:(\w+)/i.exec(text)?.[1];
  return status === 'failed' && err ? { providerMessageId: id, status, errorCode: err } : { providerMessageId: id, status };
}

function messageText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return value.toString('latin1');
  if (typeof value === 'object' && value !== null && 'message' in value) {
    const m = (value as { message: unknown }).message;
    return typeof m === 'string' ? m : Buffer.isBuffer(m) ? m.toString('latin1') : undefined;
  }
  return undefined;
}
