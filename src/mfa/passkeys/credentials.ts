import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { TesseraError } from '../../core/errors.ts';

/**
 * Shape checks for the credential JSON a browser sends back (PublicKeyCredential.toJSON()). A
 * wrong shape is the client's bug (`invalid_request`); a right shape that does not verify is a
 * failed check, decided by @simplewebauthn/server.
 */
const B64URL = /^[A-Za-z0-9_-]*$/;
const MAX_FIELD = 16 * 1024;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function b64url(v: unknown, optional = false): boolean {
  if (v === undefined || v === null) return optional;
  return typeof v === 'string' && v.length <= MAX_FIELD && B64URL.test(v.replace(/=+$/, ''));
}

function malformed(reason: string): TesseraError {
  return new TesseraError('invalid_request', { field: 'credential', reason });
}

function checkCommon(v: unknown): asserts v is Record<string, unknown> & { response: Record<string, unknown> } {
  if (!isObject(v)) throw malformed('not_an_object');
  if (!b64url(v.id) || (v.id as string).length === 0 || (v.id as string).length > 1366) throw malformed('id');
  if (!b64url(v.rawId) || v.rawId !== v.id) throw malformed('rawId');
  if (v.type !== 'public-key') throw malformed('type');
  if (!isObject(v.response)) throw malformed('response');
  if (!b64url(v.response.clientDataJSON) || !v.response.clientDataJSON) throw malformed('response.clientDataJSON');
  if (v.clientExtensionResults !== undefined && !isObject(v.clientExtensionResults)) throw malformed('clientExtensionResults');
}

export function registrationCredential(v: unknown): RegistrationResponseJSON {
  checkCommon(v);
  if (!b64url(v.response.attestationObject) || !v.response.attestationObject) throw malformed('response.attestationObject');
  const transports = v.response.transports;
  if (transports !== undefined && !(Array.isArray(transports) && transports.length <= 8 && transports.every((t) => typeof t === 'string' && t.length <= 32))) {
    throw malformed('response.transports');
  }
  return { ...v, clientExtensionResults: v.clientExtensionResults ?? {} } as unknown as RegistrationResponseJSON;
}

export function authenticationCredential(v: unknown): AuthenticationResponseJSON {
  checkCommon(v);
  for (const field of ['authenticatorData', 'signature'] as const) {
    if (!b64url(v.response[field]) || !v.response[field]) throw malformed(`response.${field}`);
  }
  if (!b64url(v.response.userHandle, true)) throw malformed('response.userHandle');
  return { ...v, clientExtensionResults: v.clientExtensionResults ?? {} } as unknown as AuthenticationResponseJSON;
}

/** The WebAuthn user handle of an account: its UUID's 16 bytes (no phone number, nothing personal). */
export function userHandleOf(accountId: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(accountId.replace(/-/g, ''), 'hex'));
}

export function userHandleMatches(userHandle: string | undefined, accountId: string): boolean {
  return userHandle === undefined || userHandle === '' || userHandle.replace(/=+$/, '') === Buffer.from(userHandleOf(accountId)).toString('base64url');
}
