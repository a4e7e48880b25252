/** Blocked numbers and prefixes. A pattern is a full E.164 (`+8613800138000`) or a prefix ending in `*` (`+86170*`). */
export interface BlocklistStore {
  matches(e164: string): Promise<string | null>;
  add(pattern: string, reason: string | null, now: Date): Promise<void>;
  remove(pattern: string): Promise<boolean>;
  list(): Promise<{ pattern: string; reason: string | null; createdAt: Date }[]>;
}

export function isValidBlockPattern(pattern: string): boolean {
  return /^\+[1-9]\d{0,14}\*?$/.test(pattern);
}
