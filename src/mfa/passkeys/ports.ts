/** What the passkey service needs from storage; src/storage/passkeys-repo.ts implements it. */
export interface PasskeyRecord {
  /** The credential id, base64url. */
  id: string;
  accountId: string;
  publicKey: Uint8Array;
  counter: number;
  transports: string[];
  /** `singleDevice` or `multiDevice` (a synced passkey). */
  deviceType: string | null;
  backedUp: boolean;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** One pending WebAuthn ceremony: the challenge and the relying party it was issued for. */
export interface CeremonyRecord {
  /** `register:<account id>`, `login:<id>` or `factor:<challenge or session id>`. */
  key: string;
  accountId: string | null;
  purpose: 'register' | 'login' | 'factor';
  challenge: string;
  rpId: string;
  origins: string[];
  expiresAt: Date;
}

export interface PasskeyStore {
  list(accountId: string): Promise<PasskeyRecord[]>;
  find(id: string): Promise<PasskeyRecord | null>;
  /** False (and nothing written) when the credential id is registered already, to any account. */
  add(record: PasskeyRecord): Promise<boolean>;
  rename(accountId: string, id: string, name: string): Promise<PasskeyRecord | null>;
  /**
   * Removes the passkey; the recovery codes go too when neither a passkey nor TOTP is left to pair
   * them with. False when the account has none by that id.
   */
  remove(accountId: string, id: string): Promise<boolean>;
  /**
   * Records a use. The counter only moves forward (authenticators that keep none report 0 for
   * ever); false when the passkey is gone or a concurrent use already moved it to `counter` or past.
   */
  recordUse(id: string, counter: number, backedUp: boolean, now: Date): Promise<boolean>;
  /** Stores a ceremony, replacing any pending one under the same key; expired ones are purged on the way. */
  putCeremony(record: CeremonyRecord, now: Date): Promise<void>;
  /** Atomic single use: exactly one of any concurrent callers gets the live record; it is gone afterwards. */
  takeCeremony(key: string, now: Date): Promise<CeremonyRecord | null>;
}
