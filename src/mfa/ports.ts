/** What the second-factor service needs from storage; src/storage/mfa-repo.ts implements it. */
export interface TotpFactorRecord {
  /** AES-256-GCM of the base32 seed. */
  secretEnc: string;
  confirmedAt: Date | null;
  lastUsedStep: number | null;
}

export interface SecondFactorStore {
  findTotp(accountId: string): Promise<TotpFactorRecord | null>;
  /** Starts an enrolment, replacing an unconfirmed one; false (and nothing written) when a confirmed factor exists. */
  startTotp(accountId: string, secretEnc: string, now: Date): Promise<boolean>;
  /**
   * Atomically marks `step` used on the confirmed factor if it is later than every step used
   * before; false when it is not (a replay) or no confirmed factor exists.
   */
  useTotpStep(accountId: string, step: number): Promise<boolean>;
  /**
   * One transaction: confirms the pending factor sealed as `secretEnc` (a restarted enrolment
   * does not match), marks `step` used and replaces every recovery code with `codeHashes`.
   */
  confirmTotp(accountId: string, secretEnc: string, step: number, codeHashes: string[], now: Date): Promise<boolean>;
  /** Removes the factor; the recovery codes go too when no passkey is left to pair them with. False when there was none. */
  removeTotp(accountId: string): Promise<boolean>;
  hasPasskey(accountId: string): Promise<boolean>;
  unusedRecoveryCodes(accountId: string): Promise<number>;
  /** Every old code dies, used or not. */
  replaceRecoveryCodes(accountId: string, codeHashes: string[], now: Date): Promise<void>;
  /** Atomic single use: true for exactly one of any concurrent callers. */
  useRecoveryCode(accountId: string, codeHash: string, now: Date): Promise<boolean>;
}
