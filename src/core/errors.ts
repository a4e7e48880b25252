import { Type, type Static } from 'typebox';

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

/**
 * What an error's `details` may hold: each field is named once here, with what it means, and the
 * HTTP edge documents it in every error response of `/openapi.json` (docs/errors.md lists which
 * code carries which).
 */
export const ErrorDetailsSchema = Type.Object({
  field: Type.Optional(Type.String({ description: 'The request field at fault.' })),
  reason: Type.Optional(Type.String({ description: 'Why, as a stable word (`required`, `length`, `csrf`, `pow_invalid`, …).' })),
  rule: Type.Optional(Type.String({ description: 'The rule that was broken.' })),
  retryAfterSeconds: Type.Optional(Type.Number({ description: 'How long to wait; also sent as `Retry-After`.' })),
  scope: Type.Optional(Type.String({ description: 'What a limit counts: `number`, `ip`, `flow`, `login`, `handle`, `region`, `totp`.' })),
  nextChangeAt: Type.Optional(Type.String({ format: 'date-time' })),
  attemptsLeft: Type.Optional(Type.Integer()),
  clearedBy: Type.Optional(Type.String()),
  state: Type.Optional(Type.String({ description: 'The state the flow or account is in.' })),
  minLength: Type.Optional(Type.Integer()),
  maxLength: Type.Optional(Type.Integer()),
  max: Type.Optional(Type.Integer()),
  score: Type.Optional(Type.Integer({ minimum: 0, maximum: 4 })),
  warning: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  suggestions: Type.Optional(Type.Array(Type.String())),
  type: Type.Optional(Type.String({ description: "The number's type (`fixed_line`, `voip`, …)." })),
  region: Type.Optional(Type.String()),
  supportedRegions: Type.Optional(Type.Array(Type.String())),
  challengeId: Type.Optional(Type.String()),
  methods: Type.Optional(Type.Unsafe<readonly string[]>(Type.Array(Type.String()))),
  maxAgeSeconds: Type.Optional(Type.Integer()),
  dlrType: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  challenge: Type.Optional(
    Type.Object(
      {
        algorithm: Type.String(),
        challenge: Type.String(),
        maxnumber: Type.Integer(),
        salt: Type.String(),
        signature: Type.String(),
      },
      { description: 'An ALTCHA proof-of-work challenge (`challenge_required`).' },
    ),
  ),
});

export type ErrorDetails = Static<typeof ErrorDetailsSchema>;

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
