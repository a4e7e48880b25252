import { ConfigError } from '../../../core/errors.ts';
import { ConfigReader } from '../shared/config.ts';

export interface TwilioConfig {
  readonly accountSid: string;
  readonly authToken: string;
  /** A Twilio number or alphanumeric sender id; exactly one of `from` and `messagingServiceSid`. */
  readonly from?: string;
  readonly messagingServiceSid?: string;
  /** Tessera's public receipt URL for this provider; Twilio posts status changes there. */
  readonly statusCallbackUrl?: string;
  /** The REST API's origin; only tests point it elsewhere. */
  readonly baseUrl: string;
  readonly timeoutMs: number;
}

export function validateTwilioConfig(raw: unknown, path: string): TwilioConfig {
  const r = new ConfigReader(raw, path, 'twilio');
  const config: TwilioConfig = {
    accountSid: r.string('accountSid', { pattern: /^AC[0-9a-f]{32}$/, hint: '"AC" followed by 32 hex digits' }),
    authToken: r.string('authToken'),
    from: r.optionalString('from'),
    messagingServiceSid: r.optionalString('messagingServiceSid', { pattern: /^MG[0-9a-f]{32}$/, hint: '"MG" followed by 32 hex digits' }),
    statusCallbackUrl: r.optionalUrl('statusCallbackUrl'),
    baseUrl: r.optionalUrl('baseUrl') ?? 'https://api.twilio.com',
    timeoutMs: r.int('timeoutMs', { min: 100, max: 120_000, default: 10_000 }),
  };
  r.done();
  if ((config.from === undefined) === (config.messagingServiceSid === undefined)) {
    throw new ConfigError(`${r.key('from')} or ${r.key('messagingServiceSid')} must be set, not both`);
  }
  return config;
}
