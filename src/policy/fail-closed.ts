import { TesseraError, isTesseraError } from '../core/errors.ts';
import type { Counters } from './counters/index.ts';

const RETRY_SECONDS = 5;

/**
 * SMS sending and code checking fail closed (docs/abuse.md): when the counter store cannot answer,
 * the request gets `service_unavailable` (503) and nothing is sent unmetered.
 */
export function failClosed(counters: Counters, onFailure?: (err: unknown) => void): Counters {
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await fn(...args);
      } catch (err) {
        if (isTesseraError(err)) throw err;
        onFailure?.(err);
        throw new TesseraError('service_unavailable', { retryAfterSeconds: RETRY_SECONDS });
      }
    };
  return {
    hit: guard(counters.hit.bind(counters)),
    hitEach: guard(counters.hitEach.bind(counters)),
    release: guard(counters.release.bind(counters)),
    attempt: guard(counters.attempt.bind(counters)),
    peek: guard(counters.peek.bind(counters)),
    claim: guard(counters.claim.bind(counters)),
    ttl: guard(counters.ttl.bind(counters)),
    reset: guard(counters.reset.bind(counters)),
    slidingHit: guard(counters.slidingHit.bind(counters)),
    slidingPeek: guard(counters.slidingPeek.bind(counters)),
    ...(counters.close ? { close: counters.close.bind(counters) } : {}),
  };
}
