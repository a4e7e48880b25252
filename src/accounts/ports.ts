import type { AuditEvent } from '../audit/index.ts';

export type AccountStatus = 'active' | 'frozen' | 'pending_deletion';

export interface AccountRecord {
  id: string;
  phone: string | null;
  region: string;
  handle: string;
  displayName: string | null;
  status: AccountStatus;
  trustLevel: number;
  createdAt: Date;
  /** Set when a dormant account lost its number to a newcomer (docs/accounts.md). */
  phoneReleasedAt?: Date | null;
  /** When a `pending_deletion` account will be erased. */
  deletionScheduledFor?: Date | null;
  /** Handle changes so far and the time of the last one (the 365-day rule). */
  handleChanges?: number;
  handleChangedAt?: Date | null;
}

export interface NewAccountBundle {
  flowId: string;
  account: { id: string; phone: string; region: string; handle: string; displayName: string | null; passwordHash: string };
  device: { id: string; tokenHash: string; name: string | null };
  session: { id: string; secretHash: string; ip: string | null; idleExpiresAt: Date; absoluteExpiresAt: Date };
  maxSessions: number;
  /** The audit record of the registration, written in the same transaction as the account. */
  audit: AuditEvent;
  /**
   * The number still belongs to a dormant account: in the same transaction that account loses it
   * (and its sessions), provided it has still not been active since `idleSince`.
   */
  takeOver?: { accountId: string; idleSince: Date };
}

/** A status change, applied only when the account is in one of `from`. */
export interface StatusChange {
  from: readonly AccountStatus[];
  to: AccountStatus;
  /** For `pending_deletion`: when the erasure is due. */
  deletionScheduledFor?: Date;
  /** End every session of the account in the same transaction. */
  revokeSessions?: boolean;
}

export type HandleChangeOutcome = 'ok' | 'taken' | 'changed';

/** What the data export shows of sessions, devices and second factors: metadata only, never a hash. */
export interface AccountExportRecords {
  devices: { id: string; name: string | null; createdAt: Date; lastSeenAt: Date; revokedAt: Date | null }[];
  sessions: {
    id: string;
    deviceId: string | null;
    ip: string | null;
    createdAt: Date;
    lastSeenAt: Date;
    authAt: Date;
    authMethods: string[];
    expiresAt: Date;
    revokedAt: Date | null;
  }[];
  totp: { enabled: boolean; createdAt: Date; confirmedAt: Date | null } | null;
  passkeys: { id: string; name: string | null; createdAt: Date; lastUsedAt: Date | null }[];
  recoveryCodesRemaining: number;
  lifecycle: { frozenAt: Date | null; phoneReleasedAt: Date | null; deletionRequestedAt: Date | null; passwordChangedAt: Date | null };
}

export interface AccountStore {
  /**
   * Account, device and session in one transaction, and the flow moved from `verified` to
   * `completed`. Throws TesseraError `phone_registered`, `handle_taken` or `flow_state_invalid`.
   */
  createFromFlow(bundle: NewAccountBundle, now: Date): Promise<AccountRecord>;
  findById(id: string): Promise<AccountRecord | null>;
  findByPhone(e164: string): Promise<AccountRecord | null>;
  findByHandle(handle: string): Promise<AccountRecord | null>;
  passwordHash(id: string): Promise<string | null>;
  setPassword(id: string, hash: string, now: Date): Promise<void>;
  /** The subset of `keys` (lower-case handles) that are taken or held. */
  takenHandles(keys: readonly string[], now: Date): Promise<Set<string>>;
  /** The last sign of life: the latest session use or login, else the account's creation. */
  lastActiveAt(id: string): Promise<Date | null>;
  /** Applies the change if the account is in one of `from`; the account afterwards, or null when it was not. */
  changeStatus(id: string, change: StatusChange, now: Date): Promise<AccountRecord | null>;
  /**
   * Renames the account if its handle is still `from`: the new handle must be free and not held
   * for another account; the old one is held for this account until `holdUntil`. One transaction.
   * `taken`: the new handle is someone else's; `changed`: the handle is no longer `from` (a race).
   */
  changeHandle(id: string, from: string, to: string, holdUntil: Date, now: Date): Promise<HandleChangeOutcome>;
  /**
   * Moves the account from `from` (its current number, or null) to `to`, completing the phone
   * change flow `flowId` (it must be in `code_sent`), in one transaction. False when the account
   * or the flow moved on meanwhile; TesseraError `phone_registered` when `to` was taken first.
   */
  changePhone(input: { accountId: string; from: string | null; to: string; region: string; flowId: string }, now: Date): Promise<boolean>;
  /**
   * Erases up to `limit` accounts whose deletion is due, each once even with several nodes at it
   * (rows are claimed with `for update skip locked`): number, names and password gone, sessions,
   * devices and second factors deleted, the handle held until `holdUntil`, status `deleted`.
   */
  eraseDue(now: Date, holdUntil: Date, limit: number): Promise<{ id: string; handle: string }[]>;
  /** Sessions, devices and second factors as the data export shows them. */
  exportRecords(id: string): Promise<AccountExportRecords>;
}
