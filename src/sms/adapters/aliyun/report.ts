import { Type } from 'typebox';
import { TesseraError } from '../../../core/errors.ts';
import type { DeliveryReceipt } from '../../port.ts';
import type { ReceiptDefinition } from '../shared/adapter.ts';
import type { AliyunConfig } from './config.ts';

/**
 * Parses an SmsReport push (HTTP batch mode): a JSON array of `{ success, err_code, biz_id,
 * out_id, ... }`. `out_id` is our message id (sent as OutId). The endpoint must answer
 * `{"code":0,"msg":"..."}` with HTTP 200, or Alibaba Cloud pushes the batch again.
 */
export function parseAliyunReports(body: unknown): DeliveryReceipt[] {
  if (!Array.isArray(body)) throw new TesseraError('invalid_request', { reason: 'not an SmsReport batch' });
  return body.map((item: unknown) => {
    const r = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof r.success !== 'boolean' || typeof r.biz_id !== 'string' || r.biz_id === '') {
      throw new TesseraError('invalid_request', { reason: 'not an SmsReport entry' });
    }
    const messageId = typeof r.out_id === 'string' && r.out_id !== '' ? r.out_id : undefined;
    const errorCode = !r.success && typeof r.err_code === 'string' ? r.err_code : undefined;
    return {
      ...(messageId ? { messageId } : {}),
      providerMessageId: r.biz_id,
      status: r.success ? 'delivered' : 'failed',
      ...(errorCode ? { errorCode } : {}),
    };
  });
}

/** The answer SmsReport expects. */
export const ALIYUN_REPORT_ACK = { code: 0, msg: '接收成功' } as const;

/** One entry of an SmsReport push; Alibaba Cloud sends more fields, which are let through. */
const SmsReport = Type.Array(
  Type.Object(
    {
      success: Type.Boolean(),
      biz_id: Type.String({ minLength: 1, description: 'The BizId SendSms returned' }),
      out_id: Type.Optional(Type.String({ description: 'Our message id (sent as OutId)' })),
      err_code: Type.Optional(Type.String()),
    },
    { additionalProperties: true },
  ),
);

/** SmsReport, HTTP batch mode. Alibaba Cloud signs nothing here; the URL is the provider's own. */
export const ALIYUN_REPORTS: ReceiptDefinition<AliyunConfig, typeof SmsReport> = {
  method: 'POST',
  summary: 'Alibaba Cloud SmsReport batch push',
  request: SmsReport,
  body: 'json',
  parse: (_config, body) => parseAliyunReports(body),
  ack: {
    status: 200,
    contentType: 'application/json',
    body: ALIYUN_REPORT_ACK,
    schema: Type.Object({ code: Type.Literal(0), msg: Type.String() }),
  },
};
