import { TesseraError } from '../core/errors.ts';
import { assertPasswordLength, assertStrongPassword, passwordUserInputs } from '../passwords/index.ts';
import { parsePhone } from '../phone/index.ts';
import { parseSessionToken } from '../sessions/index.ts';
import { admitAccount, type AccountRecord } from '../accounts/index.ts';
import { startAccountCodeFlow } from './account-code-flow.ts';
import { sendSecurityAlert } from './alerts.ts';
import type { FlowDeps, RequestContext, SecondFactorMethod } from './deps.ts';
import { checkSecondFactor } from './factor-check.ts';
import { checkFlowCode, loadFlow } from './registration.ts';
import { openSessionFor } from './session-open.ts';

export interface RecoveryStartInput {
  phone: string;
  country?: string | undefined;
  deviceName?: string | undefined;
  pow?: string | undefined;
}

/**
 * POST /v1/recoveries: a forgotten password. The same answer, budgets and nearly the same work
 * whether or not the number has an account; only an account gets an SMS. For an unknown number
 * the flow holds a code nobody knows and its outbox row is recorded as suppressed.
 * admitPhone → proofOfWork → budgets → findAccount → flow + code (+ SMS only for an account)
 */
export function startRecovery(deps: FlowDeps, input: RecoveryStartInput, ctx: RequestContext) {
  return startAccountCodeFlow(deps, 'recovery', input, ctx);
}

/** The account a proven recovery flow is for; it must still hold the number and be allowed in. */
async function recoveringAccount(deps: FlowDeps, flow: { accountId: string | null; phone: string }): Promise<AccountRecord> {
  const account = flow.accountId ? await deps.accounts.findById(flow.accountId) : null;
  if (!account || account.phone !== flow.phone) throw new TesseraError('flow_state_invalid', { state: 'account_changed' });
  admitAccount(account);
  return account;
}

/**
 * POST /v1/recoveries/{id}/verify: the person proves the number; from here on the answers may
 * say what the account needs (its second factors), since only the number's holder sees them.
 * loadFlow → consumeCode → markVerified → standing → second factors
 */
export async function verifyRecovery(deps: FlowDeps, id: string, submitted: string) {
  const flow = await loadFlow(deps, id, 'recovery');
  if (flow.state !== 'code_sent') throw new TesseraError('flow_state_invalid', { state: flow.state });
  await checkFlowCode(deps, flow, submitted, 'recovery');
  await deps.flows.transition(flow.id, 'code_sent', 'verified', deps.clock.now());
  const account = await recoveringAccount(deps, flow);
  const methods = await deps.factors.methods(account.id);
  return { id: flow.id, state: 'verified' as const, secondFactorRequired: methods.length > 0, methods };
}

export interface RecoveryCompleteInput {
  newPassword: string;
  method?: SecondFactorMethod | undefined;
  code?: string | undefined;
  credential?: unknown;
  deviceName?: string | undefined;
}

/**
 * POST /v1/recoveries/{id}/complete
 * loadFlow → checkVerified → standing → passwordLength → passwordStrength → second factor (5 wrong answers per flow)
 * → hash → session on a new device (the flow completed in the same transaction) → new password → every other session ends
 * → notice → audit
 */
export async function completeRecovery(deps: FlowDeps, id: string, input: RecoveryCompleteInput, ctx: RequestContext) {
  const flow = await loadFlow(deps, id, 'recovery');
  if (flow.state !== 'verified') throw new TesseraError('flow_state_invalid', { state: flow.state });
  const account = await recoveringAccount(deps, flow);
  const { policy } = deps;
  assertPasswordLength(input.newPassword, policy.password);
  // The password is judged before the second factor, so a weak one does not burn a TOTP step or a recovery code.
  const words = { e164: flow.phone, nationalNumber: parsePhone(flow.phone).nationalNumber, handle: account.handle, displayName: account.displayName };
  assertStrongPassword(input.newPassword, passwordUserInputs(words), policy.password);
  const methods = await deps.factors.methods(account.id);
  if (methods.length > 0) await checkSecondFactor(deps, flow, account, methods, input, ctx, 'recovery');
  const hash = await deps.hasher.hash(input.newPassword);
  // The flow is consumed first (with the new session), so two completions cannot both reset the password.
  const grant = await openSessionFor(deps, account, ctx, {
    deviceName: input.deviceName ?? flow.deviceName,
    completeFlowId: flow.id,
    methods: methods.length > 0 ? ['sms', input.method!] : ['sms'],
  });
  const now = deps.clock.now();
  await deps.accounts.setPassword(account.id, hash, now);
  const revoked = await deps.sessions.revokeAll(account.id, now, parseSessionToken(grant.session.token)?.id);
  await deps.audit.append(
    {
      accountId: account.id,
      actor: 'account',
      action: 'password.reset',
      outcome: 'success',
      ip: ctx.ip,
      deviceId: grant.deviceId,
      details: { secondFactor: methods.length > 0 ? input.method : null, revokedSessions: revoked },
    },
    now,
  );
  await sendSecurityAlert(deps, account, 'password_reset', {}, ctx);
  return { session: grant.session, account: grant.account, deviceToken: grant.deviceToken! };
}

/** Whose passkey may answer this recovery, and the id the WebAuthn options are bound to (a passkey second factor). */
export async function recoveryFactorBinding(deps: FlowDeps, id: string): Promise<{ accountId: string; bindingId: string }> {
  const flow = await loadFlow(deps, id, 'recovery');
  if (flow.state !== 'verified') throw new TesseraError('flow_state_invalid', { state: flow.state });
  const account = await recoveringAccount(deps, flow);
  return { accountId: account.id, bindingId: flow.id };
}
