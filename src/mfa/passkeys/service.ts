import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
import type { AuditLog } from '../../audit/index.ts';
import { addSeconds, type Clock } from '../../core/clock.ts';
import { TesseraError } from '../../core/errors.ts';
import { newFlowId } from '../../core/random.ts';
import { authenticationCredential, registrationCredential, userHandleMatches, userHandleOf } from './credentials.ts';
import type { CeremonyRecord, PasskeyRecord, PasskeyStore } from './ports.ts';
import { checkWebAuthnSettings, resolveRelyingParty, type RelyingParty, type RequestOrigin, type WebAuthnSettings } from './relying-party.ts';

/** A WebAuthn challenge lives 5 minutes and answers once. */
export const CEREMONY_TTL_SECONDS = 300;
export const MAX_PASSKEYS_PER_ACCOUNT = 20;

export interface PasskeyContext {
  ip: string | null;
  deviceId?: string | null;
}

export interface PasskeyView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  deviceType: string | null;
  backedUp: boolean;
  transports: string[];
}

export interface Passkeys {
  /** The RP for this request: the `webauthn` policy, with empty parts taken from the request. */
  relyingParty(request: RequestOrigin): RelyingParty;
  has(accountId: string): Promise<boolean>;
  list(accountId: string): Promise<PasskeyView[]>;
  /** Creation options (the account's passkeys excluded); the challenge waits under the account, replacing an older one. */
  registrationOptions(account: { id: string; handle: string; displayName: string | null }, rp: RelyingParty): Promise<PublicKeyCredentialCreationOptionsJSON>;
  /** `code_incorrect` when the attestation does not verify against the pending challenge. */
  register(accountId: string, credential: unknown, name: string | undefined, ctx: PasskeyContext): Promise<PasskeyView>;
  rename(accountId: string, id: string, name: string, ctx: PasskeyContext): Promise<PasskeyView>;
  remove(accountId: string, id: string, ctx: PasskeyContext): Promise<void>;
  /** Passwordless login: request options without allowCredentials (a discoverable credential picks the account). */
  loginOptions(rp: RelyingParty): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }>;
  /** The account whose passkey answered the login challenge (user verification required), or null. */
  login(challengeId: string, credential: unknown, ctx: PasskeyContext): Promise<string | null>;
  /** Options for a second-factor check bound to `bindingId` (a login challenge or a session), allowCredentials = the account's passkeys. */
  factorOptions(accountId: string, bindingId: string, rp: RelyingParty): Promise<PublicKeyCredentialRequestOptionsJSON>;
  /** True when `credential` answers the options issued for `bindingId` with one of the account's passkeys. */
  verifyFactor(accountId: string, bindingId: string, credential: unknown): Promise<boolean>;
}

export interface PasskeysDeps {
  store: PasskeyStore;
  clock: Clock;
  audit: AuditLog;
  settings: WebAuthnSettings;
  /** `policy.app.name`, the RP name when `webauthn.rpName` is empty. */
  appName: string;
}

function view(p: PasskeyRecord): PasskeyView {
  return {
    id: p.id,
    name: p.name,
    createdAt: p.createdAt.toISOString(),
    lastUsedAt: p.lastUsedAt?.toISOString() ?? null,
    deviceType: p.deviceType,
    backedUp: p.backedUp,
    transports: p.transports,
  };
}

function cleanName(name: string): string {
  const trimmed = name.normalize('NFC').trim();
  if (trimmed.length === 0 || trimmed.length > 64) throw new TesseraError('invalid_request', { field: 'name', reason: 'length' });
  return trimmed;
}

