import { Type, type Static } from 'typebox';
import { httpUrl, providerType, text, timeoutMs } from '../shared/settings.ts';

export const TwilioSettings = Type.Object(
  {
    type: providerType('twilio'),
    accountSid: Type.String({
      pattern: '^AC[0-9a-f]{32}$',
      problem: 'must be "AC" followed by 32 hex digits',
      description: 'The Account SID (`AC` and 32 hex digits).',
    }),
    authToken: text("The account's auth token: it authenticates the API calls and signs the status callbacks.", { secret: true }),
    from: Type.Optional(text('A Twilio number or alphanumeric sender id; exactly one of `from` and `messagingServiceSid`.')),
    messagingServiceSid: Type.Optional(
      Type.String({
        pattern: '^MG[0-9a-f]{32}$',
        problem: 'must be "MG" followed by 32 hex digits',
        description: 'A Messaging Service SID (`MG` and 32 hex digits), in place of `from`.',
      }),
    ),
    statusCallbackUrl: Type.Optional(
      httpUrl(
        "Tessera's public receipt URL for this provider (`https://<host>/v1/sms/receipts/twilio/<name>`); Twilio posts status changes there, " +
          'signed. Omitted: no delivery reports.',
      ),
    ),
    baseUrl: httpUrl("The REST API's origin; only tests point it elsewhere.", { default: 'https://api.twilio.com' }),
    timeoutMs: timeoutMs(),
  },
  { additionalProperties: false },
);

export type TwilioConfig = Static<typeof TwilioSettings>;

/** Exactly one sender: a number (or alphanumeric id) or a Messaging Service. */
export function checkTwilioConfig(config: TwilioConfig, key: (name: string) => string): string | null {
  return (config.from === undefined) === (config.messagingServiceSid === undefined)
    ? `${key('from')} or ${key('messagingServiceSid')} must be set, not both`
    : null;
}
