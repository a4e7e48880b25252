import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { decrypt, encrypt } from '../../core/secrets.ts';
import type { StoredSigningKey } from './ports.ts';

export const ALG = 'EdDSA';

/** A fresh Ed25519 key; `kid` is its RFC 7638 thumbprint, the private half sealed for the database. */
export async function newSigningKey(encryptionKey: Uint8Array, now: Date, activatesAt: Date): Promise<StoredSigningKey> {
  const { publicKey, privateKey } = await generateKeyPair(ALG, { crv: 'Ed25519', extractable: true });
  const { kty, crv, x } = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint({ kty, crv, x }, 'sha256');
  const publicJwk: JWK = { kty, crv, x, kid, alg: ALG, use: 'sig' };
  return {
    kid,
    alg: ALG,
    publicJwk: JSON.stringify(publicJwk),
    privateEnc: encrypt(encryptionKey, JSON.stringify(await exportJWK(privateKey))),
    createdAt: now,
    activatesAt,
    retiresAt: null,
  };
}

/** The public half as JWKS publishes it: every key Tessera makes has all six members. */
export interface PublicJwk {
  kty: string;
  crv: string;
  x: string;
  kid: string;
  alg: string;
  use: string;
}

export function publicJwkOf(key: StoredSigningKey): PublicJwk {
  return JSON.parse(key.publicJwk) as PublicJwk;
}

export async function privateKeyOf(key: StoredSigningKey, encryptionKey: Uint8Array): Promise<CryptoKey> {
  const jwk = JSON.parse(decrypt(encryptionKey, key.privateEnc)) as JWK;
  return (await importJWK(jwk, ALG)) as CryptoKey;
}