export function createPasskeys(deps: PasskeysDeps): Passkeys {
  checkWebAuthnSettings(deps.settings);
  const { store, clock } = deps;
  const audit = (accountId: string, action: string, ctx: PasskeyContext, outcome: 'success' | 'failure', details: Record<string, unknown>, actor = 'account') =>
    deps.audit.append({ accountId, actor, action, outcome, ip: ctx.ip, deviceId: ctx.deviceId ?? null, details }, clock.now());

  async function putCeremony(key: string, accountId: string | null, purpose: CeremonyRecord['purpose'], challenge: string, rp: RelyingParty) {
    const now = clock.now();
    await store.putCeremony({ key, accountId, purpose, challenge, rpId: rp.id, origins: rp.origins, expiresAt: addSeconds(now, CEREMONY_TTL_SECONDS) }, now);
  }

  /** Takes the ceremony (single use, even when the answer then fails) and checks the assertion against it. */
  async function checkAssertion(key: string, credential: unknown, accountId: string | null): Promise<PasskeyRecord | null> {
    const response = authenticationCredential(credential);
    const ceremony = await store.takeCeremony(key, clock.now());
    if (!ceremony || (accountId !== null && ceremony.accountId !== accountId)) return null;
    const passkey = await store.find(response.id);
    if (!passkey || (accountId !== null && passkey.accountId !== accountId)) return null;
    if (!userHandleMatches(response.response.userHandle, passkey.accountId)) return null;
    try {
      const { verified, authenticationInfo } = await verifyAuthenticationResponse({
        response,
        expectedChallenge: ceremony.challenge,
        expectedOrigin: ceremony.origins,
        expectedRPID: ceremony.rpId,
        credential: { id: passkey.id, publicKey: new Uint8Array(passkey.publicKey), counter: passkey.counter, transports: passkey.transports },
        // Alone, a passkey must prove the person (PIN, biometrics); as a second factor, presence is enough.
        requireUserVerification: ceremony.purpose === 'login',
      });
      if (!verified) return null;
      return (await store.recordUse(passkey.id, authenticationInfo.newCounter, authenticationInfo.credentialBackedUp, clock.now())) ? passkey : null;
    } catch {
      return null;
    }
  }

  return {
    relyingParty: (request) => resolveRelyingParty(deps.settings, deps.appName, request),

    async has(accountId) {
      return (await store.list(accountId)).length > 0;
    },

    async list(accountId) {
      return (await store.list(accountId)).map(view);
    },

    async registrationOptions(account, rp) {
      const existing = await store.list(account.id);
      if (existing.length >= MAX_PASSKEYS_PER_ACCOUNT)
        throw new TesseraError('invalid_request', { field: 'passkeys', reason: 'limit', max: MAX_PASSKEYS_PER_ACCOUNT });
      const options = await generateRegistrationOptions({
        rpName: rp.name,
        rpID: rp.id,
        userName: account.handle,
        userDisplayName: account.displayName ?? account.handle,
        userID: userHandleOf(account.id),
        attestationType: 'none',
        timeout: CEREMONY_TTL_SECONDS * 1000,
        excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports })),
        authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
      });
      await putCeremony(`register:${account.id}`, account.id, 'register', options.challenge, rp);
      return options;
    },

    async register(accountId, credential, name, ctx) {
      const response = registrationCredential(credential);
      const label = name === undefined ? 'Passkey' : cleanName(name);
      const ceremony = await store.takeCeremony(`register:${accountId}`, clock.now());
      const info = ceremony
        ? await verifyRegistrationResponse({
            response,
            expectedChallenge: ceremony.challenge,
            expectedOrigin: ceremony.origins,
            expectedRPID: ceremony.rpId,
            requireUserVerification: false,
          }).then(
            (r) => r.registrationInfo,
            () => undefined,
          )
        : undefined;
      if (!info) {
        await audit(accountId, 'passkey.added', ctx, 'failure', { reason: ceremony ? 'not_verified' : 'no_pending_challenge' });
        throw new TesseraError('code_incorrect');
      }
      const now = clock.now();
      const record: PasskeyRecord = {
        id: info.credential.id,
        accountId,
        publicKey: info.credential.publicKey,
        counter: info.credential.counter,
        transports: info.credential.transports ?? response.response.transports ?? [],
        deviceType: info.credentialDeviceType,
        backedUp: info.credentialBackedUp,
        name: label,
        createdAt: now,
        lastUsedAt: null,
      };
      if (!(await store.add(record))) throw new TesseraError('invalid_request', { field: 'credential', reason: 'already_registered' });
      await audit(accountId, 'passkey.added', ctx, 'success', { passkeyId: record.id, name: label, deviceType: record.deviceType });
      return view(record);
    },

    async rename(accountId, id, name, ctx) {
      const renamed = await store.rename(accountId, id, cleanName(name));
      if (!renamed) throw new TesseraError('not_found');
      await audit(accountId, 'passkey.renamed', ctx, 'success', { passkeyId: id, name: renamed.name });
      return view(renamed);
    },

    async remove(accountId, id, ctx) {
      if (!(await store.remove(accountId, id))) throw new TesseraError('not_found');
      await audit(accountId, 'passkey.removed', ctx, 'success', { passkeyId: id });
    },

    async loginOptions(rp) {
      const options = await generateAuthenticationOptions({ rpID: rp.id, userVerification: 'required', timeout: CEREMONY_TTL_SECONDS * 1000 });
      const challengeId = newFlowId();
      await putCeremony(`login:${challengeId}`, null, 'login', options.challenge, rp);
      return { challengeId, options };
    },

    async login(challengeId, credential, ctx) {
      const passkey = await checkAssertion(`login:${challengeId}`, credential, null);
      const known = passkey ?? (await store.find(authenticationCredential(credential).id));
      if (known)
        await audit(known.accountId, 'login.passkey', ctx, passkey ? 'success' : 'failure', { passkeyId: known.id }, passkey ? 'account' : 'anonymous');
      return passkey?.accountId ?? null;
    },

    async factorOptions(accountId, bindingId, rp) {
      const passkeys = await store.list(accountId);
      if (passkeys.length === 0) throw new TesseraError('invalid_request', { field: 'method', reason: 'not_enabled' });
      const options = await generateAuthenticationOptions({
        rpID: rp.id,
        userVerification: 'preferred',
        timeout: CEREMONY_TTL_SECONDS * 1000,
        allowCredentials: passkeys.map((p) => ({ id: p.id, transports: p.transports })),
      });
      await putCeremony(`factor:${bindingId}`, accountId, 'factor', options.challenge, rp);
      return options;
    },

    async verifyFactor(accountId, bindingId, credential) {
      return (await checkAssertion(`factor:${bindingId}`, credential, accountId)) !== null;
    },
  };
}
