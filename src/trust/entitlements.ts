/**
 * What an account may do in the app around it (docs/accounts.md), computed from its standing, trust
 * level and age. Services ask `GET /v1/me/entitlements`; a refused feature says why.
 */
export const ENTITLEMENTS = ['pay.send', 'pay.receive', 'redpacket.send', 'moments.post'] as const;
export type Entitlement = (typeof ENTITLEMENTS)[number];
export type EntitlementRefusal = 'frozen' | 'trust_level_too_low' | 'account_too_new';

export interface EntitlementRule {
  /** 0 = phone verified, 1 = real name verified, 2 = real name + bank card or face. */
  minTrustLevel: number;
  /** Days since the account was created. */
  minAgeDays: number;
}

/** Money needs a real name; sending it, and red packets, also a little history. */
export const DEFAULT_ENTITLEMENT_RULES: Readonly<Record<Entitlement, EntitlementRule>> = Object.freeze({
  'pay.send': { minTrustLevel: 1, minAgeDays: 7 },
  'pay.receive': { minTrustLevel: 1, minAgeDays: 0 },
  'redpacket.send': { minTrustLevel: 2, minAgeDays: 30 },
  'moments.post': { minTrustLevel: 0, minAgeDays: 1 },
});

export interface EntitlementSubject {
  status: string;
  trustLevel: number;
  createdAt: Date;
}

export type EntitlementVerdict =
  | { allowed: true }
  | { allowed: false; reason: 'frozen' }
  | { allowed: false; reason: 'trust_level_too_low'; requiredTrustLevel: number }
  | { allowed: false; reason: 'account_too_new'; availableAt: string };

const DAY_MS = 86_400_000;

/** One verdict per feature; a frozen (or otherwise not live) account gets none, whatever its level. */
export function computeEntitlements(
  account: EntitlementSubject,
  now: Date,
  rules: Readonly<Record<Entitlement, EntitlementRule>> = DEFAULT_ENTITLEMENT_RULES,
): Record<Entitlement, EntitlementVerdict> {
  const inGoodStanding = account.status === 'active' || account.status === 'pending_deletion';
  const out = {} as Record<Entitlement, EntitlementVerdict>;
  for (const name of ENTITLEMENTS) {
    const rule = rules[name];
    const availableAt = new Date(account.createdAt.getTime() + rule.minAgeDays * DAY_MS);
    if (!inGoodStanding) out[name] = { allowed: false, reason: 'frozen' };
    else if (account.trustLevel < rule.minTrustLevel) out[name] = { allowed: false, reason: 'trust_level_too_low', requiredTrustLevel: rule.minTrustLevel };
    else if (availableAt > now) out[name] = { allowed: false, reason: 'account_too_new', availableAt: availableAt.toISOString() };
    else out[name] = { allowed: true };
  }
  return out;
}
