import { ConfigError } from '../../../core/errors.ts';
import { ConfigReader } from '../shared/config.ts';

export interface SmppConfig {
  readonly host: string;
  readonly port: number;
  readonly systemId: string;
  readonly password: string;
  readonly systemType?: string;
  /** Sender: digits (with or without '+') go out as an international number, anything else as alphanumeric. */
  readonly sourceAddr: string;
  /** Keep-alive period; an enquire_link left unanswered for `timeoutMs` drops and rebinds the link. */
  readonly enquireLinkSeconds: number;
  /** Bound on one send: waiting for the bind plus the submit_sm round trip. */
  readonly timeoutMs: number;
  /** Reconnect backoff: the first delay, doubled per failed attempt up to the maximum. */
  readonly reconnectMinMs: number;
  readonly reconnectMaxMs: number;
}

export function validateSmppConfig(raw: unknown, path: string): SmppConfig {
  const r = new ConfigReader(raw, path, 'smpp');
  const config: SmppConfig = {
    host: r.string('host'),
    port: r.int('port', { min: 1, max: 65_535, default: 2775 }),
    // SMPP 3.4 §4.1: system_id up to 15 characters, system_type up to 12, source_addr up to 20.
    systemId: r.string('systemId', { pattern: /^[\x20-\x7E]{1,15}$/, hint: '1 to 15 printable ASCII characters' }),
    password: r.string('password'),
    systemType: r.optionalString('systemType', { pattern: /^[\x20-\x7E]{1,12}$/, hint: '1 to 12 printable ASCII characters' }),
    sourceAddr: r.string('sourceAddr', { pattern: /^(\+?\d{1,20}|[\x20-\x7E]{1,11})$/, hint: 'up to 20 digits or 11 characters' }),
    enquireLinkSeconds: r.int('enquireLinkSeconds', { min: 1, max: 3600, default: 30 }),
    timeoutMs: r.int('timeoutMs', { min: 100, max: 120_000, default: 10_000 }),
    reconnectMinMs: r.int('reconnectMinMs', { min: 10, max: 600_000, default: 1000 }),
    reconnectMaxMs: r.int('reconnectMaxMs', { min: 10, max: 600_000, default: 60_000 }),
  };
  r.done();
  if (config.reconnectMaxMs < config.reconnectMinMs) {
    throw new ConfigError(`${r.key('reconnectMaxMs')} must not be less than ${r.key('reconnectMinMs')}`);
  }
  return config;
}
