import { TesseraError } from '../core/errors.ts';
import type { Policy } from '../config/index.ts';
import { numberBlock } from '../phone/index.ts';
import type { Counters } from './counters/index.ts';
import { ipBudgetKey } from './ip.ts';
import { checkCodeLedger } from './code-ledger.ts';

const HOUR = 3600;
const DAY = 86_400;

export interface SendRequest {
  e164: string;
  region: string;
  ip: string;
}

function refuse(retryAfterSeconds: number, scope: string): never {
  throw new TesseraError('rate_limited', { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)), scope });
}

/**
 * The SMS budgets of docs/abuse.md, checked and spent before any code is sent. The requester's own
 * budget (its IP) is spent first, so a refused requester costs the number nothing. Refusals say
 * the same whether or not the number has an account. Counter errors propagate: fail closed.
 */
export async function spendSendBudget(counters: Counters, policy: Policy, req: SendRequest): Promise<void> {
  const b = policy.budgets;
  // While the number's wrong-code wait runs, or after its stop at 100, it is sent no code.
  await checkCodeLedger(counters, req.e164);
  const ip = ipBudgetKey(req.ip);
  const ipRefused = await counters.hitEach([
    { key: `sms:ip:h:${ip}`, windowSeconds: HOUR, limit: b.perIpHour },
    { key: `sms:ip:d:${ip}`, windowSeconds: DAY, limit: b.perIpDay },
  ]);
  if (ipRefused) refuse(ipRefused.hit.resetInSeconds, 'ip');
  const cooldownKey = `sms:cd:${req.e164}`;
  if (policy.codes.resendSeconds > 0 && !(await counters.claim(cooldownKey, policy.codes.resendSeconds))) {
    refuse(await counters.ttl(cooldownKey), 'number');
  }
  // In this order, each counted only if the ones before it allowed the send: a number refused
  // its own budget costs its block, country and instance nothing.
  const numberRules = [
    { key: `sms:num:h:${req.e164}`, windowSeconds: HOUR, limit: b.perNumberHour, scope: 'number' },
    { key: `sms:num:d:${req.e164}`, windowSeconds: DAY, limit: b.perNumberDay, scope: 'number' },
    { key: `sms:blk:h:${numberBlock(req.e164)}`, windowSeconds: HOUR, limit: b.perBlockHour, scope: 'number' },
    { key: `sms:cc:d:${req.region}`, windowSeconds: DAY, limit: b.perCountryDay, scope: 'region' },
    { key: 'sms:all:d', windowSeconds: DAY, limit: b.perInstanceDay, scope: 'instance' },
  ];
  const refused = await counters.hitEach(numberRules);
  if (refused) refuse(refused.hit.resetInSeconds, numberRules[refused.index]!.scope);
}

/**
 * A security notice (new login, password or phone changed): its own budget per number
 * (`budgets.noticesPerNumberDay`, 5 by default, docs/abuse.md), so that
 * notices never use up the codes a person needs to get back in, nor the requester's IP budget;
 * the country and instance budgets still count it, since it costs as much as a code.
 */
export async function spendNoticeBudget(counters: Counters, policy: Policy, req: { e164: string; region: string }): Promise<void> {
  const b = policy.budgets;
  const rules = [
    { key: `sms:notice:d:${req.e164}`, windowSeconds: DAY, limit: b.noticesPerNumberDay, scope: 'number' },
    { key: `sms:cc:d:${req.region}`, windowSeconds: DAY, limit: b.perCountryDay, scope: 'region' },
    { key: 'sms:all:d', windowSeconds: DAY, limit: b.perInstanceDay, scope: 'instance' },
  ];
  const refused = await counters.hitEach(rules);
  if (refused) refuse(refused.hit.resetInSeconds, rules[refused.index]!.scope);
}

/** Seconds until the number may be sent another code (the cross-flow cooldown). */
export async function cooldownLeft(counters: Counters, e164: string): Promise<number> {
  return counters.ttl(`sms:cd:${e164}`);
}

/** A message that failed outright frees the number to be sent another code at once. */
export async function clearCooldown(counters: Counters, e164: string): Promise<void> {
  await counters.reset(`sms:cd:${e164}`);
}
