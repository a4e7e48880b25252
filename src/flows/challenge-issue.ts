import { addSeconds } from '../core/clock.ts';
import { newFlowId } from '../core/random.ts';
import type { AccountRecord } from '../accounts/index.ts';
import type { FlowDeps, RequestContext, SecondFactorMethod } from './deps.ts';

export const CHALLENGE_TTL_SECONDS = 600;
export const CHALLENGE_MAX_WRONG = 5;

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
  await deps.flows.create(
    {
      id,
      kind: 'challenge',
      state: 'code_sent',
      phone: account.phone ?? '',
      region: account.region,
      accountId: account.id,
      locale: ctx.locale,
      deviceName,
      ip: ctx.ip,
      lastSentAt: null,
      expiresAt: addSeconds(now, CHALLENGE_TTL_SECONDS),
      data: { methods, firstFactor, ...(purpose ? { purpose } : {}) },
    },
    null,
    null,
    now,
  );
  return id;
}
