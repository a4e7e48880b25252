/**
 * Closed-loop load: `concurrency` clients each run registrations back to back. Only registrations
 * that finish inside the window (after the warm-up) count; when the window closes no client starts
 * another, and the run ends once the ones in flight are done.
 */
import { register, RegistrationFailed, type Registration } from './client.ts';
import { cpuBetween, sampleCpu, type CpuSample, type CpuSpent } from './cpu.ts';

export interface LoadResult {
  concurrency: number;
  windowMs: number;
  registrations: Registration[];
  failures: Map<string, number>;
  /** Registrations completed in all, warm-up and tail included (to check against the database). */
  completedTotal: number;
  cpu: CpuSpent | null;
}

export interface LoadOptions {
  baseUrl: string;
  serverPid: number;
  /** The Postgres database the server uses, if any (to count its backends' CPU). */
  postgresDatabase?: string | undefined;
  /** The server keeps its counters in Redis: count redis-server's CPU too. */
  redis?: boolean;
  concurrency: number;
  warmupMs: number;
  windowMs: number;
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const t0 = performance.now();
  const windowStart = t0 + opts.warmupMs;
  const windowEnd = windowStart + opts.windowMs;
  const inWindow: Registration[] = [];
  const failures = new Map<string, number>();
  let completedTotal = 0;
  const samples: { start?: CpuSample; end?: CpuSample } = {};
  const startTimer = setTimeout(() => (samples.start = sampleCpu(opts.serverPid, opts.postgresDatabase, opts.redis === true)), opts.warmupMs);
  const endTimer = setTimeout(() => (samples.end = sampleCpu(opts.serverPid, opts.postgresDatabase, opts.redis === true)), opts.warmupMs + opts.windowMs);

  const client = async () => {
    while (performance.now() < windowEnd) {
      try {
        const r = await register(opts.baseUrl);
        completedTotal++;
        if (r.endedAt >= windowStart && r.endedAt < windowEnd) inWindow.push(r);
      } catch (err) {
        const key = err instanceof RegistrationFailed ? err.message : `error: ${(err as Error).message}`;
        failures.set(key, (failures.get(key) ?? 0) + 1);
        // A refused or broken server would otherwise be hammered in a tight loop.
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, client));
  clearTimeout(startTimer);
  clearTimeout(endTimer);
  const cpu = samples.start && samples.end ? cpuBetween(samples.start, samples.end) : null;
  return { concurrency: opts.concurrency, windowMs: opts.windowMs, registrations: inWindow, failures, completedTotal, cpu };
}
