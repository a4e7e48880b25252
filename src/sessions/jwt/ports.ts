/** One signing key as the store keeps it: the public JWK as JSON, the private JWK sealed. */
export interface StoredSigningKey {
  kid: string;
  alg: string;
  /** JSON of the public JWK as JWKS publishes it (`kty`, `crv`, `x`, `kid`, `alg`, `use`). */
  publicJwk: string;
  /** The private JWK, AES-256-GCM sealed with the server's encryption key. */
  privateEnc: string;
  createdAt: Date;
  /** From then on the key signs; before that it is only published. */
  activatesAt: Date;
  /** From then on the key no longer signs; null while it is the newest key. */
  retiresAt: Date | null;
}

/** What one rotation step writes, all in one transaction. */
export interface KeyChanges {
  insert: StoredSigningKey[];
  retire: { kid: string; retiresAt: Date }[];
  remove: string[];
}

/** The signing keys every node shares through the database. */
export interface SigningKeyStore {
  list(): Promise<StoredSigningKey[]>;
  /**
   * Runs `plan` on the keys as they are while holding a lock that every node shares, writes what
   * it returns in the same transaction, and returns the keys after. Two nodes rotating at once
   * thus see each other's work instead of both adding a key.
   */
  rotate(plan: (keys: StoredSigningKey[]) => Promise<KeyChanges | null>): Promise<StoredSigningKey[]>;
}
