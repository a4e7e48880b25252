/**
 * The SMS sender port. Every gateway adapter (dev inbox, the vendors of sms/adapters/, webhook)
 * implements it; the outbox and the router only ever see this interface.
 */
export interface SmsMessage {
  /** Our message id (outbox row id). Adapters pass it to the gateway as the idempotency key / DLR reference. */
  readonly id: string;
  /** E.164 destination. */
  readonly to: string;
  readonly region: string;
  readonly text: string;
  /** What the message is for; vendors with template-based sending map it to a template. */
  readonly purpose: SmsPurpose;
  /** The values a template needs: the code, its lifetime in minutes, the app name. */
  readonly params: Readonly<Record<string, string>>;
  readonly locale: 'en' | 'zh-CN' | 'zh-HK';
}

export type SmsPurpose = 'registration' | 'login' | 'new_device' | 'recovery' | 'phone_change' | 'security_alert';

export interface SendResult {
  /** The gateway's id for the message, when it gives one (used to match delivery receipts). */
  readonly providerMessageId?: string;
}

export interface SmsSender {
  readonly name: string;
  /**
   * The gateway takes a second message with an id it already accepted as a repeat and does not
   * send it again (the webhook's documented contract, the dev inbox). Only such a gateway gets a
   * message again whose hand-off was cut short by a crash; see docs/sms.md, "The outbox".
   */
  readonly dedupesById?: boolean;
  /** Resolves once the gateway accepted the message; rejects with SmsSendError otherwise. */
  send(message: SmsMessage, options?: { signal?: AbortSignal }): Promise<SendResult>;
  close?(): Promise<void>;
}

/**
 * A failed hand-off. `permanent` means retrying (here or elsewhere) cannot help: a bad number, a
 * refused text. `timedOut` means no answer came in time, so the gateway may still have taken the
 * message. `unsupported` means this provider, as configured, cannot carry this message (no template
 * for its purpose) and was not contacted: it says nothing about the provider's health.
 */
export class SmsSendError extends Error {
  readonly permanent: boolean;
  readonly timedOut: boolean;
  readonly unsupported: boolean;
  constructor(message: string, options: { permanent?: boolean; timedOut?: boolean; unsupported?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'SmsSendError';
    this.permanent = options.permanent ?? false;
    this.timedOut = options.timedOut ?? false;
    this.unsupported = options.unsupported ?? false;
  }
}

/** A delivery receipt, whatever gateway it came from. */
export interface DeliveryReceipt {
  /** Our message id when the gateway echoes it (in a callback URL or body), else undefined. */
  readonly messageId?: string;
  readonly providerMessageId?: string;
  readonly status: 'delivered' | 'failed' | 'sent';
  readonly errorCode?: string;
}
