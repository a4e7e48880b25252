import { Type, type Static } from 'typebox';
import { httpUrl, providerType, timeoutMs } from '../shared/settings.ts';

export const HttpSettings = Type.Object(
  {
    type: providerType('http'),
    url: httpUrl('Where each message is POSTed as JSON.'),
    // 32 characters of a random token carry well over 128 bits; less invites a guessable key.
    secret: Type.String({
      minLength: 32,
      secret: true,
      problem: 'must be at least 32 characters',
      description: 'Shared HMAC key for `X-Tessera-Signature`, both ways (messages out, receipts back); at least 32 characters.',
    }),
    timeoutMs: timeoutMs(),
  },
  { additionalProperties: false },
);

export type HttpConfig = Static<typeof HttpSettings>;
