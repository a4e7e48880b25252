import { TesseraError } from '../core/errors.ts';
import type { FlowDeps, RequestContext } from './deps.ts';
import { startAccountCodeFlow } from './account-code-flow.ts';
import { admitLogin } from './login-decision.ts';
import { checkFlowCode, loadFlow } from './registration.ts';

/** POST /v1/login-codes: the same answer whether or not the number has an account (see account-code-flow.ts). */
export function startLoginCode(deps: FlowDeps, input: { phone: string; country?: string | undefined; pow?: string | undefined }, ctx: RequestContext) {
  return startAccountCodeFlow(deps, 'login', input, ctx);
}

/**
 * POST /v1/login-codes/{id}/verify
 * loadFlow → consumeCode → findAccount → admitLogin (standing → known device ? session : (second factor ? challenge : session on a new device))
 */
export async function verifyLoginCode(
  deps: FlowDeps,
  id: string,
  input: { code: string; deviceToken?: string | undefined; deviceName?: string | undefined },
  ctx: RequestContext,
) {
  const flow = await loadFlow(deps, id, 'login');
  if (flow.state !== 'code_sent') throw new TesseraError('flow_state_invalid', { state: flow.state });
  await checkFlowCode(deps, flow, input.code, 'login');
  const now = deps.clock.now();
  await deps.flows.transition(flow.id, 'code_sent', 'verified', now);
  const account = flow.accountId ? await deps.accounts.findById(flow.accountId) : null;
  if (!account || account.phone !== flow.phone) throw new TesseraError('flow_state_invalid', { state: 'account_changed' });
  return admitLogin(deps, account, ctx, {
    firstFactor: 'sms',
    deviceToken: input.deviceToken,
    deviceName: input.deviceName ?? null,
    completeFlowId: flow.id,
  });
}
