import { isTesseraError } from '../core/errors.ts';
import { assertMobile, assertRegionAllowed, maskPhone, numberBlock, parsePhone } from '../phone/index.ts';
import { codeLedgerState } from '../policy/code-ledger.ts';
import type { FlowDeps } from './deps.ts';

type Check = { check: string; ok: boolean; detail: string };

/**
 * `tessera doctor <phone>`: what asking for a code for this number would do now, and why —
 * region, type, blocklist, each budget, the breaker, the wrong-code ledger. Reads only.
 */
export async function diagnosePhone(deps: FlowDeps, input: string, country?: string) {
  const checks: Check[] = [];
  let phone: ReturnType<typeof parsePhone>;
  try {
    phone = parsePhone(input, country);
  } catch (err) {
    const reason = isTesseraError(err) ? String(err.details?.reason ?? err.code) : String(err);
    return { input, verdict: 'refused: phone_invalid', checks: [{ check: 'parse', ok: false, detail: `not a valid number (${reason})` }] };
  }
  checks.push({ check: 'parse', ok: true, detail: `${maskPhone(phone.e164)} — region ${phone.region}, type ${phone.type}` });
  const guard = (name: string, fn: () => void, okDetail: string) => {
    try {
      fn();
      checks.push({ check: name, ok: true, detail: okDetail });
    } catch (err) {
      checks.push({ check: name, ok: false, detail: isTesseraError(err) ? `${err.code} ${JSON.stringify(err.details ?? {})}` : String(err) });
    }
  };
  const { policy, counters } = deps;
  guard('region', () => assertRegionAllowed(phone, policy.regions.allow), `${phone.region} is allowed`);
  guard('type', () => assertMobile(phone), `${phone.type} is accepted`);
  const blocked = await deps.blocklist.matches(phone.e164);
  checks.push({ check: 'blocklist', ok: !blocked, detail: blocked ? `blocked by ${blocked}` : 'not blocked' });
  const cooldown = await counters.ttl(`sms:cd:${phone.e164}`);
  checks.push({ check: 'cooldown', ok: cooldown === 0, detail: cooldown ? `${cooldown} s until the next code may be sent` : 'none running' });
  const b = policy.budgets;
  const budgets: [string, string, number][] = [
    ['number per hour', `sms:num:h:${phone.e164}`, b.perNumberHour],
    ['number per day', `sms:num:d:${phone.e164}`, b.perNumberDay],
    ['block per hour', `sms:blk:h:${numberBlock(phone.e164)}`, b.perBlockHour],
    ['country per day', `sms:cc:d:${phone.region}`, b.perCountryDay],
    ['instance per day', 'sms:all:d', b.perInstanceDay],
  ];
  for (const [name, key, limit] of budgets) {
    const hit = await counters.peek(key);
    const used = hit?.count ?? 0;
    checks.push({ check: `budget: ${name}`, ok: used < limit, detail: `${used} of ${limit} used${hit ? `, resets in ${hit.resetInSeconds} s` : ''}` });
  }
  const pauses = await deps.breaker.status();
  for (const [scope, key] of [
    ['block', numberBlock(phone.e164)],
    ['country', phone.region],
  ] as const) {
    const pause = pauses.find((p) => p.scope === scope && p.key === key);
    checks.push({ check: `breaker: ${scope}`, ok: !pause, detail: pause ? `paused for ${pause.secondsLeft} s more (pause #${pause.level})` : 'not paused' });
  }
  const ledger = await codeLedgerState(counters, phone.e164);
  const ledgerOk = ledger.wrongCodes < ledger.stopAt && ledger.waitSeconds === 0;
  checks.push({
    check: 'wrong-code ledger',
    ok: ledgerOk,
    detail: `${ledger.wrongCodes} wrong codes (stop at ${ledger.stopAt})${ledger.waitSeconds ? `, waiting ${ledger.waitSeconds} s` : ''}`,
  });
  const failed = checks.filter((c) => !c.ok);
  return {
    input,
    phone: { masked: maskPhone(phone.e164), region: phone.region, type: phone.type },
    verdict:
      failed.length === 0
        ? 'a code would be sent (per-IP budgets and proof of work depend on the client)'
        : `refused: ${failed.map((c) => c.check).join(', ')}`,
    checks,
  };
}
