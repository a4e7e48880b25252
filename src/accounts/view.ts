import { maskPhone } from '../phone/index.ts';
import type { AccountRecord } from './ports.ts';

/** The account as its owner sees it over the API. */
export function publicAccount(a: AccountRecord) {
  return {
    id: a.id,
    phone: a.phone ? { e164: a.phone, region: a.region, masked: maskPhone(a.phone) } : null,
    region: a.region,
    handle: a.handle,
    displayName: a.displayName,
    status: a.status,
    trustLevel: a.trustLevel,
    createdAt: a.createdAt.toISOString(),
  };
}
