import type { Logger } from 'pino';
import { TesseraError } from '../core/errors.ts';
import {
  parseAliyunReports, parseHttpReceipt, parseKannelDlr, parseTencentStatus, parseTwilioStatus, verifyTesseraSignature, verifyTwilioSignature,
} from './adapters/index.ts';
import type { OutboxStore, ReceiptMatch } from './outbox.ts';
import type { DeliveryReceipt } from './port.ts';

/** A configured provider as the receipt endpoints see it: its type and validated settings. */
export interface ReceiptProvider {
  readonly type: string;
  readonly config: Readonly<Record<string, unknown>>;
}

export interface ReceiptMetrics {
  receipt?(provider: string, status: DeliveryReceipt['status'], match: ReceiptMatch): void;
}

/**
 * Retries for a receipt that names only the gateway's id and finds no message: it can overtake the
 * write that stores that id (an SMPP deliver_sm right after submit_sm_resp).
 */
const LATE_MATCH_DELAYS_MS = [1000, 5000];
const MAX_WAITING = 1000;

/**
 * Delivery receipts, whatever way they come: the HTTP callbacks of each gateway type (checked
 * here: the provider must exist with that type, signatures must verify) and the receipts an
 * adapter hands over on its own connection (SMPP). Each one updates the outbox message. Like
 * configure.ts for the senders, this is where the adapters' receipt parsers are wired in.
 */
export class SmsReceipts {
  private readonly waiting = new Set<NodeJS.Timeout>();

  constructor(
    private readonly deps: {
      store: Pick<OutboxStore, 'applyReceipt'>;
      providers: ReadonlyMap<string, ReceiptProvider>;
      log: Logger;
      now: () => Date;
      metrics?: ReceiptMetrics;
      lateMatchDelaysMs?: readonly number[];
    },
  ) {}

  /** For `AdapterDeps.onReceipt`: receipts arriving on the provider's own link. Never throws. */
  fromLink(provider: string, receipt: DeliveryReceipt): void {
    this.record(provider, [receipt]).catch((err) => this.deps.log.error({ err, provider }, 'sms receipt not recorded'));
  }

  /** GET <dlr-url>?id=…&status=%d&reply=%A. Kannel does not sign its callbacks. */
  kannel(name: string, query: Readonly<Record<string, string | undefined>>): Promise<void> {
    this.provider(name, 'kannel');
    return this.record(name, [parseKannelDlr(query)]);
  }

  /** A status callback: `search` is the request's query string (with its `?`), `params` the form fields. */
  twilio(name: string, request: { search: string; params: Readonly<Record<string, string>>; signature: string | undefined }): Promise<void> {
    const { config } = this.provider(name, 'twilio');
    const base = typeof config.statusCallbackUrl === 'string' ? new URL(config.statusCallbackUrl) : null;
    if (!base) throw new TesseraError('not_found');
    // The URL Twilio signed is the public one it was given, not the one seen behind a proxy.
    const url = `${base.origin}${base.pathname}${request.search}`;
    if (!verifyTwilioSignature(String(config.authToken), url, request.params, request.signature)) throw new TesseraError('unauthenticated');
    return this.record(name, [parseTwilioStatus(request.params, url)]);
  }

  aliyun(name: string, body: unknown): Promise<void> {
    this.provider(name, 'aliyun');
    return this.record(name, parseAliyunReports(body));
  }

  tencent(name: string, body: unknown): Promise<void> {
    this.provider(name, 'tencent');
    return this.record(name, parseTencentStatus(body));
  }

  /** The webhook receiver's receipt: signed over the raw body with the provider's secret. */
  http(name: string, rawBody: string, signature: string | undefined): Promise<void> {
    const { config } = this.provider(name, 'http');
    if (!verifyTesseraSignature(String(config.secret), signature, rawBody, { now: this.deps.now() })) throw new TesseraError('unauthenticated');
    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      throw new TesseraError('invalid_request', { reason: 'body is not JSON' });
    }
    return this.record(name, [parseHttpReceipt(body)]);
  }

  /** Drops the late-match retries still waiting (shutdown). */
  close(): void {
    for (const timer of this.waiting) clearTimeout(timer);
    this.waiting.clear();
  }

  async record(provider: string, receipts: readonly DeliveryReceipt[]): Promise<void> {
    for (const receipt of receipts) await this.apply(provider, receipt, 0);
  }

  private async apply(provider: string, receipt: DeliveryReceipt, retry: number): Promise<void> {
    const match = await this.deps.store.applyReceipt(provider, receipt, this.deps.now());
    const delays = this.deps.lateMatchDelaysMs ?? LATE_MATCH_DELAYS_MS;
    const ids = { provider, messageId: receipt.messageId, providerMessageId: receipt.providerMessageId, status: receipt.status };
    if (match === 'unmatched' && !receipt.messageId && retry < delays.length && this.waiting.size < MAX_WAITING) {
      const timer = setTimeout(() => {
        this.waiting.delete(timer);
        this.apply(provider, receipt, retry + 1).catch((err) => this.deps.log.error({ err, ...ids }, 'sms receipt not recorded'));
      }, delays[retry]);
      timer.unref();
      this.waiting.add(timer);
      return;
    }
    this.deps.metrics?.receipt?.(provider, receipt.status, match);
    if (match === 'unmatched') this.deps.log.warn(ids, 'sms receipt matches no message of this provider');
    else this.deps.log.info({ ...ids, match, ...(receipt.errorCode ? { errorCode: receipt.errorCode } : {}) }, 'sms receipt');
  }

  private provider(name: string, type: string): ReceiptProvider {
    const provider = this.deps.providers.get(name);
    if (!provider || provider.type !== type) throw new TesseraError('not_found');
    return provider;
  }
}
