import type { AuditEvent, AuditLog } from '../audit/index.ts';
import type { Clock } from '../core/clock.ts';
import { TesseraError } from '../core/errors.ts';
import { decrypt, encrypt, type ServerKeys } from '../core/secrets.ts';
import type { SecondFactorStore } from './ports.ts';
import { newRecoveryCodes, normalizeRecoveryCode, recoveryCodeHash } from './recovery-codes.ts';
import { matchTotp, newTotpSecret, totpEnrolment, type TotpEnrolment } from './totp.ts';

/** Who asked, for the audit log. */
export interface FactorContext {
  ip: string | null;
  deviceId?: string | null;
}

export interface SecondFactors {
  /**
   * Confirmed factors of the account, for `verification_required` methods: subset of ['totp','recovery_code']
   * (recovery_code only when TOTP or a passkey is on and unused codes remain).
   */
  methods(accountId: string): Promise<('totp' | 'recovery_code')[]>;
  /** A confirmed TOTP or a passkey (recovery codes alone are not a factor). */
  hasSecondFactor(accountId: string): Promise<boolean>;
  /** Once-only, ±1 step; false when wrong, replayed or no confirmed TOTP. */
  verifyTotp(accountId: string, code: string): Promise<boolean>;
  /** Single use; on success audits `recovery_code.used` and calls `onRecoveryCodeUsed`. */
  useRecoveryCode(accountId: string, code: string, ctx: FactorContext): Promise<boolean>;
  /** Replaces an unconfirmed enrolment; `invalid_request` {field: 'totp', reason: 'already_enabled'} when one is confirmed. */
  beginTotp(accountId: string, handle: string, ctx?: FactorContext): Promise<TotpEnrolment>;
  /** Null when the code is wrong; on success 10 fresh recovery codes (the old ones die). */
  confirmTotp(accountId: string, code: string, ctx?: FactorContext): Promise<string[] | null>;
  /** False when the code is wrong; `invalid_request` {field: 'totp', reason: 'not_enabled'} when there is no TOTP. */
  disableTotp(accountId: string, code: string, ctx?: FactorContext): Promise<boolean>;
  /** Every old code dies; `invalid_request` {field: 'recoveryCodes', reason: 'no_second_factor'} without TOTP or a passkey. */
  regenerateRecoveryCodes(accountId: string, ctx?: FactorContext): Promise<string[]>;
}

/** The slice of the counter port used to slow down guessing in the security center. */
export interface WrongCodeCounter {
  hit(key: string, windowSeconds: number): Promise<{ count: number; resetInSeconds: number }>;
  peek(key: string): Promise<{ count: number; resetInSeconds: number } | null>;
}

export interface SecondFactorsDeps {
  store: SecondFactorStore;
  keys: ServerKeys;
  clock: Clock;
  /** The TOTP issuer authenticator apps show (`policy.app.name`). */
  appName: string;
  audit: AuditLog;
  /** When given, wrong TOTP codes on confirm and disable are capped per account (login has its own throttle). */
  counters?: WrongCodeCounter;
  /** Called after a recovery code was spent (the owner is told by SMS). Errors are audited, not thrown: the code is spent either way. */
  onRecoveryCodeUsed?(accountId: string, info: { remaining: number; ip: string | null }): Promise<void> | void;
}

/** A stolen session has the 15-minute re-authentication window at most; 10 guesses in it is a 1-in-33,000 chance. */
const WRONG_CODES_ALLOWED = 10;
const WRONG_CODES_WINDOW_SECONDS = 15 * 60;

