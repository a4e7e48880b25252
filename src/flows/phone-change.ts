import { addSeconds } from '../core/clock.ts';
import { TesseraError } from '../core/errors.ts';
import { newFlowId } from '../core/random.ts';
import { publicAccount } from '../accounts/index.ts';
import { maskPhone } from '../phone/index.ts';
import { requireRecentAuth, type SessionRecord } from '../sessions/index.ts';
import { sendSecurityAlert } from './alerts.ts';
import { issueCode } from './code-issue.ts';
import type { FlowDeps, RequestContext, SecondFactorMethod } from './deps.ts';
import { checkSecondFactor, type FactorAnswer } from './factor-check.ts';
import type { FlowRecord } from './ports.ts';
import { admitPhone, checkFlowCode, describeFlow, loadFlow } from './registration.ts';
import { sessionAccount } from './security.ts';
import { guardCodeSend, noteCodeSent } from './send-guard.ts';

/**
 * A phone change keeps its progress in the flow's data: the flow's `phone` is the new number, and
 * the code slot carries first the new number's code, then (on request) the old number's.
 */
interface PhoneChangeData {
  oldPhone: string | null;
  oldRegion: string;
  newVerified: boolean;
  oldCodeSent: boolean;
  oldProven: boolean;
}

function dataOf(flow: FlowRecord): PhoneChangeData {
  const d = flow.data as Partial<PhoneChangeData>;
  return {
    oldPhone: d.oldPhone ?? null,
    oldRegion: d.oldRegion ?? flow.region,
    newVerified: d.newVerified === true,
    oldCodeSent: d.oldCodeSent === true,
    oldProven: d.oldProven === true,
  };
}

/** The signed-in account's own live phone change; anyone else's is `flow_not_found`. */
async function loadOwn(deps: FlowDeps, session: SessionRecord, id: string) {
  const flow = await loadFlow(deps, id, 'phone_change');
  if (flow.accountId !== session.accountId) throw new TesseraError('flow_not_found');
  if (flow.state !== 'code_sent') throw new TesseraError('flow_state_invalid', { state: flow.state });
  return { flow, data: dataOf(flow) };
}

/**
 * POST /v1/me/phone-change {phone}: recent authentication → admitPhone → a new number
 * → proofOfWork → budgets (of the new number) → issueCode → flow → send.
 * Whether the new number has an account is not looked at here: the answer, the budgets spent and
 * the work are the same either way (docs/abuse.md), and `phone_registered` comes only once the person
 * has proved they hold the number (`verifyPhoneChange`).
 */
export async function startPhoneChange(
  deps: FlowDeps,
  session: SessionRecord,
  input: { phone: string; country?: string | undefined; pow?: string | undefined },
  ctx: RequestContext,
) {
  requireRecentAuth(session, deps.clock.now());
  const account = await sessionAccount(deps, session);
  const phone = await admitPhone(deps, input.phone, input.country);
  if (phone.e164 === account.phone) throw new TesseraError('invalid_request', { field: 'phone', reason: 'unchanged' });
  await guardCodeSend(deps, phone, ctx, input.pow);
  const now = deps.clock.now();
  const data: PhoneChangeData = { oldPhone: account.phone, oldRegion: account.region, newVerified: false, oldCodeSent: false, oldProven: false };
  const flow = {
    id: newFlowId(),
    kind: 'phone_change' as const,
    state: 'code_sent' as const,
    phone: phone.e164,
    region: phone.region,
    accountId: account.id,
    locale: ctx.locale,
    deviceName: null,
    ip: ctx.ip,
    lastSentAt: now,
    expiresAt: addSeconds(now, deps.policy.flows.ttlSeconds),
    data: { ...data },
  };
  const { code, sms } = await issueCode(deps, flow, 'phone_change');
  await deps.flows.create(flow, code, sms, now);
  deps.sendQueued(sms.id);
  await noteCodeSent(deps, phone);
  await deps.audit.append(
    {
      accountId: account.id,
      actor: 'account',
      action: 'phone.change_started',
      outcome: 'success',
      ip: ctx.ip,
      deviceId: session.deviceId,
      details: { to: maskPhone(phone.e164) },
    },
    now,
  );
  return describeFlow(deps, { ...flow, sends: 1, attempts: 0, verifiedAt: null, createdAt: now }, 'queued');
}

/** The ways to prove the old number or another factor: an SMS to the old number, when there is one, and the second factors. */
async function proofMethods(deps: FlowDeps, accountId: string, oldPhone: string | null): Promise<('sms' | SecondFactorMethod)[]> {
  return [...(oldPhone ? ['sms' as const] : []), ...(await deps.factors.methods(accountId))];
}

/**
 * POST /v1/me/phone-change/{id}/verify {code}: the new number's code → free of any live account
 * (said only now, to the person who proved they hold it) → newVerified → the ways left to prove the old one.
 */
