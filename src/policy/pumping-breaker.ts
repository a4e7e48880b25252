import { TesseraError } from '../core/errors.ts';
import type { Policy } from '../config/index.ts';
import { numberBlock } from '../phone/index.ts';
import type { Counters } from './counters/index.ts';

/**
 * The SMS-pumping breaker (docs/abuse.md). Pumping fraud sends codes to number ranges the fraudster is
 * paid for and never verifies them, so conversion per number block and per country over a
 * sliding hour gives it away: with ≥ `breaker.minSends` sends and fewer than
 * `breaker.minVerifiedRatio` of them verified, the block or country is paused for 1 h, doubling
 * with each new pause (within a day) up to 12 h.
 */
const HOUR = 3600;
const BUCKET = 300;
const MAX_PAUSE = 12 * HOUR;

export type PauseScope = 'block' | 'country';

export interface Pause {
  scope: PauseScope;
  key: string;
  until: Date;
  level: number;
}

/** Where pauses are listed for operators (`tessera sms status`); the counters hold the truth. */
export interface PauseStore {
  record(pause: Pause, now: Date): Promise<void>;
  list(now: Date): Promise<Pause[]>;
  remove(scope: PauseScope, key: string): Promise<boolean>;
}

export interface BreakerDeps {
  counters: Counters;
  policy: Policy;
  store: PauseStore;
  now: () => Date;
  onPause?: (pause: Pause, stats: { sent: number; verified: number }) => void;
}

const subjects = (e164: string, region: string): [PauseScope, string][] => [
  ['block', numberBlock(e164)],
  ['country', region],
];
const k = (what: string, scope: PauseScope, key: string) => `pump:${what}:${scope}:${key}`;

export class PumpingBreaker {
  constructor(private readonly deps: BreakerDeps) {}

  /** Refuses to send to a paused block or country (`rate_limited`, the same for every number in it). */
  async check(e164: string, region: string): Promise<void> {
    for (const [scope, key] of subjects(e164, region)) {
      const left = await this.deps.counters.ttl(k('pause', scope, key));
      if (left > 0) throw new TesseraError('rate_limited', { retryAfterSeconds: left, scope: scope === 'block' ? 'number' : 'region' });
    }
  }

  /** Counts a send, then judges the conversion of its block and country. */
  async recordSend(e164: string, region: string): Promise<void> {
    const { minSends, minVerifiedRatio } = this.deps.policy.breaker;
    for (const [scope, key] of subjects(e164, region)) {
      const sent = await this.deps.counters.slidingHit(k('sent', scope, key), HOUR, BUCKET);
      if (sent < minSends) continue;
      const verified = await this.deps.counters.slidingPeek(k('ok', scope, key), HOUR, BUCKET);
      if (verified / sent >= minVerifiedRatio) continue;
      if ((await this.deps.counters.ttl(k('pause', scope, key))) > 0) continue;
      await this.pause(scope, key, { sent, verified });
    }
  }

  async recordVerified(e164: string, region: string): Promise<void> {
    for (const [scope, key] of subjects(e164, region)) await this.deps.counters.slidingHit(k('ok', scope, key), HOUR, BUCKET);
  }

  private async pause(scope: PauseScope, key: string, stats: { sent: number; verified: number }): Promise<void> {
    const { count: level } = await this.deps.counters.hit(k('level', scope, key), 24 * HOUR);
    const seconds = Math.min(MAX_PAUSE, HOUR * 2 ** (level - 1));
    if (!(await this.deps.counters.claim(k('pause', scope, key), seconds))) return; // another node paused it first
    const pause = { scope, key, level, until: new Date(this.deps.now().getTime() + seconds * 1000) };
    await this.deps.store.record(pause, this.deps.now());
    this.deps.onPause?.(pause, stats);
  }

  async status(): Promise<(Pause & { secondsLeft: number })[]> {
    const listed = await this.deps.store.list(this.deps.now());
    const out = [];
    for (const p of listed) {
      const secondsLeft = await this.deps.counters.ttl(k('pause', p.scope, p.key));
      if (secondsLeft > 0) out.push({ ...p, secondsLeft });
    }
    return out;
  }

  /**
   * Operator: lift a pause now. The hour of sends that tripped it is forgotten too, else the very
   * next send would find the same conversion and pause again; the doubling level stays, so a
   * relapse pauses longer.
   */
  async unpause(scope: PauseScope, key: string): Promise<boolean> {
    const was = (await this.deps.counters.ttl(k('pause', scope, key))) > 0;
    await this.deps.counters.reset(k('pause', scope, key));
    await this.deps.counters.reset(k('sent', scope, key));
    await this.deps.counters.reset(k('ok', scope, key));
    const listed = await this.deps.store.remove(scope, key);
    return was || listed;
  }
}
