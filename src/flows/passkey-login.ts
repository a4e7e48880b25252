import { TesseraError } from '../core/errors.ts';
import { sendSecurityAlert } from './alerts.ts';
import type { FlowDeps, RequestContext } from './deps.ts';
import { admitLogin } from './login-decision.ts';

/** Checks a passwordless login's WebAuthn assertion (mfa/passkeys): the account whose passkey answered, or null. */
export interface PasskeyLoginVerifier {
  login(challengeId: string, credential: unknown, who: { ip: string }): Promise<string | null>;
}

export interface PasskeyLoginInput {
  challengeId: string;
  credential: unknown;
  deviceToken?: string | undefined;
  deviceName?: string | undefined;
}

/**
 * POST /v1/passkeys/login
 * verifyAssertion → findAccount → admitLogin (standing → known device ? session : session on a new device)
 * → a new device is told to the account by SMS
 */
export async function passkeyLogin(deps: FlowDeps, passkeys: PasskeyLoginVerifier, input: PasskeyLoginInput, ctx: RequestContext) {
  const accountId = await passkeys.login(input.challengeId, input.credential, { ip: ctx.ip });
  const account = accountId ? await deps.accounts.findById(accountId) : null;
  if (!account) throw new TesseraError('code_incorrect');
  const grant = await admitLogin(deps, account, ctx, { firstFactor: 'passkey', deviceToken: input.deviceToken, deviceName: input.deviceName ?? null });
  if (grant.isNewDevice) await sendSecurityAlert(deps, account, 'new_login', { device: input.deviceName ?? ctx.userAgent ?? '' }, ctx);
  return grant;
}
