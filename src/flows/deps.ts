import type { AccountStore } from '../accounts/index.ts';
import type { Policy } from '../config/index.ts';
import type { Clock } from '../core/clock.ts';
import type { ServerKeys } from '../core/secrets.ts';
import type { PasswordHasher } from '../passwords/index.ts';
import type { BlocklistStore } from '../policy/blocklist.ts';
import type { Counters } from '../policy/counters/index.ts';
import type { FlowRecord, FlowStore, OutboxMessage } from './ports.ts';
import type { AuditLog } from '../audit/index.ts';
import type { PumpingBreaker } from '../policy/pumping-breaker.ts';
import type { SessionStore } from '../sessions/index.ts';

/** Everything a flow step may use; built once in app.ts. */
export interface FlowDeps {
  policy: Policy;
  clock: Clock;
  keys: ServerKeys;
  flows: FlowStore;
  accounts: AccountStore;
  blocklist: BlocklistStore;
  /** Budgets, cooldowns, the code ledger, proof of work: Redis when configured, failing closed. */
  counters: Counters;
  /** Login throttles: always the database, so password logins keep working while Redis is down. */
  loginCounters: Counters;
  breaker: PumpingBreaker;
  hasher: PasswordHasher;
  sessions: SessionStore;
  audit: AuditLog;
  /** Second factors (TOTP, recovery codes, passkeys) as the login flows see them. */
  factors: SecondFactorPort;
  /** Queues an SMS that belongs to no flow (security notices); `sendQueued` then sends it. */
  enqueueSms(sms: OutboxMessage, now: Date): Promise<void>;
  /** Hands a queued SMS to the dispatcher once its transaction committed. */
  sendQueued(messageId: string): void;
  /** Counts a code issued to a configured test number (`sms.testNumbers`), which gets no SMS. */
  onTestNumberUse?(purpose: string): void;
}

export type SecondFactorMethod = 'totp' | 'passkey' | 'recovery_code';

export interface SecondFactorPort {
  /** The account's usable second factors, for `verification_required`. Empty when it has none. */
  methods(accountId: string): Promise<SecondFactorMethod[]>;
  /** Checks one answer; false when wrong. A passkey answer is a WebAuthn assertion in `credential`. */
  verify(
    accountId: string,
    method: SecondFactorMethod,
    answer: { code?: string; credential?: unknown; challengeId: string },
    ctx: RequestContext,
  ): Promise<boolean>;
}

/** Who is asking: the client IP (as trusted per `http.trustProxy`), its language and device. */
export interface RequestContext {
  ip: string;
  locale: 'en' | 'zh-CN' | 'zh-HK';
  userAgent?: string | undefined;
  /** This request's `clientTime` minus the server's time, in whole seconds, when it sent one. */
  clientSkewSeconds?: number | undefined;
  /** Told the flow a request concerns as soon as it is found (the HTTP layer reads the clock skew the flow remembers). */
  onFlow?: ((flow: FlowRecord) => void) | undefined;
}
