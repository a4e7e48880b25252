import { addSeconds } from '../core/clock.ts';
import { TesseraError } from '../core/errors.ts';
import { newFlowId } from '../core/random.ts';
import type { AccountRecord } from '../accounts/index.ts';
import type { FlowDeps, RequestContext, SecondFactorMethod } from './deps.ts';
import { accountNames, findByIdentifier, NO_ACCOUNT, throttledPasswordCheck, withHashPlace } from './password-check.ts';
import { knownDevice, openSessionFor } from './session-open.ts';

export const CHALLENGE_TTL_SECONDS = 600;
export const CHALLENGE_MAX_WRONG = 5;

export interface PasswordLoginInput {
  identifier: string;
  password: string;
  deviceToken?: string | undefined;
  deviceName?: string | undefined;
}

/**
 * POST /v1/sessions
 * hash place → findAccount → knownDevice → throttle → verifyPassword (a dummy hash for unknown accounts: same answer, same time)
 * → standing → knownDevice ? openSession : challenge (second factors, else SMS)
 */
export async function passwordLogin(deps: FlowDeps, input: PasswordLoginInput, ctx: RequestContext) {
  // The hash's place first: under a flood of password work, refused before any read (SPEC §4).
  const { account, device, ok } = await withHashPlace(deps, async (place) => {
    const { account, named } = await findByIdentifier(deps, input.identifier);
    // An unknown account takes the same steps against an id that matches nothing, so that the
    // answer's time does not tell the two apart (SPEC §5): the same reads, the same audit write.
    const device = await knownDevice(deps, account?.id ?? NO_ACCOUNT, input.deviceToken);
    const ok = await throttledPasswordCheck(deps, {
      ip: ctx.ip, accountId: account?.id ?? null, named: device ? null : named, aliases: account ? accountNames(account) : [],
    }, input.password, place);
    return { account, device, ok };
  });
  if (!ok || !account) {
    await deps.audit.append({
      accountId: account?.id ?? null, actor: 'anonymous', action: 'login.password', outcome: 'failure', ip: ctx.ip,
      ...(account ? {} : { details: { account: 'unknown' } }),
    }, deps.clock.now());
    throw new TesseraError('invalid_credentials');
  }
  if (account.status === 'frozen') throw new TesseraError('account_frozen');
  // An account whose number went to someone else (docs/accounts.md) has no SMS to fall back on and
  // was dormant for months: every login wants a second factor, and without one there is no way in here.
  const phoneless = account.phone === null;
  if (device && !phoneless) {
    return openSessionFor(deps, account, ctx, { deviceId: device.id, deviceName: device.name, methods: ['password'] });
  }
  const factors = await deps.factors.methods(account.id);
  if (phoneless && factors.length === 0) throw new TesseraError('forbidden', { reason: 'phone_released_no_second_factor' });
  const methods: ChallengeMethod[] = factors.length > 0 ? factors : ['sms'];
  const challengeId = await createChallenge(deps, account, ctx, methods, input.deviceName ?? null, 'password');
  throw new TesseraError('verification_required', { challengeId, methods });
}

export type ChallengeMethod = SecondFactorMethod | 'sms';

/** A new-device challenge: 10 minutes, 5 wrong answers, answered by one of `methods`. */
export async function createChallenge(
  deps: FlowDeps,
  account: AccountRecord,
  ctx: RequestContext,
  methods: ChallengeMethod[],
  deviceName: string | null,
  firstFactor: string,
  /** What answering it does beyond a login; `unfreeze` also unfreezes the account. */
  purpose?: 'unfreeze',
): Promise<string> {
  const now = deps.clock.now();
  const id = newFlowId();
  await deps.flows.create({
    id, kind: 'challenge', state: 'code_sent', phone: account.phone ?? '', region: account.region, accountId: account.id,
    locale: ctx.locale, deviceName, ip: ctx.ip, lastSentAt: null, expiresAt: addSeconds(now, CHALLENGE_TTL_SECONDS),
    data: { methods, firstFactor, ...(purpose ? { purpose } : {}) },
  }, null, null, now);
  return id;
}
