export interface SessionRecord {
  id: string;
  accountId: string;
  deviceId: string | null;
  secretHash: string;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  authAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  revokedAt: Date | null;
}

export interface OpenSession {
  accountId: string;
  /** An existing device of the account, or a new one to create. */
  device: { id: string; tokenHash?: string; name: string | null };
  session: { id: string; secretHash: string; ip: string | null; idleExpiresAt: Date; absoluteExpiresAt: Date };
  maxSessions: number;
  /** When the session comes out of a verified flow, that flow moves to `completed` in the same transaction. */
  completeFlowId?: string;
}

export interface SessionStore {
  /** Device (if new) and session in one transaction; the oldest sessions past `maxSessions` are revoked. False if the flow was already used. */
  open(input: OpenSession, now: Date): Promise<boolean>;
  find(id: string): Promise<SessionRecord | null>;
  /** Records use and pushes the idle expiry out (never past the absolute one). */
  touch(id: string, now: Date, idleExpiresAt: Date): Promise<void>;
  revoke(id: string, now: Date): Promise<void>;
  /** The account's live device with this token hash, if any. */
  findDevice(accountId: string, tokenHash: string): Promise<{ id: string; name: string | null } | null>;
  listSessions(accountId: string, now: Date): Promise<(SessionRecord & { deviceName: string | null })[]>;
  listDevices(accountId: string): Promise<DeviceRecord[]>;
  /** Revokes one of the account's sessions; false if it has none by that id. */
  revokeOwned(accountId: string, sessionId: string, now: Date): Promise<boolean>;
  /** Forgets a device: its token stops counting and its sessions end. */
  forgetDevice(accountId: string, deviceId: string, now: Date): Promise<boolean>;
  /** Ends every session of the account, but `exceptSessionId`. Returns how many ended. */
  revokeAll(accountId: string, now: Date, exceptSessionId?: string): Promise<number>;
  /** A fresh authentication on this session (for the 15-minute rule). */
  markAuthenticated(sessionId: string, now: Date, methods: string[]): Promise<void>;
}

export interface DeviceRecord {
  id: string;
  name: string | null;
  createdAt: Date;
  lastSeenAt: Date;
}
