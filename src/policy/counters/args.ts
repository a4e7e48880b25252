import { ConfigError } from '../../core/errors.ts';
import type { AttemptRule } from './port.ts';

/*
 * Argument checks shared by every backend, so a misuse fails the same way everywhere instead of
 * becoming a Redis type error in one backend and a silent float window in another.
 * Windows are whole seconds: every backend stores them exactly and slots line up across them.
 */

export function checkKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0) throw new ConfigError('counter key must be a non-empty string');
}

export function checkSeconds(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new ConfigError(`${name} must be a positive whole number of seconds, got ${String(value)}`);
  }
}

export function checkPositive(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) throw new ConfigError(`${name} must be a positive integer, got ${String(value)}`);
}

/**
 * How many buckets a sliding window sums: the current slot and the ones before it, so the sum
 * covers between `windowSeconds - bucketSeconds` and `windowSeconds` of history.
 */
export function bucketCount(windowSeconds: number, bucketSeconds: number): number {
  checkSeconds('windowSeconds', windowSeconds);
  checkSeconds('bucketSeconds', bucketSeconds);
  if (bucketSeconds > windowSeconds) {
    throw new ConfigError(`bucketSeconds (${bucketSeconds}) must not exceed windowSeconds (${windowSeconds})`);
  }
  return Math.ceil(windowSeconds / bucketSeconds);
}

/** Slots are numbered from the Unix epoch, the same in every backend. */
export function slotOf(epochMs: number, bucketSeconds: number): number {
  return Math.floor(epochMs / 1000 / bucketSeconds);
}

export function secondsLeft(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** The checks `hit` makes, for every rule of a `hitEach`; limits are whole numbers ≥ 0. */
export function checkRules(rules: readonly { key: string; windowSeconds: number; limit: number }[]): void {
  if (!Array.isArray(rules)) throw new ConfigError('rules must be an array');
  for (const rule of rules) {
    checkKey(rule.key);
    checkSeconds('windowSeconds', rule.windowSeconds);
    if (!Number.isSafeInteger(rule.limit) || rule.limit < 0) throw new ConfigError(`limit must be a whole number >= 0, got ${String(rule.limit)}`);
  }
}

/** The checks of an `attempt`: keys, a window, a stop ≥ 1, and a wait's schedule in whole seconds. */
export function checkAttempt(rule: AttemptRule): void {
  checkKey(rule.key);
  checkSeconds('memorySeconds', rule.memorySeconds);
  checkPositive('stopAt', rule.stopAt);
  if (rule.wait) {
    checkKey(rule.wait.key);
    if (rule.wait.key === rule.key) throw new ConfigError("an attempt's wait key must differ from its run key");
    if (!Number.isSafeInteger(rule.wait.freeFailures) || rule.wait.freeFailures < 0)
      throw new ConfigError(`freeFailures must be a whole number ≥ 0, got ${String(rule.wait.freeFailures)}`);
    checkSeconds('firstSeconds', rule.wait.firstSeconds);
    checkSeconds('maxSeconds', rule.wait.maxSeconds);
  }
}
