import { addSeconds } from '../core/clock.ts';
import { TesseraError } from '../core/errors.ts';
import { newFlowId } from '../core/random.ts';
import type { AccountRecord } from '../accounts/index.ts';
import { handleKey } from '../handles/index.ts';
import { parsePhone } from '../phone/index.ts';
import { checkLoginThrottle, recordLoginFailure, recordLoginSuccess } from '../policy/login-throttle.ts';
import type { FlowDeps, RequestContext, SecondFactorMethod } from './deps.ts';
import { knownDevice, openSessionFor } from './session-open.ts';

export const CHALLENGE_TTL_SECONDS = 600;
export const CHALLENGE_MAX_WRONG = 5;
/** An account id no account has (the nil UUID). */
const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';

export interface PasswordLoginInput {
  identifier: string;
  password: string;
  deviceToken?: string | undefined;
  deviceName?: string | undefined;
}

/** A phone number in any accepted form, or a handle. Unparseable input simply finds no account. */
export async function findByIdentifier(deps: FlowDeps, identifier: string): Promise<{ account: AccountRecord | null; subject: string }> {
  const trimmed = identifier.normalize('NFKC').trim();
  if (/^[+\d(]/.test(trimmed)) {
    try {
      const e164 = parsePhone(trimmed).e164;
      const account = await deps.accounts.findByPhone(e164);
      return { account, subject: account?.id ?? `phone:${e164}` };
    } catch {
      return { account: null, subject: `raw:${trimmed.toLowerCase().slice(0, 64)}` };
    }
  }
  const account = await deps.accounts.findByHandle(trimmed);
  return { account, subject: account?.id ?? `handle:${handleKey(trimmed).slice(0, 64)}` };
}

/**
 * POST /v1/sessions
 * findAccount → throttle → verifyPassword (a dummy hash for unknown accounts: same answer, same time)
 * → standing → knownDevice ? openSession : challenge (second factors, else SMS)
 */
export async function passwordLogin(deps: FlowDeps, input: PasswordLoginInput, ctx: RequestContext) {
  const { account, subject } = await findByIdentifier(deps, input.identifier);
  // An unknown account takes the same steps against an id that matches nothing, so that the
  // answer's time does not tell the two apart (SPEC §5): the same reads, the same audit write.
  const accountId = account?.id ?? NO_ACCOUNT;
  const device = await knownDevice(deps, accountId, input.deviceToken);
  const scope = { subject, ip: ctx.ip, knownDevice: device !== null, method: 'password' };
  await checkLoginThrottle(deps.loginCounters, scope);
  const hash = await deps.accounts.passwordHash(accountId);
  const ok = hash ? await deps.hasher.verify(hash, input.password) : await deps.hasher.dummyVerify(input.password);
  const now = deps.clock.now();
  if (!ok || !account) {
    await recordLoginFailure(deps.loginCounters, scope);
    await deps.audit.append({
      accountId: account?.id ?? null, actor: 'anonymous', action: 'login.password', outcome: 'failure', ip: ctx.ip,
      ...(account ? {} : { details: { account: 'unknown' } }),
    }, now);
    throw new TesseraError('invalid_credentials');
  }
  await recordLoginSuccess(deps.loginCounters, scope);
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
