/**
 * The append-only audit log: every security-relevant action, with actor, IP, device and outcome,
 * never a secret. An account's security events are its owner's view of it. The store has no
 * update or delete, and the database refuses them too (a trigger).
 */
export type AuditOutcome = 'success' | 'failure' | 'refused';

export interface AuditEvent {
  accountId: string | null;
  /** Who acted: `account`, `system`, `operator:<name>`, `anonymous`. */
  actor: string;
  /** Dotted action name, e.g. `login.password`, `session.revoked`, `totp.enabled`. */
  action: string;
  outcome: AuditOutcome;
  ip?: string | null;
  deviceId?: string | null;
  /** Non-secret context (device name, method, masked phone). */
  details?: Record<string, unknown>;
}

export interface AuditRecord extends Required<Omit<AuditEvent, 'details'>> {
  id: string;
  details: Record<string, unknown>;
  createdAt: Date;
}

export interface AuditLog {
  append(event: AuditEvent, now: Date): Promise<void>;
  /** Newest first; `before` pages back by creation time. */
  forAccount(accountId: string, options: { limit: number; before?: Date }): Promise<AuditRecord[]>;
}
