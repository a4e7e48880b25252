import { SmsSendError, type SmsMessage, type SmsSender } from '../../port.ts';
import { maskPhone } from '../../../phone/index.ts';
import { resolveDeps, type AdapterDeps } from '../shared/deps.ts';
import { callGateway, vendorText } from '../shared/http.ts';
import { defineAdapter, settingsValidator } from '../shared/adapter.ts';
import { isGsm7Safe } from '../shared/text.ts';
import { KannelSettings, type KannelConfig } from './config.ts';
import { KANNEL_DLR } from './dlr.ts';

export { KannelSettings, type KannelConfig } from './config.ts';
export { parseKannelDlr } from './dlr.ts';

export const validateKannelConfig = settingsValidator(KannelSettings);

/** Every DLR type: delivered, failed, buffered, SMSC ack, SMSC reject. */
const DLR_MASK = '31';

/**
 * Kannel's smsbox `sendsms` interface. Kannel 1.4 answers without a message id, so delivery
 * reports are matched by our own id, carried in the dlr-url next to Kannel's `%d` (DLR type).
 */
export function createKannelSender(config: KannelConfig, deps: AdapterDeps = {}): SmsSender {
  const { name, fetch, logger } = resolveDeps(deps, 'kannel');

  function sendsmsUrl(message: SmsMessage): string {
    const q = new URLSearchParams({
      username: config.username,
      password: config.password,
      to: message.to,
      text: message.text,
      // Without an explicit charset Kannel reads the text as Latin-1, and without coding=2 it
      // squeezes non-GSM characters into '?' while still answering 202.
      charset: 'utf-8',
    });
    if (!isGsm7Safe(message.text)) q.set('coding', '2');
    if (config.from) q.set('from', config.from);
    if (config.dlrUrl) {
      q.set('dlr-mask', DLR_MASK);
      q.set('dlr-url', dlrCallbackUrl(config.dlrUrl, message.id));
    }
    const url = new URL(config.url);
    for (const [k, v] of q) url.searchParams.set(k, v);
    return url.toString();
  }

  return {
    name,
    async send(message, options = {}) {
      const res = await callGateway(fetch, name, sendsmsUrl(message), { method: 'GET' }, config.timeoutMs, options.signal);
      // 202 "0: Accepted for delivery" and 202 "3: Queued for later delivery" are both a hand-off.
      if (res.status >= 200 && res.status < 300) {
        logger.info({ provider: name, to: maskPhone(message.to), id: message.id }, 'sms handed to kannel');
        return {};
      }
      // Kannel refuses for its own reasons (credentials, a denied prefix, a full queue); none of
      // them says the number cannot be reached through another gateway.
      throw new SmsSendError(`${name}: kannel answered ${res.status} ${vendorText(res.text)}`);
    },
  };
}

/**
 * The URL Kannel calls per DLR. `%d` is substituted by Kannel; our id is percent-encoded so no
 * `%` of ours can be taken for one of Kannel's escapes (ids are UUIDs, so none appears anyway).
 */
export function dlrCallbackUrl(base: string, messageId: string): string {
  const url = new URL(base);
  url.searchParams.set('id', messageId);
  const sep = url.search ? '&' : '?';
  return `${url.toString()}${sep}status=%d&reply=%A`;
}

/** Kannel: smsbox's sendsms over HTTP, delivery reports on the dlr-url. */
export const kannel = defineAdapter({
  name: 'kannel',
  title: 'Kannel',
  settings: KannelSettings,
  createSender: createKannelSender,
  receipt: KANNEL_DLR,
});
