/** Turns measurements into the markdown that is printed and kept in RESULTS.md. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { STEPS } from './client.ts';
import type { LoadResult } from './load.ts';

/** The row of floor-server.ts: HTTP and one argon2 hash, nothing else (not Tessera). */
export const FLOOR = 'floor: HTTP + argon2 only';
/** floor-server.ts --strength: the floor and Tessera's password strength check (docs/configuration.md). */
export const FLOOR_STRENGTH = 'floor + strength check';

export interface Row {
  store: 'PGlite' | 'Postgres' | 'Postgres + Redis' | typeof FLOOR | typeof FLOOR_STRENGTH;
  load: LoadResult | null;
  /** Why the row was not measured. */
  skipped?: string;
}

export const TARGET_RATIO = 0.6;

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const perSecond = (load: LoadResult) => load.registrations.length / (load.windowMs / 1000);
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const pct = (n: number) => (Number.isFinite(n) ? `${(n * 100).toFixed(0)} %` : '–');

function failures(load: LoadResult): string {
  if (load.failures.size === 0) return '0';
  return [...load.failures].map(([what, n]) => `${n} × ${what}`).join('; ');
}

export function mainTable(rows: Row[], ceiling: number): string {
  const lines = ['| store | concurrency | registrations/s | p50 ms | p99 ms | ÷ argon2 ceiling | failed |', '|---|---|---|---|---|---|---|'];
  for (const { store, load, skipped } of rows) {
    if (!load) {
      lines.push(`| ${store} | – | not run: ${skipped ?? '?'} | | | | |`);
      continue;
    }
    const total = load.registrations.map((r) => r.endedAt - r.startedAt);
    lines.push(
      `| ${store} | ${load.concurrency} | ${fmt(perSecond(load))} | ${fmt(percentile(total, 50))} | ${fmt(percentile(total, 99))} | ` +
        `${pct(perSecond(load) / ceiling)} | ${failures(load)} |`,
    );
  }
  return lines.join('\n');
}

/**
 * Where a registration's time and CPU go: client-side step latencies and CPU per registration by
 * process. The last column is the ratio a machine doing nothing else would give once saturated:
 * CPU of one hash ÷ CPU of one registration in Tessera's processes, Postgres, Redis (when used) and the load generator.
 */
export function breakdownTable(rows: Row[], argon2CpuMsPerHash: number): string {
  const lines = [
    `| store | concurrency | ${STEPS.map((s) => `${s} p50 ms`).join(' | ')} | inbox polls | CPU ms/reg: server event loop | server other ` +
      `threads (argon2, GC) | Postgres backends | Redis | load generator | other | machine busy | ÷ ceiling from CPU time |`,
    `|---|---|${STEPS.map(() => '---').join('|')}|---|---|---|---|---|---|---|---|---|`,
  ];
  for (const { store, load } of rows) {
    if (!load || load.registrations.length === 0) continue;
    const n = load.registrations.length;
    const steps = STEPS.map((s) =>
      fmt(
        percentile(
          load.registrations.map((r) => r.stepsMs[s]),
          50,
        ),
      ),
    );
    const polls = fmt(load.registrations.reduce((a, r) => a + r.inboxPolls, 0) / n, 2);
    const c = load.cpu;
    const per = (ms: number | null | undefined) => (ms === null || ms === undefined ? '–' : fmt(ms / n, 2));
    const busy = c?.machineMs != null ? pct(c.machineMs / (c.wallMs * os.availableParallelism())) : '–';
    const pool = c?.serverMs != null && c.serverMainThreadMs != null ? c.serverMs - c.serverMainThreadMs : null;
    const ours = c?.serverMs != null ? (c.serverMs + (c.postgresMs ?? 0) + (c.redisMs ?? 0) + c.benchMs) / n : NaN;
    lines.push(
      `| ${store} | ${load.concurrency} | ${steps.join(' | ')} | ${polls} | ${per(c?.serverMainThreadMs)} | ${per(pool)} | ` +
        `${per(c?.postgresMs)} | ${per(c?.redisMs)} | ${per(c?.benchMs)} | ${per(c?.otherMs)} | ${busy} | ${pct(argon2CpuMsPerHash / ours)} |`,
    );
  }
  return lines.join('\n');
}

/** How much of the machine other work took during the windows: the run's noise, said out loud. */
export function disturbance(rows: Row[], loadAverageAtStart: number): string {
  const shares = rows.flatMap(({ store, load }) => {
    const c = load?.cpu;
    if (!c || c.otherMs === null) return [];
    return [`${store} ${load.concurrency}: ${pct(c.otherMs / (c.wallMs * os.availableParallelism()))}`];
  });
  const worst = Math.max(
    0,
    ...rows.map(({ load }) => {
      const c = load?.cpu;
      return c && c.otherMs !== null ? c.otherMs / (c.wallMs * os.availableParallelism()) : 0;
    }),
  );
  // Measured shares say it best; the load average (which lags by a minute) only stands in without /proc.
  const quiet = shares.length > 0 ? worst < 0.1 : loadAverageAtStart < os.availableParallelism() / 2;
  return (
    `Other work on the machine during the windows (share of all cores): ${shares.join(', ') || 'not measured'}.` +
    (quiet
      ? ''
      : ' **The machine was busy with other work during this run: every ratio above understates Tessera; rerun on a quiet machine before ' +
        'drawing conclusions.**')
  );
}

export function machineDescription(versions: string[]): string {
  const meminfo = (() => {
    try {
      const kib = Number(/^MemTotal:\s+(\d+)/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1]);
      return `${(kib / 2 ** 20).toFixed(1)} GiB (MemTotal ${kib} kB)`;
    } catch {
      return `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`;
    }
  })();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return [
    `- CPU: ${os.availableParallelism()} vCPU (nproc), ${cpu}`,
    `- Memory: ${meminfo}`,
    `- OS: ${os.type()} ${os.release()}`,
    `- Node ${process.version}; libuv thread pool ${process.env.UV_THREADPOOL_SIZE ?? '4 (default)'}`,
    ...versions.map((v) => `- ${v}`),
  ].join('\n');
}
