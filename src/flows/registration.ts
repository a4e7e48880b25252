import { addSeconds } from '../core/clock.ts';
import { TesseraError } from '../core/errors.ts';
import { FLOW_ID_PATTERN, newFlowId } from '../core/random.ts';
import { codeDigest, normalizeSubmittedCode } from '../otp/index.ts';
import { assertMobile, assertRegionAllowed, maskPhone, parsePhone, type ParsedPhone } from '../phone/index.ts';
import { clearCooldown } from '../policy/send-budget.ts';
import { guardCodeSend, noteCodeSent } from './send-guard.ts';
export { powOptions } from './send-guard.ts';
import { reserveCodeGuess, settleCodeGuess } from '../policy/code-ledger.ts';
import { issueCode } from './code-issue.ts';
import type { FlowDeps, RequestContext } from './deps.ts';
import type { FlowRecord } from './ports.ts';
import { dormantSince } from './recycling.ts';

export interface StartInput {
  phone: string;
  country?: string | undefined;
  deviceName?: string | undefined;
  pow?: string | undefined;
}

/** normalizePhone → checkRegion → checkType → checkBlocklist → proofOfWork → spendBudgets → issueCode → store → send */
export async function startRegistration(deps: FlowDeps, input: StartInput, ctx: RequestContext) {
  const phone = await admitPhone(deps, input.phone, input.country);
  await guardCodeSend(deps, phone, ctx, input.pow);
  const now = deps.clock.now();
  const flow = {
    id: newFlowId(),
    kind: 'registration' as const,
    state: 'code_sent' as const,
    phone: phone.e164,
    region: phone.region,
    accountId: null,
    locale: ctx.locale,
    deviceName: input.deviceName ?? null,
    ip: ctx.ip,
    lastSentAt: now,
    expiresAt: addSeconds(now, deps.policy.flows.ttlSeconds),
    // Remembered so that every later answer of this flow can carry the clock_skew hint (docs/api.md).
    data: ctx.clientSkewSeconds !== undefined ? { clientSkewSeconds: ctx.clientSkewSeconds } : {},
  };
  const { code, sms } = await issueCode(deps, flow, 'registration');
  await deps.flows.create(flow, code, sms, now);
  deps.sendQueued(sms.id);
  await noteCodeSent(deps, phone);
  return describeFlow(deps, { ...flow, sends: 1, attempts: 0, verifiedAt: null, createdAt: now }, 'queued');
}

/** Parses and admits a number for an SMS: valid, allowed region, mobile, not blocked. */
export async function admitPhone(deps: FlowDeps, input: string, country: string | undefined): Promise<ParsedPhone> {
  const phone = parsePhone(input, country);
  assertRegionAllowed(phone, deps.policy.regions.allow);
  assertMobile(phone);
  if (await deps.blocklist.matches(phone.e164)) throw new TesseraError('phone_blocked');
  return phone;
}

/** The flow, live and of this kind, or the refusal that says why not. */
export async function loadFlow(deps: FlowDeps, id: string, kind: FlowRecord['kind'], ctx?: RequestContext): Promise<FlowRecord> {
  const flow = FLOW_ID_PATTERN.test(id) ? await deps.flows.get(id) : null;
  if (!flow || flow.kind !== kind) throw new TesseraError('flow_not_found');
  ctx?.onFlow?.(flow);
  if (flow.expiresAt <= deps.clock.now()) throw new TesseraError('flow_expired');
  return flow;
}

type DeliveryStatus = NonNullable<Awaited<ReturnType<FlowDeps['flows']['deliveryStatus']>>>;

export async function describeFlow(deps: FlowDeps, flow: FlowRecord, delivery?: DeliveryStatus | null) {
  const status = delivery ?? (await deps.flows.deliveryStatus(flow.id)) ?? 'queued';
  const resendAt = flow.lastSentAt ? addSeconds(flow.lastSentAt, deps.policy.codes.resendSeconds) : deps.clock.now();
  return {
    id: flow.id,
    phone: { e164: flow.phone, region: flow.region, masked: maskPhone(flow.phone) },
    state: flow.state,
    expiresAt: flow.expiresAt.toISOString(),
    resendAt: resendAt.toISOString(),
    sendsLeft: Math.max(0, deps.policy.codes.maxSendsPerFlow - flow.sends),
    code: { length: deps.policy.codes.length, ttlSeconds: deps.policy.codes.ttlSeconds },
    delivery: { status },
  };
}

