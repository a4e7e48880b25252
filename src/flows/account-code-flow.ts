import { addSeconds } from '../core/clock.ts';
import { newFlowId, randomToken } from '../core/random.ts';
import { codeDigest } from '../otp/index.ts';
import { maskPhone } from '../phone/index.ts';
import { issueCode } from './code-issue.ts';
import type { FlowDeps, RequestContext } from './deps.ts';
import { admitPhone } from './registration.ts';
import { guardCodeSend, noteCodeSentLater } from './send-guard.ts';

/**
 * Starts a flow that sends a code only to a number with an account (login codes, recoveries),
 * with the same answer, the same budgets and nearly the same work whether or not one exists: for
 * an unknown number the flow holds a code nobody knows and its outbox row is recorded as
 * suppressed, so every guess is simply wrong.
 * admitPhone → proofOfWork → budgets → findAccount → flow + code (+ SMS only for an account)
 */
export async function startAccountCodeFlow(
  deps: FlowDeps,
  kind: 'login' | 'recovery',
  input: { phone: string; country?: string | undefined; pow?: string | undefined; deviceName?: string | undefined },
  ctx: RequestContext,
) {
  const phone = await admitPhone(deps, input.phone, input.country);
  await guardCodeSend(deps, phone, ctx, input.pow);
  const account = await deps.accounts.findByPhone(phone.e164);
  const now = deps.clock.now();
  const flow = {
    id: newFlowId(),
    kind,
    state: 'code_sent' as const,
    phone: phone.e164,
    region: phone.region,
    accountId: account?.id ?? null,
    locale: ctx.locale,
    deviceName: input.deviceName ?? null,
    ip: ctx.ip,
    lastSentAt: now,
    expiresAt: addSeconds(now, deps.policy.flows.ttlSeconds),
    data: {},
  };
  const { code, sms } = await issueCode(deps, flow, kind);
  if (!account) code.codeHash = codeDigest(deps.keys.hmac, flow.id, kind, randomToken(16));
  await deps.flows.create(flow, code, { ...sms, suppressed: !account }, now);
  if (account) {
    deps.sendQueued(sms.id);
    noteCodeSentLater(deps, phone);
  }
  return {
    id: flow.id,
    phone: { e164: phone.e164, region: phone.region, masked: maskPhone(phone.e164) },
    state: 'code_sent' as const,
    expiresAt: flow.expiresAt.toISOString(),
    resendAt: addSeconds(now, deps.policy.codes.resendSeconds).toISOString(),
    code: { length: deps.policy.codes.length, ttlSeconds: deps.policy.codes.ttlSeconds },
  };
}
