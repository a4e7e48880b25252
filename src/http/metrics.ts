import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { OutboxMetrics, ReceiptMetrics, RouterEvents } from '../sms/index.ts';
import type { SessionCacheStats } from '../sessions/index.ts';

/** One registry per server instance, so several can live in one process (tests). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tessera_' });
  return {
    registry,
    httpRequests: new Counter({
      name: 'tessera_http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'tessera_http_request_duration_seconds',
      help: 'HTTP request duration',
      labelNames: ['method', 'route'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    registrations: new Counter({
      name: 'tessera_registrations_total',
      help: 'Registration steps by outcome',
      labelNames: ['step', 'outcome'],
      registers: [registry],
    }),
    breakerPauses: new Counter({
      name: 'tessera_sms_breaker_pauses_total',
      help: 'SMS-pumping breaker pauses by scope',
      labelNames: ['scope'],
      registers: [registry],
    }),
    counterStoreErrors: new Counter({
      name: 'tessera_counter_store_errors_total',
      help: 'Requests refused (503) because the counter store did not answer',
      registers: [registry],
    }),
    smsSent: new Counter({
      name: 'tessera_sms_sent_total',
      help: 'SMS hand-off attempts by provider, region and outcome (sent, failed, timeout, refused, unsupported; skipped: circuit open)',
      labelNames: ['provider', 'region', 'outcome'],
      registers: [registry],
    }),
    smsSendSeconds: new Histogram({
      name: 'tessera_sms_send_duration_seconds',
      help: 'SMS hand-off time per provider',
      labelNames: ['provider'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    smsCircuit: new Gauge({
      name: 'tessera_sms_provider_circuit',
      help: 'SMS provider circuit: 0 closed, 1 half-open, 2 open',
      labelNames: ['provider'],
      registers: [registry],
    }),
    smsCircuitChanges: new Counter({
      name: 'tessera_sms_provider_circuit_changes_total',
      help: 'SMS provider circuit changes by new state',
      labelNames: ['provider', 'state'],
      registers: [registry],
    }),
    smsMessages: new Counter({
      name: 'tessera_sms_messages_total',
      help: 'SMS outbox messages by region and outcome (sent, failed, expired, superseded, retry, in_doubt)',
      labelNames: ['region', 'outcome'],
      registers: [registry],
    }),
    smsSegments: new Counter({
      name: 'tessera_sms_segments_total',
      help: 'SMS segments sent, by provider and region',
      labelNames: ['provider', 'region'],
      registers: [registry],
    }),
    smsReceipts: new Counter({
      name: 'tessera_sms_receipts_total',
      help: 'SMS delivery receipts by provider, status and match (applied, ignored, unmatched)',
      labelNames: ['provider', 'status', 'match'],
      registers: [registry],
    }),
    smsTestNumberUses: new Counter({
      name: 'tessera_sms_test_number_uses_total',
      help: 'Codes issued to configured test numbers (no SMS sent), by purpose',
      labelNames: ['purpose'],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const CIRCUIT_VALUE = { closed: 0, half_open: 1, open: 2 } as const;

/** The SMS router's, outbox's and receipt intake's events as the metrics above. */
export function smsMetricHooks(m: Metrics): { router: RouterEvents; outbox: OutboxMetrics; receipts: ReceiptMetrics } {
  return {
    router: {
      attempt({ provider, region, outcome, seconds }) {
        m.smsSent.inc({ provider, region, outcome });
        if (seconds !== undefined) m.smsSendSeconds.observe({ provider }, seconds);
      },
      circuit(provider, state) {
        m.smsCircuit.set({ provider }, CIRCUIT_VALUE[state]);
        m.smsCircuitChanges.inc({ provider, state });
      },
    },
    outbox: {
      message(outcome, region, provider, segments) {
        m.smsMessages.inc({ region, outcome });
        if (outcome === 'sent' && provider) m.smsSegments.inc({ provider, region }, segments);
      },
    },
    receipts: { receipt: (provider, status, match) => m.smsReceipts.inc({ provider, status, match }) },
  };
}

/** The session cache's lookups, size and state, read when /metrics is scraped. */
export function sessionCacheMetrics(m: Metrics, stats: () => SessionCacheStats): void {
  new Gauge({
    name: 'tessera_session_cache_lookups',
    help: 'Session lookups since start, by result (hit: answered from memory; miss: read from the database)',
    labelNames: ['result'],
    registers: [m.registry],
    collect() {
      const s = stats();
      this.set({ result: 'hit' }, s.hits);
      this.set({ result: 'miss' }, s.misses);
    },
  });
  new Gauge({
    name: 'tessera_session_cache_entries',
    help: 'Sessions held in memory',
    registers: [m.registry],
    collect() {
      this.set(stats().size);
    },
  });
  new Gauge({
    name: 'tessera_session_cache_live',
    help: '1 while the cache is on (database notifications are heard), else 0',
    registers: [m.registry],
    collect() {
      this.set(stats().live ? 1 : 0);
    },
  });
}
