import type { PDU, Session } from 'smpp';
import { SmsSendError, type SendResult, type SmsMessage, type SmsSender } from '../../port.ts';
import { maskPhone } from '../../../phone/index.ts';
import { resolveDeps, type AdapterDeps } from '../shared/deps.ts';
import { isGsm7Safe } from '../shared/text.ts';
import { defineAdapter, settingsValidator } from '../shared/adapter.ts';
import { checkSmppConfig, SmppSettings, type SmppConfig } from './config.ts';
import { SmppLink } from './link.ts';
import { receiptFromDeliverSm } from './receipt.ts';

export { SmppSettings, type SmppConfig } from './config.ts';
export { parseSmppReceiptText, receiptFromDeliverSm } from './receipt.ts';

const TON_INTERNATIONAL = 1;
const TON_ALPHANUMERIC = 5;
const NPI_ISDN = 1;
const DATA_CODING_DEFAULT = 0;
const DATA_CODING_UCS2 = 8;
/** What fits one SMS: 160 GSM characters or 140 octets of UCS-2. Longer goes in message_payload. */
const ONE_SMS_GSM_CHARS = 160;
const ONE_SMS_UCS2_OCTETS = 140;

/**
 * SMPP 3.4 over one bound transceiver session. submit_sm answers with the SMSC's message id;
 * receipts arrive later as deliver_sm on the same session and are handed to `deps.onReceipt`.
 */
export function createSmppSender(config: SmppConfig, deps: AdapterDeps = {}): SmsSender {
  const { name, logger, onReceipt } = resolveDeps(deps, 'smpp');
  const link = new SmppLink(config, name, logger, (pdu) => {
    const receipt = receiptFromDeliverSm(pdu);
    if (receipt) onReceipt?.(receipt);
  });

  return {
    name,
    async send(message, options = {}) {
      const timeout = AbortSignal.timeout(config.timeoutMs);
      const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
      const session = await link.bound(signal);
      const result = await submit(session, submitSm(config, message), signal, name);
      logger.info({ provider: name, to: maskPhone(message.to), id: message.id }, 'sms handed to smsc');
      return result;
    },
    close: () => link.close(),
  };
}

export function submitSm(config: SmppConfig, message: SmsMessage): Record<string, unknown> {
  const numericSource = /^\+?\d+$/.test(config.sourceAddr);
  const gsm = isGsm7Safe(message.text);
  // GSM text goes as a string for the smpp package to pack in the default alphabet; UCS-2 we
  // encode ourselves (UTF-16BE), so the package never guesses the coding.
  const body: string | Buffer = gsm ? message.text : Buffer.from(message.text, 'utf16le').swap16();
  const oneSms = gsm ? message.text.length <= ONE_SMS_GSM_CHARS : body.length <= ONE_SMS_UCS2_OCTETS;
  return {
    source_addr_ton: numericSource ? TON_INTERNATIONAL : TON_ALPHANUMERIC,
    source_addr_npi: numericSource ? NPI_ISDN : 0,
    source_addr: config.sourceAddr.replace(/^\+/, ''),
    dest_addr_ton: TON_INTERNATIONAL,
    dest_addr_npi: NPI_ISDN,
    destination_addr: message.to.replace(/^\+/, ''),
    registered_delivery: 1,
    data_coding: gsm ? DATA_CODING_DEFAULT : DATA_CODING_UCS2,
    ...(oneSms ? { short_message: body } : { message_payload: body }),
  };
}

/** Statuses that say the number (not the link or the SMSC) is the problem. */
const PERMANENT_STATUS = new Set([0x0b /* RINVDSTADR */, 0x50 /* RINVDSTTON */, 0x51 /* RINVDSTNPI */]);

function submit(session: Session, params: Record<string, unknown>, signal: AbortSignal, name: string): Promise<SendResult> {
  return new Promise((resolve, reject) => {
    const fail = (error: SmsSendError) => {
      cleanup();
      reject(error);
    };
    const onClose = () => fail(new SmsSendError(`${name}: link lost before submit_sm_resp`));
    const onAbort = () => fail(new SmsSendError(`${name}: no submit_sm_resp within the time allowed`, { cause: signal.reason, timedOut: true }));
    const cleanup = () => {
      session.off('close', onClose);
      signal.removeEventListener('abort', onAbort);
    };
    if (signal.aborted) return onAbort();
    session.once('close', onClose);
    signal.addEventListener('abort', onAbort, { once: true });
    const written = session.submit_sm(params, (pdu: PDU) => {
      cleanup();
      if (pdu.command_status === 0) {
        return resolve(typeof pdu.message_id === 'string' && pdu.message_id ? { providerMessageId: pdu.message_id } : {});
      }
      const status = `0x${pdu.command_status.toString(16).padStart(8, '0')}`;
      reject(new SmsSendError(`${name}: submit_sm refused (command_status ${status})`, { permanent: PERMANENT_STATUS.has(pdu.command_status) }));
    });
    if (!written) fail(new SmsSendError(`${name}: link not writable`));
  });
}

export const validateSmppConfig = settingsValidator(SmppSettings, checkSmppConfig);

/** SMPP 3.4: receipts come as deliver_sm on the bound session, so there is no receipt URL. */
export const smpp = defineAdapter({
  name: 'smpp',
  title: 'SMPP',
  settings: SmppSettings,
  check: checkSmppConfig,
  createSender: createSmppSender,
});
