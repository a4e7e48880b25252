/**
 * A local stand-in for Twilio's Messages API that checks what Twilio checks (path, Basic auth,
 * required fields) and answers in Twilio's shapes. Twilio's magic test numbers pick failures:
 * +15005550001 invalid number (21211), +15005550009 not a mobile (21614); ours add
 * +15005550500 (HTTP 500) and +15005550408 (never answers). Accepted messages with a
 * StatusCallback get `sent` then `delivered` posted back, signed the way Twilio signs.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { startListener, type Captured } from '../support/listener.ts';

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function twilioError(res: ServerResponse, status: number, code: number, message: string) {
  json(res, status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
}

/** Twilio's request signature, written out here on its own so the adapter's verifier is checked against it. */
export function fakeTwilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  let data = url;
  for (const key of Object.keys(params).sort()) data += key + params[key];
  return createHmac('sha1', authToken).update(data).digest('base64');
}

export async function startFakeTwilio(account: { accountSid: string; authToken: string }) {
  const callbacks: Promise<unknown>[] = [];
  const expectedAuth = `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`;

  function postStatus(callbackUrl: string, sid: string, to: string, status: string) {
    const params = { AccountSid: account.accountSid, MessageSid: sid, SmsSid: sid, MessageStatus: status, SmsStatus: status, To: to, ApiVersion: '2010-04-01' };
    return fetch(callbackUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': fakeTwilioSignature(account.authToken, callbackUrl, params) },
      body: new URLSearchParams(params),
    });
  }

  const reply = (req: Captured, res: ServerResponse) => {
    if (req.method !== 'POST' || req.path !== `/2010-04-01/Accounts/${account.accountSid}/Messages.json`) {
      return twilioError(res, 404, 20404, 'The requested resource was not found');
    }
    if (req.headers.authorization !== expectedAuth) return twilioError(res, 401, 20003, 'Authenticate');
    if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')) {
      return twilioError(res, 415, 20415, 'Unsupported media type');
    }
    const form = Object.fromEntries(new URLSearchParams(req.body));
    if (!form.To) return twilioError(res, 400, 21604, "A 'To' phone number is required.");
    if (!form.Body) return twilioError(res, 400, 21602, 'Message body is required.');
    if (!form.From && !form.MessagingServiceSid) return twilioError(res, 400, 21603, "A 'From' phone number is required.");
    if (form.To === '+15005550001') return twilioError(res, 400, 21211, `The 'To' number ${form.To} is not a valid phone number.`);
    if (form.To === '+15005550009') return twilioError(res, 400, 21614, `'To' number ${form.To} is not a valid mobile number`);
    if (form.To === '+15005550500') return twilioError(res, 500, 20500, 'Internal Server Error');
    if (form.To === '+15005550408') return; // never answers
    const sid = `SM${randomBytes(16).toString('hex')}`;
    json(res, 201, {
      sid,
      account_sid: account.accountSid,
      to: form.To,
      from: form.From ?? null,
      messaging_service_sid: form.MessagingServiceSid ?? null,
      body: form.Body,
      status: 'queued',
      num_segments: '1',
      direction: 'outbound-api',
      api_version: '2010-04-01',
      uri: `/2010-04-01/Accounts/${account.accountSid}/Messages/${sid}.json`,
    });
    if (form.StatusCallback) {
      const url = form.StatusCallback;
      callbacks.push(postStatus(url, sid, form.To, 'sent').then(() => postStatus(url, sid, form.To!, 'delivered')));
    }
  };
  const server = await startListener(reply);
  return { ...server, callbacks };
}
