import { createHmac } from 'node:crypto';
import { Type } from 'typebox';
import { TesseraError } from '../../../core/errors.ts';
import type { DeliveryReceipt } from '../../port.ts';
import type { ReceiptDefinition, ReceiptRequest } from '../shared/adapter.ts';
import { safeEqual } from '../shared/signature.ts';
import type { TwilioConfig } from './config.ts';

/**
 * Checks `X-Twilio-Signature`: base64 HMAC-SHA1, keyed with the auth token, of the full URL Twilio
 * called (as configured, query included) followed by every POST parameter name and value, sorted
 * by name. A missing header is simply not valid.
 */
export function verifyTwilioSignature(authToken: string, url: string, params: Readonly<Record<string, string>>, signatureHeader: string | undefined): boolean {
  if (!signatureHeader) return false;
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  const expected = createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
  return safeEqual(expected, signatureHeader);
}

const STATUSES: Record<string, DeliveryReceipt['status']> = {
  accepted: 'sent',
  scheduled: 'sent',
  queued: 'sent',
  sending: 'sent',
  sent: 'sent',
  delivered: 'delivered',
  read: 'delivered',
  undelivered: 'failed',
  failed: 'failed',
  canceled: 'failed',
};

/**
 * Parses a status callback (the form parameters). `url` is the URL Twilio called: the sender puts
 * our message id in its `id` query parameter. Throws `invalid_request` for anything else.
 */
export function parseTwilioStatus(params: Readonly<Record<string, string | undefined>>, url?: string): DeliveryReceipt {
  const { MessageSid: sid, MessageStatus: state, ErrorCode: errorCode } = params;
  const status = state === undefined ? undefined : STATUSES[state];
  if (!sid || !status) throw new TesseraError('invalid_request', { reason: 'not a Twilio status callback' });
  const messageId = url && URL.canParse(url) ? (new URL(url).searchParams.get('id') ?? undefined) : undefined;
  return {
    ...(messageId ? { messageId } : {}),
    providerMessageId: sid,
    status,
    ...(status === 'failed' && errorCode ? { errorCode } : {}),
  };
}

/** The status callback's form; Twilio posts more fields (AccountSid, To, From, …), all strings. */
const StatusCallback = Type.Object(
  {
    MessageSid: Type.String({ minLength: 1 }),
    MessageStatus: Type.Union(Object.keys(STATUSES).map((s) => Type.Literal(s))),
    ErrorCode: Type.Optional(Type.String()),
  },
  { additionalProperties: Type.String() },
);

/** The URL Twilio signed: the public one it was given, not the one seen behind a proxy. */
function calledUrl(config: TwilioConfig, request: ReceiptRequest): string {
  if (!config.statusCallbackUrl) throw new TesseraError('not_found');
  const base = new URL(config.statusCallbackUrl);
  return `${base.origin}${base.pathname}${request.search}`;
}

/** A status callback, form-encoded, signed with X-Twilio-Signature; answered 200 with an empty body. */
export const TWILIO_STATUS: ReceiptDefinition<TwilioConfig, typeof StatusCallback> = {
  method: 'POST',
  summary: 'Twilio status callback (X-Twilio-Signature checked)',
  request: StatusCallback,
  body: 'form',
  verify: (config, request) =>
    verifyTwilioSignature(
      config.authToken,
      calledUrl(config, request),
      Object.fromEntries(new URLSearchParams(request.rawBody)),
      request.header('x-twilio-signature'),
    ),
  parse: (config, params, request) => [parseTwilioStatus(params, calledUrl(config, request))],
  ack: { status: 200, contentType: 'text/plain', body: '', schema: Type.Literal('') },
};
