import type { Logger } from 'pino';
import { newId } from '../core/random.ts';
import { decrypt } from '../core/secrets.ts';
import { maskPhone } from '../phone/index.ts';
import type { DeliveryReceipt, SmsMessage, SmsPurpose } from './port.ts';
import type { SmsRouter } from './router.ts';

export interface ClaimedMessage {
  id: string;
  phone: string;
  region: string;
  purpose: string;
  locale: string;
  bodySealed: string;
  attempts: number;
  segments: number;
  createdAt: Date;
  /** The claim's fencing token: every later write names it and does nothing once another claim took over. */
  leaseId: string;
  /** The provider of a hand-off that began and never recorded its end (a crash, a lost lease); else null. */
  unfinishedHandoff: string | null;
  /** A newer message of the same flow exists (a resend): this one's code is dead. */
  superseded: boolean;
}

export type ReceiptMatch = 'applied' | 'ignored' | 'unmatched';

export interface OutboxStore {
  enqueue(
    message: { id: string; phone: string; region: string; purpose: string; locale: string; bodySealed: string; segments: number },
    now: Date,
  ): Promise<void>;
  /** Takes a queued message (or one whose lease ran out) for sending until `leaseUntil`. */
  claim(id: string, leaseId: string, leaseUntil: Date, now: Date): Promise<ClaimedMessage | null>;
  claimDue(limit: number, leaseId: string, leaseUntil: Date, now: Date): Promise<ClaimedMessage[]>;
  /** Durably notes "handing to `provider` now" and extends the lease; false when the lease was lost. */
  startHandoff(id: string, leaseId: string, provider: string, leaseUntil: Date, now: Date): Promise<boolean>;
  markSent(id: string, leaseId: string, sent: { provider: string; providerMessageId: string | null; note?: string }, now: Date): Promise<boolean>;
  /** Back to the queue; `countAttempt` false when no provider was contacted (all circuits open). */
  markRetry(id: string, leaseId: string, error: string, nextAttemptAt: Date, countAttempt: boolean, now: Date): Promise<boolean>;
  markFailed(id: string, leaseId: string, error: string, now: Date): Promise<boolean>;
  /** A delivery receipt from `provider`; it moves sent → delivered | failed and never back from delivered. */
  applyReceipt(provider: string, receipt: DeliveryReceipt, now: Date): Promise<ReceiptMatch>;
}

export type MessageOutcome = 'sent' | 'failed' | 'expired' | 'superseded' | 'retry' | 'in_doubt';

export interface OutboxMetrics {
  message?(outcome: MessageOutcome, region: string, provider: string | null, segments: number): void;
}

const MAX_ATTEMPTS = 5;

/**
 * Test seam for test/sms/outbox-crash.e2e.test.ts: kills the process at a named point so the test
 * can prove what a restart recovers. Inert unless NODE_ENV is `test` and TESSERA_TEST_CRASH_AT names
 * the point (`after_store`: the code and its SMS are committed, nothing was sent; `after_claim`:
 * the message is leased, no hand-off began).
 */
