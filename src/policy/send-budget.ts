import { TesseraError } from '../core/errors.ts';
import type { Policy } from '../config/index.ts';
import { numberBlock } from '../phone/index.ts';
import type { Counters } from './counters/index.ts';
import { ipBudgetKey } from './ip.ts';
import { codeLedgerState } from './code-ledger.ts';

const HOUR = 3600;
const DAY = 86_400;

export interface SendRequest {
  e164: string;
  region: string;
  ip: string;
  /** A code (the default) or a security notice, which the wrong-code stop does not hold back. */
  kind?: 'code' | 'notice';
}

function refuse(retryAfterSeconds: number, scope: string): never {
  throw new TesseraError('rate_limited', { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)), scope });
}

/**
 * The SMS budgets of SPEC §4, checked and spent before any code is sent. The requester's own
 * budget (its IP) is spent first, so a refused requester costs the number nothing. Refusals say
 * the same whether or not the number has an account. Counter errors propagate: fail closed.
 */
export async function spendSendBudget(counters: Counters, policy: Policy, req: SendRequest): Promise<void> {
  const b = policy.budgets;
  // 100 wrong codes stop SMS verification for the number: no point sending it more codes. Notices still go.
  if (req.kind !== 'notice' && (await codeLedgerState(counters, req.e164)).wrongCodes >= 100) {
    throw new TesseraError('code_attempts_exceeded', { scope: 'number', clearedBy: 'operator_or_other_factor' });
  }
  const ip = ipBudgetKey(req.ip);
  const rules: [key: string, window: number, limit: number, scope: string][] = [
    [`sms:ip:h:${ip}`, HOUR, b.perIpHour, 'ip'],
    [`sms:ip:d:${ip}`, DAY, b.perIpDay, 'ip'],
  ];
  for (const [key, window, limit, scope] of rules) {
    const hit = await counters.hit(key, window);
    if (hit.count > limit) refuse(hit.resetInSeconds, scope);
  }
  const cooldownKey = `sms:cd:${req.e164}`;
  if (policy.codes.resendSeconds > 0 && !(await counters.claim(cooldownKey, policy.codes.resendSeconds))) {
    refuse(await counters.ttl(cooldownKey), 'number');
  }
  const numberRules: [string, number, number, string][] = [
    [`sms:num:h:${req.e164}`, HOUR, b.perNumberHour, 'number'],
    [`sms:num:d:${req.e164}`, DAY, b.perNumberDay, 'number'],
    [`sms:blk:h:${numberBlock(req.e164)}`, HOUR, b.perBlockHour, 'number'],
    [`sms:cc:d:${req.region}`, DAY, b.perCountryDay, 'region'],
    [`sms:all:d`, DAY, b.perInstanceDay, 'instance'],
  ];
  for (const [key, window, limit, scope] of numberRules) {
    const hit = await counters.hit(key, window);
    if (hit.count > limit) refuse(hit.resetInSeconds, scope);
  }
}

/** Seconds until the number may be sent another code (the cross-flow cooldown). */
export async function cooldownLeft(counters: Counters, e164: string): Promise<number> {
  return counters.ttl(`sms:cd:${e164}`);
}

/** A message that failed outright frees the number to be sent another code at once. */
export async function clearCooldown(counters: Counters, e164: string): Promise<void> {
  await counters.reset(`sms:cd:${e164}`);
}
