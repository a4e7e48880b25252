import { ConfigError } from '../../core/errors.ts';

/** The WebAuthn relying party one ceremony runs for. */
export interface RelyingParty {
  /** The RP ID: a domain the credentials are scoped to (no scheme, no port). */
  id: string;
  name: string;
  /** Page origins whose assertions are accepted, e.g. `https://id.example.com`. */
  origins: string[];
}

/** The `webauthn` policy section; empty values mean "derive from the request". */
export interface WebAuthnSettings {
  rpId: string;
  rpName: string;
  origins: readonly string[];
}

/** What a request says about where it was sent: `hostname` without the port, `host` with it. */
export interface RequestOrigin {
  protocol: string;
  hostname: string;
  host: string;
}

/**
 * Refuses, at start, origins that cannot belong to the configured RP ID: a browser would never
 * produce an assertion for such a pair, so every passkey ceremony would fail at run time.
 */
export function checkWebAuthnSettings(settings: WebAuthnSettings): void {
  if (!settings.rpId) return;
  for (const origin of settings.origins) {
    if (!/^https?:/.test(origin)) continue; // an app origin (android:apk-key-hash:…) names no host
    const host = new URL(origin).hostname;
    if (host !== settings.rpId && !host.endsWith(`.${settings.rpId}`)) {
      throw new ConfigError(
        `config: "webauthn.origins" has ${JSON.stringify(origin)}, which is not on "webauthn.rpId" ${JSON.stringify(settings.rpId)} or a subdomain of it`,
      );
    }
  }
}

/**
 * The configured RP, with any part left empty taken from the request (Host header, protocol).
 * Deriving is for development: a forged Host only makes the server expect an RP for which no real
 * credential signs, so it cannot help an attacker, but behind a TLS proxy the derived protocol is
 * wrong unless `http.trustProxy` is on — configure `rpId` and `origins` in production.
 */
export function resolveRelyingParty(settings: WebAuthnSettings, appName: string, request: RequestOrigin): RelyingParty {
  const id = settings.rpId || request.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const origins = settings.origins.length > 0 ? [...settings.origins] : [`${request.protocol}://${request.host.toLowerCase()}`];
  return { id, name: settings.rpName || appName, origins };
}
