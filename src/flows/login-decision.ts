import { TesseraError } from '../core/errors.ts';
import { admitAccount, type AccountRecord } from '../accounts/index.ts';
import { createChallenge, type ChallengeMethod } from './challenge-issue.ts';
import type { FlowDeps, RequestContext, SecondFactorMethod } from './deps.ts';
import { knownDevice, openSessionFor, type KnownDevice } from './session-open.ts';

/** What the person proved before the decision: the password, the number (an SMS code), or a passkey. */
export type FirstFactor = 'password' | 'sms' | 'passkey';

export type LoginDecision =
  /** A session on the known `device`, or (`device: null`) on a new device whose token is returned once. */
  | { kind: 'session'; device: KnownDevice | null }
  /** `verification_required`: a new-device challenge answered by one of `methods`. */
  | { kind: 'challenge'; methods: ChallengeMethod[] };

/**
 * The rule of every way in (docs/login.md, "Ways in"), once the first factor passed:
 * - a known device needs nothing more; but a password alone never suffices for an account whose
 *   number went to someone else (docs/accounts.md): it has no SMS to fall back on and was dormant;
 * - a passkey is more than any second factor: a session on a new device too;
 * - otherwise the account's second factors, when it has any;
 * - otherwise an SMS code already proved the number: a session on a new device; a password is
 *   challenged by SMS, and an account without a number has no way in here.
 * The second factors are read only when the decision needs them.
 */
export async function decideLogin(
  account: Pick<AccountRecord, 'phone'>,
  firstFactor: FirstFactor,
  device: KnownDevice | null,
  factors: () => Promise<SecondFactorMethod[]>,
): Promise<LoginDecision> {
  const phoneless = account.phone === null;
  if (device && !(phoneless && firstFactor === 'password')) return { kind: 'session', device };
  if (firstFactor === 'passkey') return { kind: 'session', device: null };
  const offered = await factors();
  if (offered.length > 0) return { kind: 'challenge', methods: offered };
  if (firstFactor === 'sms') return { kind: 'session', device: null };
  if (phoneless) throw new TesseraError('forbidden', { reason: 'phone_released_no_second_factor' });
  return { kind: 'challenge', methods: ['sms'] };
}

export interface LoginAttempt {
  firstFactor: FirstFactor;
  /** The device token the request carried, looked up here… */
  deviceToken?: string | undefined;
  /** …unless the way in already looked it up (a password login does, before its password check, for the answer's timing). */
  device?: KnownDevice | null;
  /** The name of a new device (of the session or of the challenge). */
  deviceName: string | null;
  /** The verified flow the login comes out of (an SMS login): completed with the session. */
  completeFlowId?: string;
}

/**
 * The one login decision, made by every way in (password, SMS login code, registration-login,
 * passkey) once its first factor passed:
 * standing (a frozen account gets `account_frozen`) → knownDevice → decideLogin
 * → open a session (a pending deletion is cancelled) | issue a challenge and answer `verification_required`
 */
export async function admitLogin(deps: FlowDeps, account: AccountRecord, ctx: RequestContext, attempt: LoginAttempt) {
  admitAccount(account);
  const device = attempt.device !== undefined ? attempt.device : await knownDevice(deps, account.id, attempt.deviceToken);
  const decision = await decideLogin(account, attempt.firstFactor, device, () => deps.factors.methods(account.id));
  if (decision.kind === 'challenge') {
    const challengeId = await createChallenge(deps, account, ctx, decision.methods, attempt.deviceName, attempt.firstFactor);
    throw new TesseraError('verification_required', { challengeId, methods: decision.methods });
  }
  const flow = attempt.completeFlowId ? { completeFlowId: attempt.completeFlowId } : {};
  const methods = [attempt.firstFactor];
  return openSessionFor(
    deps,
    account,
    ctx,
    decision.device
      ? { deviceId: decision.device.id, deviceName: decision.device.name, ...flow, methods }
      : { deviceName: attempt.deviceName, ...flow, methods },
  );
}