export async function verifyPhoneChange(deps: FlowDeps, session: SessionRecord, id: string, code: string) {
  const { flow, data } = await loadOwn(deps, session, id);
  if (data.newVerified) throw new TesseraError('flow_state_invalid', { state: 'new_number_verified' });
  await checkFlowCode(deps, flow, code, 'phone_change');
  if (await deps.accounts.findByPhone(flow.phone)) {
    await deps.flows.transition(flow.id, 'code_sent', 'cancelled', deps.clock.now());
    throw new TesseraError('phone_registered');
  }
  if (!(await deps.flows.mergeData(flow.id, { newVerified: true }, 'code_sent', { newVerified: false }))) {
    throw new TesseraError('flow_state_invalid', { state: 'changed' });
  }
  return { id: flow.id, newNumberVerified: true, methods: await proofMethods(deps, session.accountId, data.oldPhone) };
}

/** POST /v1/me/phone-change/{id}/send-old: a code to the old number, under its budgets (the new number's code is spent by now). */
export async function sendOldNumberCode(deps: FlowDeps, session: SessionRecord, id: string, pow: string | undefined, ctx: RequestContext) {
  const { flow, data } = await loadOwn(deps, session, id);
  if (!data.newVerified) throw new TesseraError('flow_state_invalid', { state: 'new_number_not_verified' });
  if (!data.oldPhone) throw new TesseraError('invalid_request', { field: 'method', reason: 'no_old_number' });
  const target = { e164: data.oldPhone, region: data.oldRegion };
  await guardCodeSend(deps, target, ctx, pow);
  const { code, sms } = await issueCode(deps, { id: flow.id, phone: target.e164, region: target.region, locale: flow.locale }, 'phone_change');
  const now = deps.clock.now();
  if (!(await deps.flows.replaceCode(flow.id, code, sms, deps.policy.codes.maxSendsPerFlow, now))) {
    throw new TesseraError('rate_limited', { retryAfterSeconds: Math.max(1, Math.ceil((flow.expiresAt.getTime() - now.getTime()) / 1000)), scope: 'flow' });
  }
  deps.sendQueued(sms.id);
  await noteCodeSent(deps, target);
  await deps.flows.mergeData(flow.id, { oldCodeSent: true }, 'code_sent');
  return {
    id: flow.id,
    sent: true,
    phone: { masked: maskPhone(target.e164) },
    resendAt: addSeconds(now, deps.policy.codes.resendSeconds).toISOString(),
    code: { length: deps.policy.codes.length, ttlSeconds: deps.policy.codes.ttlSeconds },
  };
}

/**
 * POST /v1/me/phone-change/{id}/confirm {method, code?, credential?}
 * loadOwn → newVerified → the account still holds the old number → proof (old number's code, or a second factor)
 * → swap in one transaction (a number taken meanwhile is `phone_registered`) → notice to the old number → audit
 */
export async function confirmPhoneChange(deps: FlowDeps, session: SessionRecord, id: string, answer: FactorAnswer, ctx: RequestContext) {
  const { flow, data } = await loadOwn(deps, session, id);
  if (!data.newVerified) throw new TesseraError('flow_state_invalid', { state: 'new_number_not_verified' });
  const account = await sessionAccount(deps, session);
  if (account.phone !== data.oldPhone) throw new TesseraError('flow_state_invalid', { state: 'account_changed' });
  let method = answer.method ?? 'sms';
  if (!data.oldProven) {
    if (answer.method === 'sms') {
      if (!data.oldPhone || !data.oldCodeSent) throw new TesseraError('flow_state_invalid', { state: 'old_number_code_not_sent' });
      await checkFlowCode(deps, { ...flow, phone: data.oldPhone, region: data.oldRegion }, answer.code ?? '', 'phone_change');
    } else {
      method = await checkSecondFactor(deps, flow, account, await deps.factors.methods(account.id), answer, ctx, 'phone_change');
    }
    // Proven once is proven: a swap lost to a race need not cost a second code.
    await deps.flows.mergeData(flow.id, { oldProven: true, provenBy: method }, 'code_sent');
  }
  const now = deps.clock.now();
  const swapped = await deps.accounts.changePhone({ accountId: account.id, from: data.oldPhone, to: flow.phone, region: flow.region, flowId: flow.id }, now);
  if (!swapped) throw new TesseraError('flow_state_invalid', { state: 'changed' });
  await deps.audit.append(
    {
      accountId: account.id,
      actor: 'account',
      action: 'phone.changed',
      outcome: 'success',
      ip: ctx.ip,
      deviceId: session.deviceId,
      details: { from: data.oldPhone ? maskPhone(data.oldPhone) : null, to: maskPhone(flow.phone), proof: method },
    },
    now,
  );
  // `account` still names the old number: that is where the notice goes.
  await sendSecurityAlert(deps, account, 'phone_changed', {}, ctx);
  const updated = await deps.accounts.findById(account.id);
  return { account: publicAccount(updated ?? account) };
}

/** The account and binding id for WebAuthn options that answer this phone change with a passkey. */
export async function phoneChangeFactorBinding(deps: FlowDeps, session: SessionRecord, id: string): Promise<{ accountId: string; bindingId: string }> {
  const { flow, data } = await loadOwn(deps, session, id);
  if (!data.newVerified) throw new TesseraError('flow_state_invalid', { state: 'new_number_not_verified' });
  return { accountId: session.accountId, bindingId: flow.id };
}
