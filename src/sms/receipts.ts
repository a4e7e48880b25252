import type { Logger } from 'pino';
import { TesseraError } from '../core/errors.ts';
import type { ProviderReceipts, ReceiptRequest } from './adapters/index.ts';
import type { OutboxStore, ReceiptMatch } from './outbox.ts';
import type { DeliveryReceipt } from './port.ts';

/** A configured provider as the receipt endpoints see it: its type and its receipt intake, if any. */
export interface ReceiptProvider {
  readonly type: string;
  readonly receipts: ProviderReceipts | undefined;
}

/** A receipt request as the HTTP layer hands it over; the time is added here. */
export type IncomingReceipt = Omit<ReceiptRequest, 'now'>;

export interface ReceiptMetrics {
  receipt?(provider: string, status: DeliveryReceipt['status'], match: ReceiptMatch): void;
}

/**
 * Retries for a receipt that names only the gateway's id and finds no message: it can overtake the
 * write that stores that id (a receipt on the provider's own link right after its send was answered).
 */
const LATE_MATCH_DELAYS_MS = [1000, 5000];
const MAX_WAITING = 1000;

/**
 * Delivery receipts, whatever way they come: the HTTP callbacks of each gateway type (the provider
 * must exist with that type, and its adapter checks the signature and parses the receipt) and the
 * receipts an adapter hands over on its own connection. Each one updates the outbox message.
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

  /**
   * Checks that provider `name` exists with this `type` (else `not_found`) and that the request
   * comes from its gateway, by the adapter's signature check (else `unauthenticated`). Runs before
   * the request's shape is checked, so a stranger learns nothing about it.
   */
  authenticate(type: string, name: string, request: IncomingReceipt): void {
    const intake = this.intake(type, name);
    if (!intake.verify({ ...request, now: this.deps.now() })) throw new TesseraError('unauthenticated');
  }

  /** Parses an authenticated receipt request with its provider's adapter and updates the outbox. */
  receive(type: string, name: string, input: unknown, request: IncomingReceipt): Promise<void> {
    return this.record(name, this.intake(type, name).parse(input, { ...request, now: this.deps.now() }));
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

  private intake(type: string, name: string): ProviderReceipts {
    const provider = this.deps.providers.get(name);
    if (!provider || provider.type !== type || !provider.receipts) throw new TesseraError('not_found');
    return provider.receipts;
  }
}
