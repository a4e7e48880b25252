/**
 * The gateway adapters by `sms.providers.<name>.type`. Validate a provider's settings first, then
 * create its sender from what `validate` returned; nothing else about an adapter leaks out.
 * Vendors are plain HTTPS calls signed with node:crypto; the `smpp` package loads on first use.
 */
import type { SmsSender } from '../port.ts';
import { createAliyunSender, validateAliyunConfig } from './aliyun/index.ts';
import { createHttpSender, validateHttpConfig } from './http/index.ts';
import { createKannelSender, validateKannelConfig } from './kannel/index.ts';
import type { AdapterDeps } from './shared/deps.ts';
import { createSmppSender, validateSmppConfig } from './smpp/index.ts';
import { createTencentSender, validateTencentConfig } from './tencent/index.ts';
import { createTwilioSender, validateTwilioConfig } from './twilio/index.ts';

export type { AdapterDeps, AdapterLogger } from './shared/deps.ts';
export { parseAliyunReports, ALIYUN_REPORT_ACK } from './aliyun/index.ts';
export { parseHttpReceipt, verifyTesseraSignature, signTesseraPayload } from './http/index.ts';
export { parseKannelDlr } from './kannel/index.ts';
export { parseTencentStatus, TENCENT_STATUS_ACK } from './tencent/index.ts';
export { parseTwilioStatus, verifyTwilioSignature } from './twilio/index.ts';

export type AdapterType = 'kannel' | 'smpp' | 'twilio' | 'aliyun' | 'tencent' | 'http';

export interface Adapter {
  /** Throws ConfigError naming the bad key under `path` (e.g. `sms.providers.cn1`). */
  validate(raw: unknown, path: string): unknown;
  /** `config` must be what `validate` returned. */
  create(config: unknown, deps: AdapterDeps): SmsSender;
}

function adapter<C>(validate: (raw: unknown, path: string) => C, create: (config: C, deps: AdapterDeps) => SmsSender): Adapter {
  return { validate, create: (config, deps) => create(config as C, deps) };
}

export const ADAPTERS: Record<AdapterType, Adapter> = {
  kannel: adapter(validateKannelConfig, createKannelSender),
  smpp: adapter(validateSmppConfig, createSmppSender),
  twilio: adapter(validateTwilioConfig, createTwilioSender),
  aliyun: adapter(validateAliyunConfig, createAliyunSender),
  tencent: adapter(validateTencentConfig, createTencentSender),
  http: adapter(validateHttpConfig, createHttpSender),
};
