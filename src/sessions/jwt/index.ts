export { createTokenService, type AccessTokenClaims, type TokenService, type TokenServiceOptions } from './service.ts';
export type { KeyChanges, SigningKeyStore, StoredSigningKey } from './ports.ts';
export { isPublished, planRotation, signerAt, type RotationPlan, type RotationTimes } from './rotation.ts';