export async function getRegistration(deps: FlowDeps, id: string, ctx?: RequestContext) {
  return describeFlow(deps, await loadFlow(deps, id, 'registration', ctx));
}

/** loadFlow → checkState → flowSendsLeft → proofOfWork → spendBudgets → issueCode (the old one dies) → send */
export async function resendRegistration(deps: FlowDeps, id: string, pow: string | undefined, ctx: RequestContext) {
  const flow = await loadFlow(deps, id, 'registration', ctx);
  if (flow.state !== 'code_sent') throw new TesseraError('flow_state_invalid', { state: flow.state });
  const now = deps.clock.now();
  if (flow.sends >= deps.policy.codes.maxSendsPerFlow) {
    throw new TesseraError('rate_limited', { retryAfterSeconds: Math.ceil((flow.expiresAt.getTime() - now.getTime()) / 1000), scope: 'flow' });
  }
  // A message that failed outright should not make the person wait out the cooldown.
  if ((await deps.flows.deliveryStatus(flow.id)) === 'failed') await clearCooldown(deps.counters, flow.phone);
  await guardCodeSend(deps, { e164: flow.phone, region: flow.region }, ctx, pow);
  const { code, sms } = await issueCode(deps, flow, 'registration');
  if (!(await deps.flows.replaceCode(flow.id, code, sms, deps.policy.codes.maxSendsPerFlow, now))) {
    throw new TesseraError('flow_state_invalid', { state: 'changed' });
  }
  deps.sendQueued(sms.id);
  await noteCodeSent(deps, { e164: flow.phone, region: flow.region });
  return describeFlow(deps, { ...flow, sends: flow.sends + 1, lastSentAt: now }, 'queued');
}

/**
 * loadFlow → checkState → consumeCode (atomic, single use) → markVerified → phoneRegistered? → recycled?
 * `recycled`: the number's account has been dormant for `recycling.idleDays`, so the person may
 * take the number over (`takeOverNumber` on complete) instead of logging in to it.
 */
export async function verifyRegistration(deps: FlowDeps, id: string, submitted: string, ctx?: RequestContext) {
  const flow = await loadFlow(deps, id, 'registration', ctx);
  if (flow.state === 'completed' || flow.state === 'cancelled') throw new TesseraError('flow_state_invalid', { state: flow.state });
  await checkFlowCode(deps, flow, submitted, 'registration');
  const now = deps.clock.now();
  await deps.flows.transition(flow.id, 'code_sent', 'verified', now);
  const existing = await deps.accounts.findByPhone(flow.phone);
  const recycled = existing !== null && (await dormantSince(deps, existing, now)) !== null;
  return { id: flow.id, state: 'verified' as const, phoneRegistered: existing !== null, recycled };
}

/** Checks a code against a flow's live code, mapping every outcome to its error code. */
export async function checkFlowCode(deps: FlowDeps, flow: FlowRecord, submitted: string, purpose: string): Promise<void> {
  const code = normalizeSubmittedCode(submitted);
  if (!/^\d{4,10}$/.test(code)) throw new TesseraError('invalid_request', { field: 'code', reason: 'digits' });
  await reserveCodeGuess(deps.counters, flow.phone);
  const outcome = await deps.flows.consumeCode(flow.id, codeDigest(deps.keys.hmac, flow.id, purpose, code), deps.clock.now());
  // The right code proves the number is held, even when a concurrent duplicate already used it.
  await settleCodeGuess(deps.counters, flow.phone, outcome.kind === 'ok' || outcome.kind === 'spent');
  if (outcome.kind === 'ok') await deps.breaker.recordVerified(flow.phone, flow.region);
  switch (outcome.kind) {
    case 'ok':
      return;
    case 'incorrect':
    case 'spent':
      throw new TesseraError('code_incorrect', { attemptsLeft: outcome.attemptsLeft });
    case 'exhausted':
      throw new TesseraError('code_attempts_exceeded');
    case 'expired':
    case 'missing':
      throw new TesseraError('code_expired');
  }
}
