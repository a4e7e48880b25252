import { requirePowIfNeeded } from '../policy/pow.ts';
import { spendSendBudget } from '../policy/send-budget.ts';
import type { FlowDeps, RequestContext } from './deps.ts';

export function powOptions(deps: FlowDeps) {
  return {
    hmacKey: Buffer.from(deps.keys.pow).toString('hex'),
    counters: deps.counters,
    afterPerIp10Min: deps.policy.budgets.powAfterPerIp10Min,
    now: () => deps.clock.now(),
  };
}

/** Every code SMS passes here first: proof of work when due, the pumping breaker, then the budgets. */
export async function guardCodeSend(deps: FlowDeps, target: { e164: string; region: string }, ctx: RequestContext, pow: string | undefined): Promise<void> {
  await requirePowIfNeeded(powOptions(deps), ctx.ip, pow);
  await deps.breaker.check(target.e164, target.region);
  await spendSendBudget(deps.counters, deps.policy, { e164: target.e164, region: target.region, ip: ctx.ip });
}

/** After a code SMS is queued: it counts toward its block's and country's conversion. */
export async function noteCodeSent(deps: FlowDeps, target: { e164: string; region: string }): Promise<void> {
  await deps.breaker.recordSend(target.e164, target.region);
}

/**
 * The same, for flows that must answer alike whether or not an SMS went (login codes, recoveries):
 * only a number with an account has a send to count, so the counting happens after the response,
 * where its time cannot tell the two apart. A count that fails is dropped: the SMS is queued
 * already and every budget was spent before it.
 */
export function noteCodeSentLater(deps: FlowDeps, target: { e164: string; region: string }): void {
  // After the answer has gone out: its time must not depend on whether an SMS left (enumeration).
  setImmediate(() => deps.breaker.recordSend(target.e164, target.region).catch(() => {}));
}
