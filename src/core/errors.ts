/**
 * The one error type of Tessera. Every refusal a client can see carries a stable `code` from
 * this closed catalogue; HTTP status codes live in `http/status.ts`, messages in `messages.ts`.
 */
export const ERROR_CODES = [
  'invalid_request',
  'not_found',
  'method_not_allowed',
  'unsupported_media_type',
  'payload_too_large',
  'unauthenticated',
  'forbidden',
  'phone_invalid',
  'phone_not_mobile',
  'region_not_supported',
  'phone_blocked',
  'rate_limited',
  'challenge_required',
  'code_incorrect',
  'code_expired',
  'code_attempts_exceeded',
  'flow_expired',
  'flow_not_found',
  'flow_state_invalid',
  'password_invalid',
  'password_weak',
  'handle_invalid',
  'handle_taken',
  'phone_registered',
  'invalid_credentials',
  'verification_required',
  'account_frozen',
  'reauthentication_required',
  'server_busy',
  'service_unavailable',
  'internal_error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorDetails = Record<string, unknown>;

export class TesseraError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, details?: ErrorDetails, message?: string) {
    super(message ?? code);
    this.name = 'TesseraError';
    this.code = code;
    this.details = details;
  }
}

export function isTesseraError(value: unknown): value is TesseraError {
  return value instanceof TesseraError;
}

/** Misuse (bad configuration, a programming error) — thrown at start, never shown to clients. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
