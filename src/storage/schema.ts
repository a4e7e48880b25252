import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface AccountsTable {
  id: string;
  phone: string | null;
  region: string;
  handle: string;
  display_name: string | null;
  status: string;
  trust_level: Generated<number>;
  password_hash: string;
  handle_changes: Generated<number>;
  handle_changed_at: NullableTimestamp;
  password_changed_at: NullableTimestamp;
  /** Lifecycle (0005): when frozen; when a dormant account lost its number; deletion asked, due and done. */
  frozen_at: NullableTimestamp;
  phone_released_at: NullableTimestamp;
  deletion_requested_at: NullableTimestamp;
  deletion_scheduled_for: NullableTimestamp;
  deleted_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface HandleHoldsTable {
  handle_key: string;
  account_id: string | null;
  held_until: Timestamp;
}

export interface FlowsTable {
  id: string;
  kind: string;
  state: string;
  phone: string;
  region: string;
  account_id: string | null;
  locale: string;
  device_name: string | null;
  ip: string | null;
  sends: Generated<number>;
  attempts: Generated<number>;
  /** JSON: what a flow kind keeps beside the common columns (a challenge's methods, a phone change's target). */
  data: string | null;
  last_sent_at: NullableTimestamp;
  verified_at: NullableTimestamp;
  expires_at: Timestamp;
  created_at: Timestamp;
}

export interface VerificationCodesTable {
  flow_id: string;
  purpose: string;
  code_hash: string;
  attempts: Generated<number>;
  max_attempts: number;
  expires_at: Timestamp;
  consumed_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface SmsOutboxTable {
  id: string;
  flow_id: string | null;
  phone: string;
  region: string;
  purpose: string;
  locale: string;
  /** AES-256-GCM ciphertext of the text and template params; emptied once the message left. */
  body_enc: string | null;
  status: string;
  provider: string | null;
  provider_message_id: string | null;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  error: string | null;
  segments: number | null;
  /** Fencing token of the claim that holds the message (0003). */
  lease_id: string | null;
  /** The provider of the latest hand-off; `handoff_open` while its outcome is not recorded (0003). */
  handoff_provider: string | null;
  handoff_open: Generated<boolean>;
  sent_at: NullableTimestamp;
  receipt_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DevInboxTable {
  id: string;
  to_phone: string;
  text: string;
  created_at: Timestamp;
}

export interface DevicesTable {
  id: string;
  account_id: string;
  token_hash: string;
  name: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  revoked_at: NullableTimestamp;
}

export interface SessionsTable {
  id: string;
  account_id: string;
  device_id: string | null;
  secret_hash: string;
  ip: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  auth_at: Timestamp;
  /** Comma-separated methods of the last authentication (password, sms, totp, passkey, recovery_code). */
  auth_methods: string | null;
  idle_expires_at: Timestamp;
  absolute_expires_at: Timestamp;
  revoked_at: NullableTimestamp;
}

export interface BlocklistTable {
  pattern: string;
  reason: string | null;
  created_at: Timestamp;
}

export interface CountersTable {
  key: string;
  count: number;
  expires_at: Timestamp;
}

export interface TotpFactorsTable {
  account_id: string;
  secret_enc: string;
  confirmed_at: NullableTimestamp;
  last_used_step: number | null;
  created_at: Timestamp;
}

export interface RecoveryCodesTable {
  id: string;
  account_id: string;
  code_hash: string;
  used_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface PasskeysTable {
  id: string;
  account_id: string;
  public_key: string;
  counter: number;
  transports: string | null;
  device_type: string | null;
  backed_up: Generated<boolean>;
  name: string | null;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
}

export interface WebauthnChallengesTable {
  id: string;
  account_id: string | null;
  purpose: string;
  challenge: string;
  expires_at: Timestamp;
}

export interface SigningKeysTable {
  kid: string;
  alg: string;
  public_jwk: string;
  private_enc: string;
  created_at: Timestamp;
  activates_at: Timestamp;
  retires_at: NullableTimestamp;
}

export interface AuditLogTable {
  id: string;
  account_id: string | null;
  actor: string;
  action: string;
  outcome: string;
  ip: string | null;
  device_id: string | null;
  details: string | null;
  created_at: Timestamp;
}

export interface SmsPausesTable {
  scope: string;
  key: string;
  level: number;
  until: Timestamp;
  created_at: Timestamp;
}

export interface Database {
  sms_pauses: SmsPausesTable;
  totp_factors: TotpFactorsTable;
  recovery_codes: RecoveryCodesTable;
  passkeys: PasskeysTable;
  webauthn_challenges: WebauthnChallengesTable;
  signing_keys: SigningKeysTable;
  audit_log: AuditLogTable;
  accounts: AccountsTable;
  handle_holds: HandleHoldsTable;
  flows: FlowsTable;
  verification_codes: VerificationCodesTable;
  sms_outbox: SmsOutboxTable;
  dev_inbox: DevInboxTable;
  devices: DevicesTable;
  sessions: SessionsTable;
  blocklist: BlocklistTable;
  counters: CountersTable;
}
