import { TesseraError } from '../../../core/errors.ts';
import type { DeliveryReceipt } from '../../port.ts';

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
