/**
 * The gateway adapters, by `sms.providers.<name>.type`: the one list. Each vendor folder exports
 * one descriptor (shared/adapter.ts): its settings schema, its sender and, where the vendor posts
 * delivery receipts, its receipt handler. Adding a vendor is a folder and a line here.
 * Vendors are plain HTTPS calls signed with node:crypto; the `smpp` package loads on first use.
 */
import { aliyun } from './aliyun/index.ts';
import { http } from './http/index.ts';
import { kannel } from './kannel/index.ts';
import type { SmsAdapter } from './shared/adapter.ts';
import { smpp } from './smpp/index.ts';
import { tencent } from './tencent/index.ts';
import { twilio } from './twilio/index.ts';

export const SMS_ADAPTERS: readonly SmsAdapter[] = [kannel, smpp, twilio, aliyun, tencent, http];

/** The adapter of a provider type, or undefined (an own-key look-up: "toString" is no type). */
export function smsAdapter(type: string): SmsAdapter | undefined {
  return SMS_ADAPTERS.find((a) => a.name === type);
}

export type { AdapterDeps, AdapterLogger } from './shared/deps.ts';
export type { ConfiguredProvider, ProviderReceipts, ReceiptAck, ReceiptRequest, ReceiptRoute, SmsAdapter } from './shared/adapter.ts';
export { signTesseraPayload } from './http/index.ts';
export { renderProviderSettings, renderSmsDocs } from './docs.ts';
