import type { SmsPurpose } from '../../port.ts';
import { ConfigReader } from '../shared/config.ts';

export interface TencentConfig {
  readonly secretId: string;
  readonly secretKey: string;
  readonly smsSdkAppId: string;
  /** The approved signature (签名) for mainland numbers; other regions go without one. */
  readonly signName: string;
  /** Approved template ids per purpose, with the message params that fill {1}, {2}, … in order. */
  readonly templates: Partial<Record<SmsPurpose, { id: string; params: string[] }>>;
  /** X-TC-Region: ap-guangzhou, ap-beijing or ap-nanjing. */
  readonly region: string;
  readonly senderId?: string;
  /** Overrides https://sms.tencentcloudapi.com (a nearby endpoint, or a local fake in tests). */
  readonly endpoint: string;
  readonly timeoutMs: number;
}

export function validateTencentConfig(raw: unknown, path: string): TencentConfig {
  const r = new ConfigReader(raw, path, 'tencent');
  const config: TencentConfig = {
    secretId: r.string('secretId'),
    secretKey: r.string('secretKey'),
    smsSdkAppId: r.string('smsSdkAppId', { pattern: /^\d+$/, hint: 'the SDK AppID digits (e.g. "1400006666")' }),
    signName: r.string('signName'),
    templates: r.templates('templates'),
    region: r.optionalString('region', { pattern: /^ap-(guangzhou|beijing|nanjing)$/, hint: 'ap-guangzhou, ap-beijing or ap-nanjing' }) ?? 'ap-guangzhou',
    senderId: r.optionalString('senderId'),
    endpoint: r.optionalUrl('endpoint') ?? 'https://sms.tencentcloudapi.com/',
    timeoutMs: r.int('timeoutMs', { min: 100, max: 120_000, default: 10_000 }),
  };
  r.done();
  return config;
}
