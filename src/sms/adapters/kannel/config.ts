import { ConfigReader } from '../shared/config.ts';

export interface KannelConfig {
  /** smsbox's sendsms endpoint, e.g. http://127.0.0.1:13013/cgi-bin/sendsms */
  readonly url: string;
  readonly username: string;
  readonly password: string;
  /** Sender id or number; omitted means the `sendsms-user`'s `default-sender`. */
  readonly from?: string;
  /** Base of Tessera's receipt endpoint; Kannel calls it back with our id and the DLR type. */
  readonly dlrUrl?: string;
  readonly timeoutMs: number;
}

export function validateKannelConfig(raw: unknown, path: string): KannelConfig {
  const r = new ConfigReader(raw, path, 'kannel');
  const config: KannelConfig = {
    url: r.url('url'),
    username: r.string('username'),
    password: r.string('password'),
    from: r.optionalString('from'),
    dlrUrl: r.optionalUrl('dlrUrl'),
    timeoutMs: r.int('timeoutMs', { min: 100, max: 120_000, default: 10_000 }),
  };
  r.done();
  return config;
}
