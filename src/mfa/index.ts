export { createSecondFactors, type SecondFactors, type SecondFactorsDeps, type FactorContext, type WrongCodeCounter } from './service.ts';
export type { SecondFactorStore, TotpFactorRecord } from './ports.ts';
export {
  matchTotp,
  newTotpSecret,
  totpEnrolment,
  totpFor,
  totpStep,
  type TotpEnrolment,
  TOTP_ALGORITHM,
  TOTP_DIGITS,
  TOTP_PERIOD_SECONDS,
  TOTP_WINDOW,
} from './totp.ts';
export { newRecoveryCode, newRecoveryCodes, normalizeRecoveryCode, recoveryCodeHash, RECOVERY_CODE_COUNT } from './recovery-codes.ts';