export function createSecondFactors(deps: SecondFactorsDeps): SecondFactors {
  const { store, keys, clock } = deps;
  const audit = (
    accountId: string,
    action: string,
    ctx: FactorContext | undefined,
    outcome: AuditEvent['outcome'] = 'success',
    details?: Record<string, unknown>,
  ) =>
    deps.audit.append(
      { accountId, actor: 'account', action, outcome, ip: ctx?.ip ?? null, deviceId: ctx?.deviceId ?? null, ...(details ? { details } : {}) },
      clock.now(),
    );
  const hashes = (codes: string[]) => codes.map((c) => recoveryCodeHash(keys.hmac, normalizeRecoveryCode(c)!));

  async function confirmedSecret(accountId: string): Promise<string | null> {
    const factor = await store.findTotp(accountId);
    return factor?.confirmedAt ? decrypt(keys.encryption, factor.secretEnc) : null;
  }

  const throttleKey = (accountId: string) => `mfa:totp-wrong:${accountId}`;
  async function checkThrottle(accountId: string): Promise<void> {
    const seen = await deps.counters?.peek(throttleKey(accountId));
    if (seen && seen.count >= WRONG_CODES_ALLOWED) throw new TesseraError('rate_limited', { retryAfterSeconds: seen.resetInSeconds, scope: 'totp' });
  }
  async function recordWrong(accountId: string): Promise<void> {
    await deps.counters?.hit(throttleKey(accountId), WRONG_CODES_WINDOW_SECONDS);
  }

  const service: SecondFactors = {
    async methods(accountId) {
      const [factor, passkey, unused] = await Promise.all([store.findTotp(accountId), store.hasPasskey(accountId), store.unusedRecoveryCodes(accountId)]);
      const totp = factor?.confirmedAt != null;
      const out: ('totp' | 'recovery_code')[] = totp ? ['totp'] : [];
      if ((totp || passkey) && unused > 0) out.push('recovery_code');
      return out;
    },

    async hasSecondFactor(accountId) {
      const factor = await store.findTotp(accountId);
      return factor?.confirmedAt != null || (await store.hasPasskey(accountId));
    },

    async verifyTotp(accountId, code) {
      const secret = await confirmedSecret(accountId);
      const step = secret ? matchTotp(secret, code, clock.now()) : null;
      return step !== null && store.useTotpStep(accountId, step);
    },

    async useRecoveryCode(accountId, code, ctx) {
      const normalized = normalizeRecoveryCode(code);
      if (!normalized || !(await store.useRecoveryCode(accountId, recoveryCodeHash(keys.hmac, normalized), clock.now()))) return false;
      const remaining = await store.unusedRecoveryCodes(accountId);
      await audit(accountId, 'recovery_code.used', ctx, 'success', { remaining });
      try {
        await deps.onRecoveryCodeUsed?.(accountId, { remaining, ip: ctx.ip });
      } catch {
        await audit(accountId, 'recovery_code.notice', ctx, 'failure');
      }
      return true;
    },

    async beginTotp(accountId, handle, ctx) {
      const secret = newTotpSecret();
      if (!(await store.startTotp(accountId, encrypt(keys.encryption, secret), clock.now()))) {
        throw new TesseraError('invalid_request', { field: 'totp', reason: 'already_enabled' });
      }
      await audit(accountId, 'totp.enrolment_started', ctx);
      return totpEnrolment(secret, deps.appName, handle);
    },

    async confirmTotp(accountId, code, ctx) {
      const factor = await store.findTotp(accountId);
      if (!factor) throw new TesseraError('invalid_request', { field: 'totp', reason: 'not_started' });
      if (factor.confirmedAt) throw new TesseraError('invalid_request', { field: 'totp', reason: 'already_enabled' });
      await checkThrottle(accountId);
      const step = matchTotp(decrypt(keys.encryption, factor.secretEnc), code, clock.now());
      if (step !== null) {
        const codes = newRecoveryCodes();
        // False when the enrolment was restarted meanwhile or a concurrent request confirmed it with this code.
        if (await store.confirmTotp(accountId, factor.secretEnc, step, hashes(codes), clock.now())) {
          await audit(accountId, 'totp.enabled', ctx, 'success', { recoveryCodes: codes.length });
          return codes;
        }
      }
      await recordWrong(accountId);
      await audit(accountId, 'totp.enabled', ctx, 'failure', { reason: 'code_incorrect' });
      return null;
    },

    async disableTotp(accountId, code, ctx) {
      const secret = await confirmedSecret(accountId);
      if (!secret) throw new TesseraError('invalid_request', { field: 'totp', reason: 'not_enabled' });
      await checkThrottle(accountId);
      const step = matchTotp(secret, code, clock.now());
      if (step === null || !(await store.useTotpStep(accountId, step))) {
        await recordWrong(accountId);
        await audit(accountId, 'totp.disabled', ctx, 'failure', { reason: 'code_incorrect' });
        return false;
      }
      await store.removeTotp(accountId);
      await audit(accountId, 'totp.disabled', ctx);
      return true;
    },

    async regenerateRecoveryCodes(accountId, ctx) {
      if (!(await service.hasSecondFactor(accountId))) {
        throw new TesseraError('invalid_request', { field: 'recoveryCodes', reason: 'no_second_factor' });
      }
      const codes = newRecoveryCodes();
      await store.replaceRecoveryCodes(accountId, hashes(codes), clock.now());
      await audit(accountId, 'recovery_codes.regenerated', ctx, 'success', { recoveryCodes: codes.length });
      return codes;
    },
  };
  return service;
}
