import { TesseraError } from '../core/errors.ts';
import type { FlowDeps, RequestContext } from './deps.ts';
import { admitLogin } from './login-decision.ts';
import { accountNames, findByIdentifier, NO_ACCOUNT, throttledPasswordCheck, withHashPlace } from './password-check.ts';
import { knownDevice } from './session-open.ts';

export interface PasswordLoginInput {
  identifier: string;
  password: string;
  deviceToken?: string | undefined;
  deviceName?: string | undefined;
}

/**
 * POST /v1/sessions
 * hash place → findAccount → knownDevice → throttle → verifyPassword (a dummy hash for unknown accounts: same answer, same time)
 * → admitLogin (standing → known device ? session : challenge with the second factors, else SMS)
 */
export async function passwordLogin(deps: FlowDeps, input: PasswordLoginInput, ctx: RequestContext) {
  // The hash's place first: under a flood of password work, refused before any read (docs/architecture.md, "Passwords").
  const { account, device, ok } = await withHashPlace(deps, async (place) => {
    const { account, named } = await findByIdentifier(deps, input.identifier);
    // An unknown account takes the same steps against an id that matches nothing, so that the
    // answer's time does not tell the two apart (docs/abuse.md, "Enumeration"): the same reads, the same audit write.
    const device = await knownDevice(deps, account?.id ?? NO_ACCOUNT, input.deviceToken);
    const ok = await throttledPasswordCheck(
      deps,
      {
        ip: ctx.ip,
        accountId: account?.id ?? null,
        named: device ? null : named,
        aliases: account ? accountNames(account) : [],
      },
      input.password,
      place,
    );
    return { account, device, ok };
  });
  if (!ok || !account) {
    await deps.audit.append(
      {
        accountId: account?.id ?? null,
        actor: 'anonymous',
        action: 'login.password',
        outcome: 'failure',
        ip: ctx.ip,
        ...(account ? {} : { details: { account: 'unknown' } }),
      },
      deps.clock.now(),
    );
    throw new TesseraError('invalid_credentials');
  }
  return admitLogin(deps, account, ctx, { firstFactor: 'password', device, deviceName: input.deviceName ?? null });
}
