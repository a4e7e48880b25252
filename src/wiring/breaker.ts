import type { Logger } from 'pino';
import type { AuditLog } from '../audit/index.ts';
import type { Clock } from '../core/clock.ts';
import type { Metrics } from '../http/metrics.ts';
import { PumpingBreaker, type BreakerDeps } from '../policy/pumping-breaker.ts';

/** The SMS pumping breaker, whose every pause is counted, logged and written to the audit log. */
export function createBreaker(deps: Omit<BreakerDeps, 'now' | 'onPause'> & { clock: Clock; audit: AuditLog; metrics: Metrics; log: Logger }): PumpingBreaker {
  const { clock, audit, metrics, log } = deps;
  return new PumpingBreaker({
    counters: deps.counters,
    policy: deps.policy,
    store: deps.store,
    now: () => clock.now(),
    onPause: (pause, stats) => {
      metrics.breakerPauses.inc({ scope: pause.scope });
      log.warn({ scope: pause.scope, key: pause.key, until: pause.until, level: pause.level, ...stats }, 'sms pumping breaker: paused');
      // Not awaited by the request that tripped it; a failed write is logged, never an unhandled rejection (which would end the process).
      audit
        .append({ accountId: null, actor: 'system', action: 'sms.breaker.paused', outcome: 'success', details: { ...pause, ...stats } }, clock.now())
        .catch((err) => log.error({ err: (err as Error).message }, 'audit: sms.breaker.paused not written'));
    },
  });
}
