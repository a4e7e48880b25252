import type { Logger } from 'pino';
import { maskPhone } from '../phone/index.ts';
import { CircuitBreaker, DEFAULT_CIRCUIT, type CircuitOptions, type CircuitState } from './circuit.ts';
import { SmsSendError, type SmsMessage, type SmsSender } from './port.ts';

/** What one provider did with one message. `skipped`: its circuit was open. */
export type AttemptOutcome = 'sent' | 'failed' | 'timeout' | 'refused' | 'unsupported' | 'skipped';

export type RouteOutcome =
  | { kind: 'sent'; provider: string; providerMessageId?: string }
  /** A provider refused the message itself (a bad number): no other provider is tried. */
  | { kind: 'refused'; provider: string; error: string }
  /** Nothing took it. `tried`: providers contacted. `retryAt`: none was, because every circuit was open. */
  | { kind: 'failed'; error: string; tried: number; retryAt?: Date }
  /** `beforeAttempt` said stop: the message is no longer ours to send. */
  | { kind: 'lost' };

export interface RouterEvents {
  attempt(event: { provider: string; region: string; outcome: AttemptOutcome; seconds?: number }): void;
  circuit(provider: string, state: CircuitState): void;
}

export interface SendOptions {
  /** Walks only these providers (a hand-off cut short by a crash goes back only where it went). */
  only?: readonly string[];
  /** Runs before each hand-off (the outbox records it durably); false stops the walk. */
  beforeAttempt?: (provider: string) => Promise<boolean>;
}

export interface SmsRouter {
  send(message: SmsMessage, options?: SendOptions): Promise<RouteOutcome>;
  /** The longest one hand-off to this provider may take, in ms. */
  timeoutMs(provider: string): number;
  circuitStates(): Record<string, CircuitState>;
}

/** The router's own deadline comes this long after the adapter's, so the adapter's clearer error wins. */
const GRACE_MS = 1000;

/**
 * Picks the ordered provider list for the message's region (`sms.routes`, else `default`) and
 * tries each in turn until one accepts. An error or a timeout moves on to the next provider; a
 * permanent refusal (a bad number) stops the walk; a provider whose circuit is open is skipped.
 */
export function createSmsRouter(options: {
  senders: ReadonlyMap<string, SmsSender>;
  routes: Readonly<Record<string, readonly string[]>>;
  log: Logger;
  /** Each provider's own `timeoutMs`; 10 s for one not listed. */
  timeouts?: Readonly<Record<string, number>>;
  circuit?: CircuitOptions;
  nowMs?: () => number;
  events?: RouterEvents;
}): SmsRouter {
  const { senders, log, events } = options;
  const nowMs = options.nowMs ?? Date.now;
  const timeoutMs = (name: string) => (options.timeouts?.[name] ?? 10_000) + GRACE_MS;
  const circuits = new Map<string, CircuitBreaker>();
  for (const name of senders.keys()) {
    circuits.set(
      name,
      new CircuitBreaker(options.circuit ?? DEFAULT_CIRCUIT, nowMs, (state, detail) => {
        log[state === 'closed' ? 'info' : 'warn']({ provider: name, circuit: state, ...detail }, `sms provider circuit ${state}`);
        events?.circuit(name, state);
      }),
    );
  }

  async function attempt(name: string, sender: SmsSender, circuit: CircuitBreaker, message: SmsMessage) {
    const started = nowMs();
    const report = (outcome: AttemptOutcome) => events?.attempt({ provider: name, region: message.region, outcome, seconds: (nowMs() - started) / 1000 });
    try {
      const result = await sender.send(message, { signal: AbortSignal.timeout(timeoutMs(name)) });
      circuit.succeeded();
      report('sent');
      log.info({ messageId: message.id, to: maskPhone(message.to), provider: name, ms: nowMs() - started }, 'sms accepted by provider');
      return { ok: true as const, result };
    } catch (err) {
      const e = err instanceof SmsSendError ? err : new SmsSendError(`${name}: ${(err as Error).message}`, { cause: err });
      const outcome: AttemptOutcome = e.permanent ? 'refused' : e.unsupported ? 'unsupported' : e.timedOut ? 'timeout' : 'failed';
      // A refusal of the message itself shows the gateway works; a message it cannot carry says nothing.
      if (e.permanent) circuit.succeeded();
      else if (e.unsupported) circuit.released();
      else circuit.failed();
      report(outcome);
      log.warn({ messageId: message.id, to: maskPhone(message.to), provider: name, outcome, err: e.message }, 'sms provider did not take the message');
      return { ok: false as const, outcome, error: e.message };
    }
  }

  return {
    timeoutMs,
    circuitStates: () => Object.fromEntries([...circuits].map(([name, c]) => [name, c.current()])),

    async send(message, sendOptions = {}) {
      const route = options.routes[message.region] ?? options.routes.default ?? [...senders.keys()];
      const names = sendOptions.only ?? route;
      let lastError = 'no SMS provider is configured for this region';
      let tried = 0;
      let reopensAtMs = Infinity;
      for (const name of names) {
        const sender = senders.get(name);
        const circuit = circuits.get(name);
        if (!sender || !circuit) continue;
        if (circuit.acquire() === null) {
          reopensAtMs = Math.min(reopensAtMs, circuit.reopensAtMs() || nowMs());
          events?.attempt({ provider: name, region: message.region, outcome: 'skipped' });
          log.info({ messageId: message.id, provider: name }, 'sms provider skipped: circuit open');
          lastError = `${name}: circuit open`;
          continue;
        }
        if (sendOptions.beforeAttempt && !(await sendOptions.beforeAttempt(name))) {
          circuit.released();
          return { kind: 'lost' };
        }
        const done = await attempt(name, sender, circuit, message);
        if (done.ok) return { kind: 'sent', provider: name, ...(done.result.providerMessageId ? { providerMessageId: done.result.providerMessageId } : {}) };
        if (done.outcome === 'refused') return { kind: 'refused', provider: name, error: done.error };
        if (done.outcome !== 'unsupported') tried += 1;
        lastError = done.error;
      }
      if (tried === 0 && reopensAtMs !== Infinity) return { kind: 'failed', error: lastError, tried, retryAt: new Date(reopensAtMs) };
      return { kind: 'failed', error: lastError, tried };
    },
  };
}
