/** Turns the measurements into the markdown that is printed and kept in RESULTS.md. */
import os from 'node:os';
import type { LoadResult, Target } from './wrk.ts';

export interface Row {
  system: Target['system'];
  endpoint: string;
  load: LoadResult;
}

export const TARGET = { ratio: 10, p99Ms: 10, connections: 50 };
export const VALIDATION = { Tessera: 'GET /v1/me', 'Better Auth': 'GET /api/auth/get-session' } as const;
/** The same endpoint on a second Tessera server whose session cache is off: every check reads Postgres. */
export const VALIDATION_CACHE_OFF = 'GET /v1/me (session cache off)';

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const pct = (n: number) => (Number.isFinite(n) ? `${(n * 100).toFixed(0)} %` : '–');
export const perSecond = (l: LoadResult) => l.requests / l.seconds;

export function mainTable(rows: Row[]): string {
  const lines = ['| system | endpoint | connections | req/s | p50 ms | p99 ms | max ms | errors | bytes/response |', '|---|---|---|---|---|---|---|---|---|'];
  for (const { system, endpoint, load: l } of rows) {
    const errors = l.badStatus + l.socketErrors === 0 ? '0' : `${l.badStatus} status ≥ 400, ${l.socketErrors} socket`;
    lines.push(
      `| ${system} | \`${endpoint}\` | ${l.connections} | ${int(perSecond(l))} | ${fmt(l.p50Ms, 2)} | ${fmt(l.p99Ms, 2)} | ` +
        `${fmt(l.maxMs, 1)} | ${errors} | ${int(l.bytesPerResponse)} |`,
    );
  }
  return lines.join('\n');
}

const find = (rows: Row[], system: Row['system'], endpoint: string, connections: number) =>
  rows.find((r) => r.system === system && r.endpoint === endpoint && r.load.connections === connections)?.load;

/** Tessera ÷ Better Auth for session validation at each connection count, and the target's verdict. */
export function comparison(rows: Row[], connectionCounts: number[]): string {
  const ratios = connectionCounts.map((c) => {
    const t = find(rows, 'Tessera', VALIDATION.Tessera, c);
    const b = find(rows, 'Better Auth', VALIDATION['Better Auth'], c);
    return { c, ratio: t && b ? perSecond(t) / perSecond(b) : NaN };
  });
  const t50 = find(rows, 'Tessera', VALIDATION.Tessera, TARGET.connections);
  const r50 = ratios.find((r) => r.c === TARGET.connections)?.ratio ?? NaN;
  const ratioMet = r50 >= TARGET.ratio;
  const p99Met = t50 !== undefined && t50.p99Ms < TARGET.p99Ms;
  // A Node server is bound by its one event loop or by the machine, whichever comes first.
  const ceiling = (l: LoadResult | undefined) => {
    const c = l?.cpu;
    if (!c || c.serverMs == null || c.serverMainMs == null || c.postgresMs == null || c.loadGeneratorMs == null || !l.requests) return NaN;
    const perRequest = (ms: number) => (ms * 1000) / l.requests;
    return Math.min(1e6 / perRequest(c.serverMainMs), (os.availableParallelism() * 1e6) / perRequest(c.serverMs + c.postgresMs + c.loadGeneratorMs));
  };
  const b50 = find(rows, 'Better Auth', VALIDATION['Better Auth'], TARGET.connections);
  const uncached = connectionCounts.map((c) => {
    const t = find(rows, 'Tessera', VALIDATION_CACHE_OFF, c);
    const b = find(rows, 'Better Auth', VALIDATION['Better Auth'], c);
    return `${c} connection${c === 1 ? '' : 's'}: ${fmt(t && b ? perSecond(t) / perSecond(b) : NaN, 1)}×`;
  });
  return [
    `Session validation, Tessera ÷ Better Auth (req/s): ${ratios.map((r) => `${r.c} connection${r.c === 1 ? '' : 's'}: **${fmt(r.ratio, 1)}×**`).join('; ')}.`,
    `With Tessera's session cache off, so that every check reads Postgres as every Better Auth check does: ${uncached.join('; ')}.`,
    '',
    `Ceiling from the CPU a session check costs at ${TARGET.connections} connections (the lower of one core ÷ the server's main thread and ` +
      `all cores ÷ server + Postgres + wrk): Tessera ${int(ceiling(t50))} req/s, Better Auth ${int(ceiling(b50))} req/s, ` +
      `**${fmt(ceiling(t50) / ceiling(b50), 1)}×**: the ratio to expect where the two have the machine to themselves.`,
    '',
    `Target (session validation at ${TARGET.connections} connections: ≥ ${TARGET.ratio}× Better Auth's throughput, p99 < ${TARGET.p99Ms} ms): ` +
      `throughput ${ratioMet ? 'met' : 'not met'} (${fmt(r50, 1)}×), p99 ${p99Met ? 'met' : 'not met'} (${fmt(t50?.p99Ms ?? NaN, 2)} ms). ` +
      `In a closed loop the mean latency is connections ÷ req/s (Little's law), so a p99 under ${TARGET.p99Ms} ms at ${TARGET.connections} ` +
      `connections needs well over ` +
      `${int((TARGET.connections * 1000) / TARGET.p99Ms)} req/s.`,
  ].join('\n');
}

export function cpuTable(rows: Row[]): string {
  const lines = [
    '| system | endpoint | connections | server main thread | server other threads | Postgres | wrk | other | machine busy |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { system, endpoint, load: l } of rows) {
    const c = l.cpu;
    const per = (ms: number | null | undefined) => (ms == null || l.requests === 0 ? '–' : fmt((ms * 1000) / l.requests, 0));
    const helpers = c?.serverMs != null && c.serverMainMs != null ? c.serverMs - c.serverMainMs : null;
    const busy = c?.machineMs != null ? pct(c.machineMs / (c.wallMs * os.availableParallelism())) : '–';
    lines.push(
      `| ${system} | \`${endpoint}\` | ${l.connections} | ${per(c?.serverMainMs)} | ${per(helpers)} | ${per(c?.postgresMs)} | ` +
        `${per(c?.loadGeneratorMs)} | ${per(c?.otherMs)} | ${busy} |`,
    );
  }
  return lines.join('\n');
}

/** How much of the machine other work took during the windows: the run's noise, said out loud. */
export function disturbance(rows: Row[], loadAverageAtStart: number): string {
  const shares = rows.map(({ load: l }) => (l.cpu?.otherMs != null ? l.cpu.otherMs / (l.cpu.wallMs * os.availableParallelism()) : NaN));
  const worst = Math.max(0, ...shares.filter(Number.isFinite));
  // The load average lags by minutes; the CPU other processes took during the windows does not.
  const measured = shares.every(Number.isFinite);
  const quiet = measured ? worst < 0.1 : loadAverageAtStart < os.availableParallelism() / 2;
  return (
    `Other work on the machine during the windows (share of all cores, this bench process and the idle server included): ` +
    `${measured ? `${pct(Math.min(...shares))} to ${pct(worst)}` : 'not measured'}.` +
    (quiet
      ? ''
      : ' **The machine was busy with other work during this run: absolute figures understate both systems; compare them with each other, ' +
        'and rerun on a quiet machine before sizing anything.**')
  );
}
