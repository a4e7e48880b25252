/// <reference lib="dom" />

/**
 * WebAuthn's JSON forms (binary fields in base64url, as the API sends and accepts them) to and
 * from the browser's binary objects. The browser's own parse/toJSON helpers are used when present.
 */
// WebAuthn's JSON forms are open dictionaries, passed through field by field.
// biome-ignore lint/suspicious/noExplicitAny: see above
type Json = any;

const toBytes = (s: string): Uint8Array => {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
};
const toB64url = (buf: ArrayBuffer): string =>
  btoa(String.fromCharCode(...new Uint8Array(buf)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const descriptors = (list?: Json[]) => (list ?? []).map((c) => ({ ...c, id: toBytes(c.id) }));

type PkcStatics = typeof PublicKeyCredential & {
  parseCreationOptionsFromJSON?: (o: Json) => PublicKeyCredentialCreationOptions;
  parseRequestOptionsFromJSON?: (o: Json) => PublicKeyCredentialRequestOptions;
};

export function passkeysSupported(): boolean {
  return typeof window.PublicKeyCredential === 'function' && !!navigator.credentials;
}

export async function createPasskey(options: Json): Promise<Json> {
  const pkc = PublicKeyCredential as PkcStatics;
  const publicKey = pkc.parseCreationOptionsFromJSON
    ? pkc.parseCreationOptionsFromJSON(options)
    : {
        ...options,
        challenge: toBytes(options.challenge),
        user: { ...options.user, id: toBytes(options.user.id) },
        excludeCredentials: descriptors(options.excludeCredentials),
      };
  const cred = (await navigator.credentials.create({ publicKey })) as PublicKeyCredential | null;
  if (!cred) throw new DOMException('no credential', 'NotAllowedError');
  const response = cred.response as AuthenticatorAttestationResponse;
  return {
    id: cred.id,
    rawId: toB64url(cred.rawId),
    type: cred.type,
    authenticatorAttachment: cred.authenticatorAttachment ?? undefined,
    response: {
      clientDataJSON: toB64url(response.clientDataJSON),
      attestationObject: toB64url(response.attestationObject),
      transports: response.getTransports?.() ?? [],
    },
    clientExtensionResults: cred.getClientExtensionResults(),
  };
}

export async function usePasskey(options: Json): Promise<Json> {
  const pkc = PublicKeyCredential as PkcStatics;
  const publicKey = pkc.parseRequestOptionsFromJSON
    ? pkc.parseRequestOptionsFromJSON(options)
    : { ...options, challenge: toBytes(options.challenge), allowCredentials: descriptors(options.allowCredentials) };
  const cred = (await navigator.credentials.get({ publicKey })) as PublicKeyCredential | null;
  if (!cred) throw new DOMException('no credential', 'NotAllowedError');
  const response = cred.response as AuthenticatorAssertionResponse;
  return {
    id: cred.id,
    rawId: toB64url(cred.rawId),
    type: cred.type,
    authenticatorAttachment: cred.authenticatorAttachment ?? undefined,
    response: {
      clientDataJSON: toB64url(response.clientDataJSON),
      authenticatorData: toB64url(response.authenticatorData),
      signature: toB64url(response.signature),
      ...(response.userHandle ? { userHandle: toB64url(response.userHandle) } : {}),
    },
    clientExtensionResults: cred.getClientExtensionResults(),
  };
}
