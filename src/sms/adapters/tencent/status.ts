import { Type } from 'typebox';
import { TesseraError } from '../../../core/errors.ts';
import type { DeliveryReceipt } from '../../port.ts';
import type { ReceiptDefinition } from '../shared/adapter.ts';
import type { TencentConfig } from './config.ts';

/**
 * Parses a delivery status callback (短信下发状态通知): a JSON array of `{ report_status, errmsg,
 * sid, ... }`, where `sid` is the SerialNo that SendSms returned. Tencent Cloud does not echo our
 * id here. The endpoint must answer `{"result":0,"errmsg":"OK"}`.
 */
export function parseTencentStatus(body: unknown): DeliveryReceipt[] {
  if (!Array.isArray(body)) throw new TesseraError('invalid_request', { reason: 'not a Tencent Cloud status callback' });
  return body.map((item: unknown) => {
    const r = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const ok = r.report_status === 'SUCCESS';
    if ((!ok && r.report_status !== 'FAIL') || typeof r.sid !== 'string' || r.sid === '') {
      throw new TesseraError('invalid_request', { reason: 'not a Tencent Cloud status entry' });
    }
    if (ok) return { providerMessageId: r.sid, status: 'delivered' };
    return typeof r.errmsg === 'string' && r.errmsg
      ? { providerMessageId: r.sid, status: 'failed', errorCode: r.errmsg }
      : { providerMessageId: r.sid, status: 'failed' };
  });
}

/** The answer the callback expects. */
export const TENCENT_STATUS_ACK = { result: 0, errmsg: 'OK' } as const;

/** One entry of a status callback; Tencent Cloud sends more fields, which are let through. */
const StatusCallback = Type.Array(
  Type.Object(
    {
      report_status: Type.Union([Type.Literal('SUCCESS'), Type.Literal('FAIL')]),
      sid: Type.String({ minLength: 1, description: 'The SerialNo SendSms returned' }),
      errmsg: Type.Optional(Type.String()),
    },
    { additionalProperties: true },
  ),
);

/** 短信下发状态通知. Tencent Cloud signs nothing here; the URL is the provider's own. */
export const TENCENT_STATUS: ReceiptDefinition<TencentConfig, typeof StatusCallback> = {
  method: 'POST',
  summary: 'Tencent Cloud delivery status callback',
  request: StatusCallback,
  body: 'json',
  parse: (_config, body) => parseTencentStatus(body),
  ack: {
    status: 200,
    contentType: 'application/json',
    body: TENCENT_STATUS_ACK,
    schema: Type.Object({ result: Type.Literal(0), errmsg: Type.String() }),
  },
};
