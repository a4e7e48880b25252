export {
  ENTITLEMENTS,
  DEFAULT_ENTITLEMENT_RULES,
  computeEntitlements,
  type Entitlement,
  type EntitlementRefusal,
  type EntitlementRule,
  type EntitlementSubject,
  type EntitlementVerdict,
} from './entitlements.ts';
