import type { SmsPurpose } from '../../port.ts';
import { ConfigReader } from '../shared/config.ts';

export interface AliyunConfig {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** The approved signature (签名), e.g. "Tessera". */
  readonly signName: string;
  /** Approved template codes per purpose, with the `${...}` variables each takes. */
  readonly templates: Partial<Record<SmsPurpose, { id: string; params: string[] }>>;
  /** Overrides both regional endpoints (a proxy, or a local fake in tests). */
  readonly endpoint?: string;
  readonly timeoutMs: number;
}

export function validateAliyunConfig(raw: unknown, path: string): AliyunConfig {
  const r = new ConfigReader(raw, path, 'aliyun');
  const config: AliyunConfig = {
    accessKeyId: r.string('accessKeyId'),
    accessKeySecret: r.string('accessKeySecret'),
    signName: r.string('signName'),
    templates: r.templates('templates'),
    endpoint: r.optionalUrl('endpoint'),
    timeoutMs: r.int('timeoutMs', { min: 100, max: 120_000, default: 10_000 }),
  };
  r.done();
  return config;
}
