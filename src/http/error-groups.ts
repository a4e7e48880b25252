import type { ErrorCode } from '../core/errors.ts';

/**
 * Refusals that come together, wherever an operation does the same kind of work (docs/errors.md
 * says what each code means). Operations list them in their `errors` (http/route.ts).
 */

/** A flow named by id: none such (or malformed), or past its time. */
export const FLOW_ERRORS = ['flow_not_found', 'flow_expired'] as const satisfies readonly ErrorCode[];
/** A number that is read: not a number, not a mobile, from a region not served, blocked. */
export const PHONE_ERRORS = ['phone_invalid', 'phone_not_mobile', 'region_not_supported', 'phone_blocked'] as const satisfies readonly ErrorCode[];
/** Checking a code: wrong, dead, used up, or the number's wrong-code wait; its counters fail closed (docs/abuse.md). */
export const CODE_ERRORS = [
  'code_incorrect',
  'code_expired',
  'code_attempts_exceeded',
  'rate_limited',
  'service_unavailable',
] as const satisfies readonly ErrorCode[];
/** Sending a code: proof of work, the pumping breaker, the budgets, the number's wrong-code ledger; fail closed too. */
export const SEND_ERRORS = ['challenge_required', 'rate_limited', 'code_attempts_exceeded', 'service_unavailable'] as const satisfies readonly ErrorCode[];
