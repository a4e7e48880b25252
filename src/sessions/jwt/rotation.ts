import { addSeconds } from '../../core/clock.ts';
import type { StoredSigningKey } from './ports.ts';

export interface RotationTimes {
  accessTokenTtlSeconds: number;
  /** How long a new key is published before it signs, so that JWKS caches know it first. */
  publishLeadSeconds: number;
  /** How long a key signs before its successor takes over. */
  keyLifetimeSeconds: number;
  /** Clock difference allowed between Tessera and the services that verify its tokens. */
  clockLeewaySeconds: number;
}

/** What one rotation step decides; the caller makes the key, so this stays free of crypto. */
export interface RotationPlan {
  /** When the key to create starts signing; null when no key is due. */
  newKeyActivatesAt: Date | null;
  retire: { kid: string; retiresAt: Date }[];
  /** Keys no token still valid can carry. */
  remove: string[];
}

/** A retired key stays published until every token it signed has expired, plus the leeway. */
export function isPublished(key: StoredSigningKey, now: Date, t: RotationTimes): boolean {
  if (!key.retiresAt) return true;
  return addSeconds(key.retiresAt, t.accessTokenTtlSeconds + t.clockLeewaySeconds) > now;
}

/** The key that signs at `now`: the latest one already active and not yet retired. */
export function signerAt(keys: readonly StoredSigningKey[], now: Date): StoredSigningKey | undefined {
  let best: StoredSigningKey | undefined;
  for (const k of keys) {
    if (k.activatesAt > now || (k.retiresAt && k.retiresAt <= now)) continue;
    if (!best || k.activatesAt > best.activatesAt) best = k;
  }
  return best;
}

/** The newest key of the chain: the one no successor has retired yet. */
function headOf(keys: readonly StoredSigningKey[]): StoredSigningKey | undefined {
  let head: StoredSigningKey | undefined;
  for (const k of keys) if (!k.retiresAt && (!head || k.activatesAt > head.activatesAt)) head = k;
  return head;
}

/**
 * The successor is created `publishLeadSeconds` before the head's lifetime ends. When no node ran
 * in that window, the head keeps signing a little past its lifetime rather than hand over to a
 * key no cache has seen. With no head at all (first start) the new key signs at once.
 */
export function planRotation(keys: readonly StoredSigningKey[], now: Date, t: RotationTimes): RotationPlan | null {
  const remove = keys.filter((k) => !isPublished(k, now, t)).map((k) => k.kid);
  const head = headOf(keys);
  let newKeyActivatesAt: Date | null = null;
  const retire: RotationPlan['retire'] = [];
  if (!head) {
    newKeyActivatesAt = now;
  } else {
    const due = addSeconds(head.activatesAt, t.keyLifetimeSeconds);
    if (addSeconds(due, -t.publishLeadSeconds) <= now) {
      const earliest = addSeconds(now, t.publishLeadSeconds);
      newKeyActivatesAt = new Date(Math.max(earliest.getTime(), due.getTime()));
      retire.push({ kid: head.kid, retiresAt: newKeyActivatesAt });
    }
  }
  if (!newKeyActivatesAt && remove.length === 0) return null;
  return { newKeyActivatesAt, retire, remove };
}
