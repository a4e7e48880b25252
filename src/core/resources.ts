/*
 * What a start has opened (a database, a Redis client, a timer, a provider's link), each with how
 * to close it. Closing goes in reverse order, so what was opened on top of something closes before
 * it. A start that fails at any step closes what the steps before it opened before the error goes
 * on (docs/architecture.md, "Start and shutdown").
 */

export interface ResourceEvents {
  /** After each resource is registered (a debug log line). */
  opened?(name: string): void;
  /** A close that failed; the others are closed all the same. */
  closeFailed?(name: string, err: unknown): void;
}

export class Resources {
  private readonly stack: { name: string; close: () => unknown }[] = [];

  constructor(private readonly events: ResourceEvents = {}) {}

  /** Names of what is open, first opened first. */
  get names(): string[] {
    return this.stack.map((r) => r.name);
  }

  /** Registers how to close what was just opened. Register right after opening, before the next step. */
  defer(name: string, close: () => unknown): void {
    this.stack.push({ name, close });
    this.events.opened?.(name);
  }

  /** Opens with `open` and registers `close` for the result; returns it. */
  async add<T>(name: string, open: () => T | Promise<T>, close: (value: T) => unknown): Promise<T> {
    const value = await open();
    this.defer(name, () => close(value));
    return value;
  }

  /**
   * Closes everything, last opened first. A close that fails is reported and the rest still close;
   * then the first failure is thrown. Calling it again closes nothing.
   */
  async closeAll(): Promise<void> {
    const failures: unknown[] = [];
    for (let r = this.stack.pop(); r; r = this.stack.pop()) {
      try {
        await r.close();
      } catch (err) {
        failures.push(err);
        this.events.closeFailed?.(r.name, err);
      }
    }
    if (failures.length > 0) throw failures[0];
  }

  /** Runs a start; when it throws, what it had opened is closed before the error propagates. */
  async start<T>(steps: (resources: this) => Promise<T>): Promise<T> {
    try {
      return await steps(this);
    } catch (err) {
      await this.closeAll().catch(() => {}); // each failure was reported; the start's own error is the one to see
      throw err;
    }
  }
}
