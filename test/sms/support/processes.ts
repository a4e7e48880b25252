import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** A free loopback TCP port (the usual listen-on-0 trick; the tiny race is fine for tests). */
export { freePort } from '../../helpers/net.ts';

/** Children of one test file, each with its output kept for assertions and failure reports. */
export class Children {
  private readonly list: { name: string; child: ChildProcess; output: string[] }[] = [];

  constructor() {
    // Last resort if the runner dies before `after` hooks run: never leave gateways behind.
    process.once('exit', () => {
      for (const { child } of this.list) if (child.exitCode === null) child.kill('SIGKILL');
    });
  }

  start(name: string, command: string, args: string[], cwd: string): { output: string[]; child: ChildProcess } {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    const keep = (chunk: Buffer) => output.push(chunk.toString('utf8'));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('error', (err) => output.push(`spawn error: ${err.message}`));
    this.list.push({ name, child, output });
    return { output, child };
  }

  /** What each child printed, for a failure message. */
  report(): string {
    return this.list.map(({ name, output }) => `--- ${name}\n${output.join('').slice(-3000)}`).join('\n');
  }

  /** SIGTERM everything (in reverse start order), SIGKILL whatever is still up after `graceMs`. */
  async stopAll(graceMs = 3000): Promise<void> {
    for (const { child } of [...this.list].reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      child.kill('SIGTERM');
      const exited = once(child, 'exit');
      const timer = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
      if ((await Promise.race([exited.then(() => true), timer.then(() => false)])) === false) {
        child.kill('SIGKILL');
        await exited;
      }
    }
  }
}

/** Polls `check` until it returns a value or `timeoutMs` passes. */
export async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
