import { createLocalJWKSet, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { Clock } from '../../core/clock.ts';
import { ConfigError } from '../../core/errors.ts';
import { randomToken } from '../../core/random.ts';
import type { ServerKeys } from '../../core/secrets.ts';
import { ALG, newSigningKey, privateKeyOf, publicJwkOf, type PublicJwk } from './keys.ts';
import type { SigningKeyStore, StoredSigningKey } from './ports.ts';
import { isPublished, planRotation, signerAt, type RotationTimes } from './rotation.ts';

export interface TokenServiceOptions {
  store: SigningKeyStore;
  keys: Pick<ServerKeys, 'encryption'>;
  clock: Clock;
  /** docs/login.md: 10 minutes. */
  accessTokenTtlSeconds?: number;
  /** Default 1 hour. Must be at least `refreshSeconds`, so every node learns of a new key before it signs. */
  publishLeadSeconds?: number;
  /** Default 30 days. */
  keyLifetimeSeconds?: number;
  /** Default 60 s. */
  clockLeewaySeconds?: number;
  /** How long a node trusts its copy of the key table before reading it (and rotating) again. Default 60 s. */
  refreshSeconds?: number;
  /** Fixed `iss`; when absent, each call to `issue` names its own (the request's origin). */
  issuer?: string;
}

export interface AccessTokenClaims {
  sub: string;
  sid: string;
  handle: string;
  trustLevel: number;
}

export interface TokenService {
  issue(claims: AccessTokenClaims, issuer: string): Promise<{ accessToken: string; expiresIn: number }>;
  jwks(): Promise<{ keys: PublicJwk[] }>;
  /** The payload of a token Tessera signed and that is still valid; null for anything else. */
  verify(token: string, issuer?: string): Promise<JWTPayload | null>;
}

// An unknown kid may be a key another node just made; look again, but not on every forged token.
const UNKNOWN_KID_COOLDOWN_MS = 10_000;

function positive(name: string, value: number, min = 1): number {
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`tokens: ${name} must be an integer ≥ ${min}`);
  return value;
}

export function createTokenService(options: TokenServiceOptions): TokenService {
  const { store, clock } = options;
  const encryptionKey = options.keys.encryption;
  const times: RotationTimes = {
    accessTokenTtlSeconds: positive('accessTokenTtlSeconds', options.accessTokenTtlSeconds ?? 600),
    publishLeadSeconds: positive('publishLeadSeconds', options.publishLeadSeconds ?? 3600, 0),
    keyLifetimeSeconds: positive('keyLifetimeSeconds', options.keyLifetimeSeconds ?? 30 * 86400),
    clockLeewaySeconds: positive('clockLeewaySeconds', options.clockLeewaySeconds ?? 60, 0),
  };
  const refreshMs = positive('refreshSeconds', options.refreshSeconds ?? 60) * 1000;
  if (times.publishLeadSeconds * 1000 < refreshMs) throw new ConfigError('tokens: publishLeadSeconds must be at least refreshSeconds');
  if (times.keyLifetimeSeconds <= times.publishLeadSeconds) throw new ConfigError('tokens: keyLifetimeSeconds must exceed publishLeadSeconds');

  let cache: { keys: StoredSigningKey[]; atMs: number } | undefined;
  let inflight: Promise<StoredSigningKey[]> | undefined;
  let lastForcedMs = -Infinity;
  const privateKeys = new Map<string, Promise<CryptoKey>>();

  async function refresh(now: Date): Promise<StoredSigningKey[]> {
    let keys = await store.list();
    // Only take the shared lock when something looks due; the plan is made again under it.
    if (planRotation(keys, now, times)) {
      keys = await store.rotate(async (current) => {
        const plan = planRotation(current, now, times);
        if (!plan) return null;
        const insert = plan.newKeyActivatesAt ? [await newSigningKey(encryptionKey, now, plan.newKeyActivatesAt)] : [];
        return { insert, retire: plan.retire, remove: plan.remove };
      });
    }
    for (const kid of privateKeys.keys()) if (!keys.some((k) => k.kid === kid)) privateKeys.delete(kid);
    cache = { keys, atMs: now.getTime() };
    return keys;
  }

  function load(now: Date, force = false): Promise<StoredSigningKey[]> {
    const age = cache ? now.getTime() - cache.atMs : Infinity;
    if (cache && !force && age >= 0 && age < refreshMs) return Promise.resolve(cache.keys);
    inflight ??= refresh(now).finally(() => (inflight = undefined));
    return inflight;
  }

  function signingKey(key: StoredSigningKey): Promise<CryptoKey> {
    let found = privateKeys.get(key.kid);
    if (!found) {
      found = privateKeyOf(key, encryptionKey);
      privateKeys.set(key.kid, found);
    }
    return found;
  }

  const published = (keys: StoredSigningKey[], now: Date) =>
    keys
      .filter((k) => isPublished(k, now, times))
      .sort((a, b) => b.activatesAt.getTime() - a.activatesAt.getTime())
      .map(publicJwkOf);

  async function verifyWith(keys: StoredSigningKey[], token: string, now: Date, issuer: string | undefined): Promise<JWTPayload> {
    const { payload } = await jwtVerify(token, createLocalJWKSet({ keys: published(keys, now) }), {
      algorithms: [ALG],
      typ: 'JWT',
      currentDate: now,
      requiredClaims: ['iss', 'sub', 'iat', 'exp', 'sid'],
      ...(issuer !== undefined ? { issuer } : {}),
    });
    return payload;
  }

  return {
    async issue(claims, issuer) {
      const now = clock.now();
      const signer = signerAt(await load(now), now);
      if (!signer) throw new Error('no active signing key after rotation');
      const iat = Math.floor(now.getTime() / 1000);
      const accessToken = await new SignJWT({ sid: claims.sid, handle: claims.handle, trustLevel: claims.trustLevel })
        .setProtectedHeader({ alg: ALG, kid: signer.kid, typ: 'JWT' })
        .setIssuer(options.issuer ?? issuer)
        .setSubject(claims.sub)
        .setIssuedAt(iat)
        .setExpirationTime(iat + times.accessTokenTtlSeconds)
        .setJti(randomToken(16))
        .sign(await signingKey(signer));
      return { accessToken, expiresIn: times.accessTokenTtlSeconds };
    },

    async jwks() {
      const now = clock.now();
      return { keys: published(await load(now), now) };
    },

    async verify(token, issuer) {
      const now = clock.now();
      const expected = options.issuer ?? issuer;
      // A store failure propagates; only a token that fails verification is null.
      const keys = await load(now);
      try {
        return await verifyWith(keys, token, now, expected);
      } catch (err) {
        if (!(err instanceof errors.JWKSNoMatchingKey) || now.getTime() - lastForcedMs < UNKNOWN_KID_COOLDOWN_MS) return null;
      }
      lastForcedMs = now.getTime();
      const fresh = await load(now, true);
      return verifyWith(fresh, token, now, expected).catch(() => null);
    },
  };
}
