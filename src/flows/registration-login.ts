import { TesseraError } from '../core/errors.ts';
import type { FlowDeps, RequestContext } from './deps.ts';
import { admitLogin } from './login-decision.ts';
import { loadFlow } from './registration.ts';

/**
 * POST /v1/registrations/{id}/login: the person proved they hold a number that already has an
 * account, so the verified flow becomes an SMS login, with the rules of any SMS login: a known
 * device gets a session; a new device of an account with a second factor gets a challenge for it.
 * loadFlow → checkVerified → findAccount → admitLogin (standing → known device ? session : (second factor ? challenge : session on a new device))
 */
export async function loginFromRegistration(
  deps: FlowDeps,
  id: string,
  input: { deviceName?: string | undefined; deviceToken?: string | undefined },
  ctx: RequestContext,
) {
  const flow = await loadFlow(deps, id, 'registration', ctx);
  if (flow.state !== 'verified') throw new TesseraError('flow_state_invalid', { state: flow.state });
  const account = await deps.accounts.findByPhone(flow.phone);
  if (!account) throw new TesseraError('flow_state_invalid', { state: 'phone_not_registered' });
  return admitLogin(deps, account, ctx, {
    firstFactor: 'sms',
    deviceToken: input.deviceToken,
    deviceName: input.deviceName ?? flow.deviceName,
    completeFlowId: flow.id,
  });
}
