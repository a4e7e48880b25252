import { TesseraError } from '../core/errors.ts';
import { admitAccount } from '../accounts/index.ts';
import { FLOW_ID_PATTERN } from '../core/random.ts';
import { admitLoginAttempt } from '../policy/login-throttle.ts';
import { issueCode } from './code-issue.ts';
import type { FlowDeps, RequestContext } from './deps.ts';
import { CHALLENGE_MAX_WRONG, type ChallengeMethod } from './challenge-issue.ts';
import type { FlowRecord } from './ports.ts';
import { checkFlowCode } from './registration.ts';
import { guardCodeSend, noteCodeSent } from './send-guard.ts';
import { openSessionFor } from './session-open.ts';
import { sendSecurityAlert } from './alerts.ts';
import { unfreezeAccount } from './lifecycle.ts';

async function loadChallenge(deps: FlowDeps, id: string): Promise<FlowRecord & { methods: ChallengeMethod[] }> {
  const flow = FLOW_ID_PATTERN.test(id) ? await deps.flows.get(id) : null;
  if (flow?.kind !== 'challenge' || !flow.accountId) throw new TesseraError('flow_not_found');
  if (flow.expiresAt <= deps.clock.now()) throw new TesseraError('flow_expired');
  if (flow.state !== 'code_sent') throw new TesseraError('flow_state_invalid', { state: flow.state });
  if (flow.attempts >= CHALLENGE_MAX_WRONG) throw new TesseraError('code_attempts_exceeded');
  return { ...flow, methods: (flow.data.methods as ChallengeMethod[] | undefined) ?? [] };
}

function assertMethod(flow: { methods: ChallengeMethod[] }, method: string): asserts method is ChallengeMethod {
  if (!flow.methods.includes(method as ChallengeMethod)) {
    throw new TesseraError('invalid_request', { field: 'method', reason: 'not_offered', methods: flow.methods });
  }
}

/** Issues WebAuthn request options bound to the challenge (`allowCredentials` = the account's passkeys). */
export type PasskeyOptionsFor = (accountId: string, challengeId: string) => Promise<object>;

/**
 * POST /v1/challenges/{id}/send {method:"sms"}: loadChallenge → checkMethod → proofOfWork → budgets → issueCode → send
 * {method:"passkey"}: loadChallenge → checkMethod → the options the browser signs
 */
export async function sendChallengeCode(
  deps: FlowDeps,
  id: string,
  method: string,
  pow: string | undefined,
  ctx: RequestContext,
  passkeyOptions?: PasskeyOptionsFor,
) {
  const flow = await loadChallenge(deps, id);
  assertMethod(flow, method);
  if (method === 'passkey' && passkeyOptions) return { id: flow.id, method: 'passkey' as const, options: await passkeyOptions(flow.accountId!, flow.id) };
  if (method !== 'sms') throw new TesseraError('invalid_request', { field: 'method', reason: 'nothing_to_send' });
  await guardCodeSend(deps, { e164: flow.phone, region: flow.region }, ctx, pow);
  const { code, sms } = await issueCode(deps, flow, 'new_device');
  if (!(await deps.flows.replaceCode(flow.id, code, sms, deps.policy.codes.maxSendsPerFlow, deps.clock.now()))) {
    throw new TesseraError('rate_limited', { retryAfterSeconds: Math.ceil((flow.expiresAt.getTime() - Date.now()) / 1000), scope: 'flow' });
  }
  deps.sendQueued(sms.id);
  await noteCodeSent(deps, { e164: flow.phone, region: flow.region });
  return { id: flow.id, method: 'sms' as const, sent: true as const, code: { length: deps.policy.codes.length, ttlSeconds: deps.policy.codes.ttlSeconds } };
}

export interface ChallengeAnswer {
  method: string;
  code?: string | undefined;
  credential?: unknown;
  deviceName?: string | undefined;
}

/**
 * POST /v1/challenges/{id}/verify
 * loadChallenge → checkMethod → throttle → check the answer (5 wrong in all) → open a session on a new device → alert
 */
export async function verifyChallenge(deps: FlowDeps, id: string, answer: ChallengeAnswer, ctx: RequestContext) {
  const flow = await loadChallenge(deps, id);
  assertMethod(flow, answer.method);
  const account = await deps.accounts.findById(flow.accountId!);
  if (!account) throw new TesseraError('flow_not_found');
  const admission = await admitLoginAttempt(deps.loginCounters, { method: answer.method, ip: ctx.ip, accountId: account.id, named: `id:${account.id}` });
  let ok: boolean;
  if (answer.method === 'sms') {
    try {
      await checkFlowCode(deps, flow, answer.code ?? '', 'new_device');
      ok = true;
    } catch (err) {
      if (err instanceof TesseraError && err.code === 'code_incorrect') ok = false;
      else throw err;
    }
  } else {
    if (answer.method !== 'passkey' && typeof answer.code !== 'string') throw new TesseraError('invalid_request', { field: 'code' });
    ok = await deps.factors.verify(account.id, answer.method, { code: answer.code, credential: answer.credential, challengeId: flow.id }, ctx);
  }
  const now = deps.clock.now();
  if (!ok) {
    await deps.audit.append({ accountId: account.id, actor: 'anonymous', action: `challenge.${answer.method}`, outcome: 'failure', ip: ctx.ip }, now);
    const left = await deps.flows.recordWrongAnswer(flow.id, CHALLENGE_MAX_WRONG);
    if (left === null || left <= 0) {
      if (left === 0) throw new TesseraError('code_incorrect', { attemptsLeft: 0 });
      throw new TesseraError('code_attempts_exceeded');
    }
    throw new TesseraError('code_incorrect', { attemptsLeft: left });
  }
  await admission.succeeded();
  // An unfreeze challenge (POST /v1/account-unfreezes) is the one way a frozen account gets back in.
  const unfreeze = flow.data.purpose === 'unfreeze';
  if (!unfreeze) admitAccount(account);
  if (!(await deps.flows.transition(flow.id, 'code_sent', 'verified', now))) throw new TesseraError('flow_state_invalid', { state: 'used' });
  const firstFactor = String(flow.data.firstFactor ?? 'password');
  const current = unfreeze ? await unfreezeAccount(deps, account, ctx, answer.method) : account;
  const result = await openSessionFor(deps, current, ctx, {
    deviceName: answer.deviceName ?? flow.deviceName,
    completeFlowId: flow.id,
    methods: [firstFactor, answer.method],
  });
  await sendSecurityAlert(deps, account, 'new_login', { device: answer.deviceName ?? flow.deviceName ?? ctx.userAgent ?? '' }, ctx);
  return result;
}
