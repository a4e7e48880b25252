export {
  createPasskeys,
  CEREMONY_TTL_SECONDS,
  MAX_PASSKEYS_PER_ACCOUNT,
  type Passkeys,
  type PasskeysDeps,
  type PasskeyContext,
  type PasskeyView,
} from './service.ts';
export type { PasskeyStore, PasskeyRecord, CeremonyRecord } from './ports.ts';
export { resolveRelyingParty, checkWebAuthnSettings, type RelyingParty, type RequestOrigin, type WebAuthnSettings } from './relying-party.ts';
