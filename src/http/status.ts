/**
 * The one map from error code to HTTP status. Domain code throws `TesseraError(code)` and knows
 * nothing of HTTP; the edge looks the status up here. docs/errors.md shows the same table and
 * test/errors-catalogue.test.ts keeps the two equal.
 */
import type { ErrorCode } from '../core/errors.ts';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_request: 400,
  not_found: 404,
  method_not_allowed: 405,
  unsupported_media_type: 415,
  payload_too_large: 413,
  unauthenticated: 401,
  forbidden: 403,
  phone_invalid: 400,
  phone_not_mobile: 422,
  region_not_supported: 403,
  phone_blocked: 403,
  rate_limited: 429,
  challenge_required: 428,
  // A proof-of-work answer that is wrong, already used or expired: the client can solve a new one.
  code_incorrect: 400,
  code_expired: 410,
  code_attempts_exceeded: 429,
  flow_expired: 410,
  flow_not_found: 404,
  flow_state_invalid: 409,
  password_invalid: 422,
  password_weak: 422,
  handle_invalid: 422,
  handle_taken: 409,
  phone_registered: 409,
  invalid_credentials: 401,
  verification_required: 403,
  account_frozen: 423,
  // Not 401: the session is valid and stays so; only this one sensitive change wants a fresh
  // proof, and a 401 would make many clients drop the session and log the person out.
  reauthentication_required: 403,
  server_busy: 503,
  service_unavailable: 503,
  internal_error: 500,
};
