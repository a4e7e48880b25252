import type { Logger } from 'pino';
import type { Policy } from '../config/index.ts';
import type { Clock } from '../core/clock.ts';
import type { Resources } from '../core/resources.ts';
import type { Metrics } from '../http/metrics.ts';
import { smsMetricHooks } from '../http/metrics.ts';
import { createDevSender, createSmsRouter, SmsDispatcher, SmsReceipts, type DevInboxStore, type OutboxStore } from '../sms/index.ts';
import { buildProviders, type BuiltProviders } from '../sms/configure.ts';
import { warnDevDefault } from './dev-defaults.ts';

/*
 * SMS delivery in two steps of a start: the configured providers, validated and built before
 * anything else opens (a bad provider config fails first); then, once the database is there, the
 * dev inbox, the router, the outbox dispatcher and the receipt intake.
 */

/** No provider configured, or one of type `dev`: codes go to the dev inbox (refused by `tessera start`). */
export function usesDevInbox(policy: Policy): boolean {
  return Object.keys(policy.sms.providers).length === 0 || Object.values(policy.sms.providers).some((p) => p.type === 'dev');
}

export interface SmsProviders extends BuiltProviders {
  /** Where receipts that arrive on a provider's own link (a bound session) go from now on, until `resources` close. */
  receiveWith(receipts: SmsReceipts): void;
}

/** The configured providers' senders; their links close when `resources` close. */
export async function openSmsProviders(policy: Policy, deps: { log: Logger; clock: Clock }, resources: Resources): Promise<SmsProviders> {
  let intake: SmsReceipts | undefined;
  const built = await buildProviders(policy, {
    log: deps.log,
    now: () => deps.clock.now(),
    onReceipt: (provider, receipt) => intake?.fromLink(provider, receipt),
  });
  resources.defer('sms provider links', () => Promise.allSettled([...built.senders.values()].map((s) => s.close?.())));
  return {
    ...built,
    receiveWith(receipts) {
      intake = receipts;
      resources.defer('sms receipts', () => {
        intake = undefined;
        receipts.close();
      });
    },
  };
}

export interface SmsDeliveryDeps {
  policy: Policy;
  providers: SmsProviders;
  outbox: OutboxStore;
  devInbox: DevInboxStore | undefined;
  encryptionKey: Uint8Array;
  metrics: Metrics;
  log: Logger;
  clock: Clock;
  /** Poll the outbox every this many ms; undefined: do not poll (one-off CLI commands). */
  pollMs: number | undefined;
  leaseSeconds: number | undefined;
}

/** The dispatcher that sends what the outbox holds, and the intake of delivery receipts. */
export function startSmsDelivery(deps: SmsDeliveryDeps, resources: Resources): { dispatcher: SmsDispatcher; receipts: SmsReceipts } {
  const { policy, providers, outbox, log } = deps;
  const now = () => deps.clock.now();
  const senders = new Map(providers.senders);
  if (deps.devInbox) {
    senders.set('dev', createDevSender(deps.devInbox, now));
    warnDevDefault(log, 'dev SMS inbox', 'codes are not sent to phones; read them at /_dev/sms');
  }
  const routes = Object.keys(policy.sms.routes).length > 0 ? policy.sms.routes : { default: [...senders.keys()] };
  const hooks = smsMetricHooks(deps.metrics);
  const receipts = new SmsReceipts({ store: outbox, providers: providers.providers, log, now, metrics: hooks.receipts });
  providers.receiveWith(receipts);
  const dispatcher = new SmsDispatcher({
    store: outbox,
    router: createSmsRouter({ senders, routes, log, timeouts: providers.timeouts, events: hooks.router }),
    encryptionKey: deps.encryptionKey,
    log,
    now,
    metrics: hooks.outbox,
    dedupesById: (provider) => senders.get(provider)?.dedupesById === true,
    maxAgeSeconds: (purpose) => (purpose === 'security_alert' ? 3600 : policy.codes.ttlSeconds),
    ...(deps.leaseSeconds ? { leaseSeconds: deps.leaseSeconds } : {}),
  });
  // Stopping also waits for the sends under way, which a one-off command's `kick` may have begun.
  resources.defer('sms dispatcher', () => dispatcher.stop());
  if (deps.pollMs !== undefined) dispatcher.start(deps.pollMs);
  return { dispatcher, receipts };
}
