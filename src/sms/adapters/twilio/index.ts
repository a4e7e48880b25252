import { SmsSendError, type SmsMessage, type SmsSender } from '../../port.ts';
import { maskPhone } from '../../../phone/index.ts';
import { resolveDeps, type AdapterDeps } from '../shared/deps.ts';
import { callGateway, field, isTransientStatus, vendorText } from '../shared/http.ts';
import { defineAdapter, settingsValidator } from '../shared/adapter.ts';
import { checkTwilioConfig, TwilioSettings, type TwilioConfig } from './config.ts';
import { TWILIO_STATUS } from './webhook.ts';

export { TwilioSettings, type TwilioConfig } from './config.ts';
export { parseTwilioStatus, verifyTwilioSignature } from './webhook.ts';

/**
 * Error codes that condemn the number itself: invalid 'To' (21211), unsubscribed recipient (21610),
 * not reachable by SMS (21612), not a mobile number (21614). Anything else (auth, account, region
 * permissions, rate) another gateway may well get past.
 */
const PERMANENT_CODES = new Set(['21211', '21610', '21612', '21614']);

/** Twilio Programmable Messaging: POST /2010-04-01/Accounts/{AccountSid}/Messages.json. */
export function createTwilioSender(config: TwilioConfig, deps: AdapterDeps = {}): SmsSender {
  const { name, fetch, logger } = resolveDeps(deps, 'twilio');
  const endpoint = new URL(`/2010-04-01/Accounts/${config.accountSid}/Messages.json`, config.baseUrl).toString();
  const authorization = `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`;

  function form(message: SmsMessage): URLSearchParams {
    const body = new URLSearchParams({ To: message.to, Body: message.text });
    if (config.messagingServiceSid) body.set('MessagingServiceSid', config.messagingServiceSid);
    else if (config.from) body.set('From', config.from);
    if (config.statusCallbackUrl) body.set('StatusCallback', statusCallbackFor(config.statusCallbackUrl, message.id));
    return body;
  }

  return {
    name,
    async send(message, options = {}) {
      const res = await callGateway(
        fetch,
        name,
        endpoint,
        {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          body: form(message),
        },
        config.timeoutMs,
        options.signal,
      );
      const sid = field(res.json, 'sid');
      if (res.status >= 200 && res.status < 300 && sid) {
        logger.info({ provider: name, to: maskPhone(message.to), id: message.id, sid }, 'sms handed to twilio');
        return { providerMessageId: sid };
      }
      const code = field(res.json, 'code');
      const permanent = !isTransientStatus(res.status) && code !== undefined && PERMANENT_CODES.has(code);
      const detail = vendorText(field(res.json, 'message') ?? res.text);
      throw new SmsSendError(`${name}: twilio answered ${res.status} (code ${code ?? 'none'}): ${detail}`, { permanent });
    },
  };
}

/** Our id rides in the callback URL, which Twilio signs as a whole, so it cannot be swapped. */
export function statusCallbackFor(base: string, messageId: string): string {
  const url = new URL(base);
  url.searchParams.set('id', messageId);
  return url.toString();
}

export const validateTwilioConfig = settingsValidator(TwilioSettings, checkTwilioConfig);

/** Twilio Programmable Messaging, delivery reports by signed status callback. */
export const twilio = defineAdapter({
  name: 'twilio',
  title: 'Twilio',
  settings: TwilioSettings,
  check: checkTwilioConfig,
  createSender: createTwilioSender,
  receipt: TWILIO_STATUS,
});
