import { TesseraError } from '../core/errors.ts';
import type { FlowDeps, RequestContext } from './deps.ts';
import { createChallenge } from './login.ts';
import { loadFlow } from './registration.ts';
import { knownDevice, openSessionFor } from './session-open.ts';

/**
 * POST /v1/registrations/{id}/login: the person proved they hold a number that already has an
 * account, so the verified flow becomes an SMS login, with the rules of any SMS login: a known
 * device gets a session; a new device of an account with a second factor gets a challenge for it.
 * loadFlow → checkVerified → findAccount → knownDevice ? session : (second factor ? challenge : session on a new device)
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
  if (account.status === 'frozen') throw new TesseraError('account_frozen');
  const deviceName = input.deviceName ?? flow.deviceName;
  const device = await knownDevice(deps, account.id, input.deviceToken);
  if (device) return openSessionFor(deps, account, ctx, { deviceId: device.id, deviceName: device.name, completeFlowId: flow.id, methods: ['sms'] });
  const factors = await deps.factors.methods(account.id);
  if (factors.length > 0) {
    const challengeId = await createChallenge(deps, account, ctx, factors, deviceName, 'sms');
    throw new TesseraError('verification_required', { challengeId, methods: factors });
  }
  return openSessionFor(deps, account, ctx, { deviceName, completeFlowId: flow.id, methods: ['sms'] });
}
