import { Type, type Static } from 'typebox';
import { providerType, text } from '../shared/settings.ts';

// SMPP 3.4 §4.1: system_id up to 15 characters, system_type up to 12, source_addr up to 20.
export const SmppSettings = Type.Object(
  {
    type: providerType('smpp'),
    host: text("The SMSC's host name or address."),
    port: Type.Integer({ minimum: 1, maximum: 65_535, default: 2775, description: "The SMSC's TCP port." }),
    systemId: Type.String({
      pattern: '^[\\x20-\\x7E]{1,15}$',
      problem: 'must be 1 to 15 printable ASCII characters',
      description: "The ESME's `system_id` for the bind.",
    }),
    password: text('The bind password.', { secret: true }),
    systemType: Type.Optional(
      Type.String({
        pattern: '^[\\x20-\\x7E]{1,12}$',
        problem: 'must be 1 to 12 printable ASCII characters',
        description: "The bind's `system_type`, when the SMSC asks for one.",
      }),
    ),
    sourceAddr: Type.String({
      pattern: '^(\\+?\\d{1,20}|[\\x20-\\x7E]{1,11})$',
      problem: 'must be up to 20 digits or 11 characters',
      description: 'Sender: digits (with or without `+`) go out as an international number (TON 1, NPI 1), anything else as alphanumeric (TON 5).',
    }),
    enquireLinkSeconds: Type.Integer({
      minimum: 1,
      maximum: 3600,
      default: 30,
      description: 'Keep-alive period, in seconds; an enquire_link left unanswered for `timeoutMs` drops and rebinds the link.',
    }),
    timeoutMs: Type.Integer({
      minimum: 100,
      maximum: 120_000,
      default: 10_000,
      description: 'Bound on one send, in milliseconds: the wait for a bind plus the submit_sm round trip; also how long an enquire_link may go unanswered.',
    }),
    reconnectMinMs: Type.Integer({
      minimum: 10,
      maximum: 600_000,
      default: 1000,
      description: 'Reconnect backoff: the first delay, doubled per failed attempt (±20 % jitter)…',
    }),
    reconnectMaxMs: Type.Integer({ minimum: 10, maximum: 600_000, default: 60_000, description: '…up to this one.' }),
  },
  { additionalProperties: false },
);

export type SmppConfig = Static<typeof SmppSettings>;

export function checkSmppConfig(config: SmppConfig, key: (name: string) => string): string | null {
  return config.reconnectMaxMs < config.reconnectMinMs ? `${key('reconnectMaxMs')} must not be less than ${key('reconnectMinMs')}` : null;
}
