import { TesseraError } from '../core/errors.ts';
import type { AccountRecord } from '../accounts/index.ts';
import { admitLoginAttempt } from '../policy/login-throttle.ts';
import type { FlowDeps, RequestContext, SecondFactorMethod } from './deps.ts';
import { CHALLENGE_MAX_WRONG } from './challenge-issue.ts';
import type { FlowRecord } from './ports.ts';

export interface FactorAnswer {
  method?: string | undefined;
  code?: string | undefined;
  credential?: unknown;
}

/**
 * A second-factor answer inside a flow (recovery, phone change): one of the offered methods,
 * through the login throttle, at most 5 wrong answers per flow. A passkey answers the WebAuthn
 * options issued for the flow's id. Throws the refusal; returns on success.
 */
export async function checkSecondFactor(
  deps: FlowDeps,
  flow: FlowRecord,
  account: AccountRecord,
  offered: readonly SecondFactorMethod[],
  answer: FactorAnswer,
  ctx: RequestContext,
  purpose: string,
): Promise<SecondFactorMethod> {
  if (flow.attempts >= CHALLENGE_MAX_WRONG) throw new TesseraError('code_attempts_exceeded');
  const method = answer.method as SecondFactorMethod | undefined;
  if (!method || !offered.includes(method)) {
    throw new TesseraError('invalid_request', { field: 'method', reason: method ? 'not_offered' : 'required', methods: offered });
  }
  if (method !== 'passkey' && typeof answer.code !== 'string') throw new TesseraError('invalid_request', { field: 'code', reason: 'required' });
  const admission = await admitLoginAttempt(deps.loginCounters, { method, ip: ctx.ip, accountId: account.id, named: `id:${account.id}` });
  const ok = await deps.factors.verify(account.id, method, { code: answer.code, credential: answer.credential, challengeId: flow.id }, ctx);
  if (ok) {
    await admission.succeeded();
    return method;
  }
  await deps.audit.append({ accountId: account.id, actor: 'anonymous', action: `${purpose}.${method}`, outcome: 'failure', ip: ctx.ip }, deps.clock.now());
  const left = await deps.flows.recordWrongAnswer(flow.id, CHALLENGE_MAX_WRONG);
  if (left === null) throw new TesseraError('code_attempts_exceeded');
  throw new TesseraError('code_incorrect', { attemptsLeft: left });
}
