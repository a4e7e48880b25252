export type CircuitState = 'closed' | 'open' | 'half_open';

export interface CircuitOptions {
  /** Consecutive failures that open the circuit. */
  readonly failureThreshold: number;
  /** How long the first opening lasts; each failed probe doubles it. */
  readonly openSeconds: number;
  readonly maxOpenSeconds: number;
}

export const DEFAULT_CIRCUIT: CircuitOptions = { failureThreshold: 5, openSeconds: 30, maxOpenSeconds: 300 };

/**
 * One provider's health, kept per process. Closed: every send goes. After `failureThreshold`
 * failures in a row it opens: sends skip the provider for `openSeconds`. Then it is half-open: one
 * send goes as a probe while the others keep skipping. A probe that succeeds closes it; one that
 * fails opens it again for twice as long, up to `maxOpenSeconds`.
 */
export class CircuitBreaker {
  private state: CircuitState = 'closed';
  private failures = 0;
  private openings = 0;
  private openUntilMs = 0;
  private probing = false;

  constructor(
    private readonly options: CircuitOptions,
    private readonly nowMs: () => number,
    private readonly onChange: (state: CircuitState, detail: { failures: number; openSeconds?: number }) => void = () => {},
  ) {}

  /** 'go' for a closed circuit, 'probe' for the one trial send of a half-open one, null to skip. */
  acquire(): 'go' | 'probe' | null {
    if (this.state === 'closed') return 'go';
    if (this.state === 'open') {
      if (this.nowMs() < this.openUntilMs) return null;
      this.move('half_open');
    }
    if (this.probing) return null;
    this.probing = true;
    return 'probe';
  }

  /** The gateway answered (accepted, or refused the message itself): it works. */
  succeeded(): void {
    this.failures = 0;
    this.probing = false;
    if (this.state !== 'closed') {
      this.openings = 0;
      this.move('closed');
    }
  }

  /** An error or a timeout. */
  failed(): void {
    this.probing = false;
    this.failures += 1;
    if (this.state === 'half_open' || (this.state === 'closed' && this.failures >= this.options.failureThreshold)) {
      const seconds = Math.min(this.options.maxOpenSeconds, this.options.openSeconds * 2 ** this.openings);
      this.openings += 1;
      this.openUntilMs = this.nowMs() + seconds * 1000;
      this.move('open', seconds);
    }
  }

  /** The attempt said nothing about the provider's health (it could not carry this message). */
  released(): void {
    this.probing = false;
  }

  /** The current state; an open circuit whose time is up reads as half-open. */
  current(): CircuitState {
    return this.state === 'open' && this.nowMs() >= this.openUntilMs ? 'half_open' : this.state;
  }

  /** When an open circuit lets a probe through (ms since the epoch); 0 when it is not open. */
  reopensAtMs(): number {
    return this.state === 'open' ? this.openUntilMs : 0;
  }

  private move(state: CircuitState, openSeconds?: number): void {
    this.state = state;
    this.onChange(state, { failures: this.failures, ...(openSeconds !== undefined ? { openSeconds } : {}) });
  }
}