function crashPoint(point: 'after_store' | 'after_claim'): void {
  if (process.env.NODE_ENV === 'test' && process.env.TESSERA_TEST_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}

/**
 * Sends what the outbox holds. A message is written in the same transaction as its code; the
 * dispatcher sends it right after commit (`kick`) and a poll picks up whatever a crash left behind
 * once its lease ran out. See docs/sms.md, "The outbox", for the guarantee this gives.
 */
export class SmsDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private readonly inflight = new Set<Promise<void>>();
  private readonly leaseSeconds: number;

  constructor(
    private readonly deps: {
      store: OutboxStore;
      router: SmsRouter;
      encryptionKey: Uint8Array;
      log: Logger;
      now: () => Date;
      metrics?: OutboxMetrics;
      /** Whether a provider's gateway drops a repeated message id (`SmsSender.dedupesById`). */
      dedupesById?: (provider: string) => boolean;
      /** A message older than this is not sent any more (its code is dead); default 1 h. */
      maxAgeSeconds?: (purpose: string) => number;
      /** How long a claim holds a message before another node may take it over; default 60 s. */
      leaseSeconds?: number;
    },
  ) {
    this.leaseSeconds = deps.leaseSeconds ?? 60;
  }

  /** Sends one message now, in the background; errors are logged, never thrown to the request. */
  kick(id: string): void {
    crashPoint('after_store');
    const afterResponse = new Promise<void>((resolve) => setImmediate(resolve));
    this.track(afterResponse.then(() => this.sendOne(id)).catch((err) => this.deps.log.error({ err, messageId: id }, 'sms dispatch failed')));
  }

  private track(job: Promise<void>): Promise<void> {
    this.inflight.add(job);
    void job.finally(() => this.inflight.delete(job));
    return job;
  }

  start(intervalMs = 1000): void {
    const tick = async () => {
      await this.track(
        this.poll().then(
          () => {},
          (err) => this.deps.log.error({ err }, 'sms outbox poll failed'),
        ),
      );
      if (this.timer) this.timer = setTimeout(tick, intervalMs).unref();
    };
    this.timer = setTimeout(tick, intervalMs).unref();
  }

  /** Claims and sends what is due: queued messages, retries whose time came, leases that ran out. */
  async poll(limit = 20): Promise<number> {
    const now = this.deps.now();
    const due = await this.deps.store.claimDue(limit, newId(), this.leaseEnd(now, 0), now);
    await Promise.all(due.map((m) => this.deliver(m)));
    return due.length;
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await Promise.allSettled([...this.inflight]);
  }

  /** Waits until nothing is being sent (tests, graceful shutdown). */
  async idle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }

  private leaseEnd(now: Date, handoffMs: number): Date {
    return new Date(now.getTime() + handoffMs + this.leaseSeconds * 1000);
  }

  private async sendOne(id: string): Promise<void> {
    const now = this.deps.now();
    const claimed = await this.deps.store.claim(id, newId(), this.leaseEnd(now, 0), now);
    if (claimed) await this.deliver(claimed);
  }

  private async deliver(m: ClaimedMessage): Promise<void> {
    crashPoint('after_claim');
    const { store, router, log } = this.deps;
    const now = this.deps.now();
    const ctx = { messageId: m.id, to: maskPhone(m.phone) };
    const done = (outcome: MessageOutcome, provider: string | null) => this.deps.metrics?.message?.(outcome, m.region, provider, m.segments);
    const maxAge = this.deps.maxAgeSeconds?.(m.purpose) ?? 3600;
    if (now.getTime() - m.createdAt.getTime() > maxAge * 1000) {
      await store.markFailed(m.id, m.leaseId, 'expired: not sent in time, the code it carries is dead', now);
      log.warn(ctx, 'sms expired unsent');
      return done('expired', null);
    }
    if (m.superseded && !m.unfinishedHandoff) {
      // A resend queued a newer code; sending this one would only deliver a dead code.
      await store.markFailed(m.id, m.leaseId, 'superseded: a newer code of the same flow was queued', now);
      log.info(ctx, 'sms superseded unsent');
      return done('superseded', null);
    }
    let only: string[] | undefined;
    if (m.unfinishedHandoff) {
      // A hand-off began and its end was never recorded: the gateway may have the message. Repeat
      // it only where a repeat is dropped, and not at all once a newer code made this one useless.
      if (m.superseded || !this.deps.dedupesById?.(m.unfinishedHandoff)) {
        await store.markSent(
          m.id,
          m.leaseId,
          {
            provider: m.unfinishedHandoff,
            providerMessageId: null,
            note: 'in doubt: the hand-off was cut short; not repeated, as this gateway does not drop repeats',
          },
          now,
        );
        log.warn({ ...ctx, provider: m.unfinishedHandoff }, 'sms hand-off cut short: taken as sent, not repeated');
        return done('in_doubt', m.unfinishedHandoff);
      }
      only = [m.unfinishedHandoff];
      log.info({ ...ctx, provider: m.unfinishedHandoff }, 'sms hand-off cut short: repeating it with the same id to the same gateway');
    }
    let message: SmsMessage;
    try {
      const body = JSON.parse(decrypt(this.deps.encryptionKey, m.bodySealed)) as { text: string; params: Record<string, string> };
      message = {
        id: m.id,
        to: m.phone,
        region: m.region,
        text: body.text,
        params: body.params,
        purpose: m.purpose as SmsPurpose,
        locale: m.locale as SmsMessage['locale'],
      };
    } catch (err) {
      await store.markFailed(m.id, m.leaseId, 'the sealed body cannot be opened (was the server secret changed?)', now);
      log.error({ ...ctx, err: (err as Error).message }, 'sms body cannot be opened');
      return done('failed', null);
    }
    const outcome = await router.send(message, {
      ...(only ? { only } : {}),
      beforeAttempt: (provider) => store.startHandoff(m.id, m.leaseId, provider, this.leaseEnd(this.deps.now(), router.timeoutMs(provider)), this.deps.now()),
    });
    const after = this.deps.now();
    let held = true;
    switch (outcome.kind) {
      case 'sent':
        held = await store.markSent(m.id, m.leaseId, { provider: outcome.provider, providerMessageId: outcome.providerMessageId ?? null }, after);
        log.info({ ...ctx, provider: outcome.provider, segments: m.segments }, 'sms sent');
        done('sent', outcome.provider);
        break;
      case 'refused':
        held = await store.markFailed(m.id, m.leaseId, outcome.error, after);
        log.warn({ ...ctx, provider: outcome.provider, error: outcome.error }, 'sms failed: refused by the gateway');
        done('failed', outcome.provider);
        break;
      case 'lost':
        held = false;
        break;
      case 'failed': {
        const nothingCanCarryIt = outcome.tried === 0 && !outcome.retryAt;
        if (nothingCanCarryIt || (outcome.tried > 0 && m.attempts + 1 >= MAX_ATTEMPTS)) {
          held = await store.markFailed(m.id, m.leaseId, outcome.error, after);
          log.warn({ ...ctx, error: outcome.error, attempts: m.attempts + 1 }, 'sms failed');
          done('failed', null);
          break;
        }
        const backoffSeconds = outcome.tried > 0 ? 2 ** (m.attempts + 1) : 0;
        const next = new Date(Math.max(after.getTime() + backoffSeconds * 1000, outcome.retryAt?.getTime() ?? 0, after.getTime() + 1000));
        held = await store.markRetry(m.id, m.leaseId, outcome.error, next, outcome.tried > 0, after);
        log.warn({ ...ctx, error: outcome.error, retryAt: next.toISOString() }, 'sms will be retried');
        done('retry', null);
      }
    }
    if (!held) log.warn(ctx, 'sms lease lost to another claim: its outcome is left to that claim');
  }
}
