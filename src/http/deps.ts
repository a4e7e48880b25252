import type { FlowDeps } from '../flows/index.ts';
import type { SecondFactors } from '../mfa/index.ts';
import type { DevInboxStore, SmsReceipts } from '../sms/index.ts';
import type { AccountRecord } from '../accounts/index.ts';
import type { SessionCache, SessionStore } from '../sessions/index.ts';
import type { TokenService } from '../sessions/jwt/index.ts';
import type { Metrics } from './metrics.ts';

export interface HttpDeps extends FlowDeps {
  mode: 'dev' | 'production';
  sessions: SessionStore;
  /** Validated sessions in memory (sessions/cache.ts); the stores above already go through it. */
  sessionCache: SessionCache<AccountRecord>;
  /** Access tokens (EdDSA JWTs) and the JWKS that verifies them. */
  tokens: TokenService;
  metrics: Metrics;
  devInbox: DevInboxStore | undefined;
  /** Readiness: resolves when the database (and Redis, if any) answer. */
  ready(): Promise<void>;
  logLevel: string;
  /** Admin API bearer token; without one the admin API answers `forbidden`. */
  adminToken?: string | undefined;
  /** TOTP and recovery codes; without it the /v1/me/totp and /v1/me/recovery-codes routes are absent. */
  secondFactors?: SecondFactors;
  /** Delivery receipts from the SMS gateways; without it the /v1/sms/receipts routes are absent. */
  smsReceipts?: SmsReceipts;
}
