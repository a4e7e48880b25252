import { addSeconds } from '../core/clock.ts';
import type { AccountRecord } from '../accounts/index.ts';
import { maskPhone } from '../phone/index.ts';
import type { FlowDeps, RequestContext } from './deps.ts';

/**
 * Numbers come back: carriers hand a number that was given up to someone new after a few months.
 * An account that has shown no sign of life (no login, no session use) for `recycling.idleDays`
 * is dormant, and whoever proves its number in a registration may take the number over.
 * The moment before which the account must have been silent, or null when it is not dormant.
 */
export async function dormantSince(deps: FlowDeps, account: AccountRecord, now: Date): Promise<Date | null> {
  const cutoff = addSeconds(now, -deps.policy.recycling.idleDays * 86_400);
  const last = await deps.accounts.lastActiveAt(account.id);
  return last !== null && last < cutoff ? cutoff : null;
}

/** After the newcomer's account was created: the dormant account's log says it lost its number. */
export async function noteNumberTakenOver(deps: FlowDeps, previous: AccountRecord, newcomerId: string, ctx: RequestContext, now: Date): Promise<void> {
  await deps.audit.append(
    {
      accountId: previous.id,
      actor: 'system',
      action: 'phone.released',
      outcome: 'success',
      ip: ctx.ip,
      details: { phone: maskPhone(previous.phone ?? ''), reason: 'dormant_number_taken_over', idleDays: deps.policy.recycling.idleDays },
    },
    now,
  );
  await deps.audit.append(
    {
      accountId: newcomerId,
      actor: 'account',
      action: 'phone.taken_over',
      outcome: 'success',
      ip: ctx.ip,
      details: { phone: maskPhone(previous.phone ?? '') },
    },
    now,
  );
}
