/**
 * The figures of a flood run, as kept in results.json, and the markdown made of them (printed by
 * run.ts, and written to results.md by `node --import tsx bench/password-flood/report.ts`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { percentile } from '../registration/report.ts';
import type { Burst } from './load.ts';

export interface BurstFigures {
  size: number;
  /** Over every answer, 503s included (what the review measured). */
  medianMs: number;
  p90Ms: number;
  maxMs: number;
  /** Over the answers that are not 503: the logins that were evaluated. */
  answeredMedianMs: number | null;
  answeredP90Ms: number | null;
  /** `"401 invalid_credentials": 57`, `"503 server_busy": 43`, … */
  answers: Record<string, number>;
  busy: number;
  busyWithRetryAfter: number;
  retryAfterSeconds: string[];
  wallMs: number;
  rssBeforeMiB: number;
  rssPeakMiB: number;
  /** CPU spent during the burst by the server (all threads), its event loop, and by other processes on the machine, in ms. */
  serverCpuMs: number | null;
  serverMainThreadCpuMs: number | null;
  otherCpuMs: number | null;
}

export interface RunFigures {
  run: number;
  singleLoginMs: number;
  bursts: BurstFigures[];
}

export interface Invocation {
  label: string;
  /** `commit abc1234 (subject)` of the tree that was started. */
  tree: string;
  commit: string | null;
  store: 'pglite' | 'postgres';
  date: string;
  command: string;
  machine: { nproc: number; cpu: string; memGiB: number; node: string; threadPool: string };
  /** @node-rs/argon2 hashes/s of this machine, 16 at once in a child of its own, before and after the runs. */
  argon2HashesPerSecond: [number, number];
  loadAverage: { start: number[]; end: number[] };
  runs: RunFigures[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export function burstFigures(b: Burst): BurstFigures {
  const all = b.answers.map((a) => a.ms);
  const busy = b.answers.filter((a) => a.status === 503);
  const answered = b.answers.filter((a) => a.status !== 503).map((a) => a.ms);
  const answers: Record<string, number> = {};
  for (const a of b.answers) {
    const key = a.code ? `${a.status} ${a.code}` : String(a.status);
    answers[key] = (answers[key] ?? 0) + 1;
  }
  return {
    size: b.size,
    medianMs: median(all),
    p90Ms: percentile(all, 90),
    maxMs: Math.max(...all),
    answeredMedianMs: answered.length ? median(answered) : null,
    answeredP90Ms: answered.length ? percentile(answered, 90) : null,
    answers,
    busy: busy.length,
    busyWithRetryAfter: busy.filter((a) => a.retryAfter !== null).length,
    retryAfterSeconds: [...new Set(busy.map((a) => a.retryAfter ?? '–'))].sort(),
    wallMs: b.wallMs,
    rssBeforeMiB: b.rssBeforeMiB,
    rssPeakMiB: b.rssPeakMiB,
    serverCpuMs: b.cpu.serverMs,
    serverMainThreadCpuMs: b.cpu.serverMainThreadMs,
    otherCpuMs: b.cpu.otherMs,
  };
}

export const medianOf = median;

const ms = (n: number | null) => (n === null || !Number.isFinite(n) ? '–' : n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n.toFixed(0)}`);
const span = (xs: number[], digits = 0) => (xs.length ? `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}` : '–');
const countOf = (f: BurstFigures, status: string) =>
  Object.entries(f.answers)
    .filter(([k]) => k.startsWith(status))
    .reduce((n, [, v]) => n + v, 0);

/** The share of the machine's cores that other processes took during the burst. */
function otherShare(f: BurstFigures, nproc: number): string {
  return f.otherCpuMs === null ? '–' : `${((f.otherCpuMs / (f.wallMs * nproc)) * 100).toFixed(0)} %`;
}

export function invocationMarkdown(inv: Invocation): string {
  const lines = [
    `### ${inv.label}: ${inv.tree}`,
    '',
    `${inv.date} · \`${inv.command}\` · ` +
      `${inv.store === 'postgres' ? 'Postgres (a scratch database per run)' : 'PGlite (a fresh data dir per run)'} · a fresh server process per run`,
    '',
    `argon2 on this machine (16 at once, a process of its own): ${inv.argon2HashesPerSecond.map((c) => c.toFixed(0)).join(' and ')} hashes/s ` +
      `before and after the runs; ` +
      `load average ${inv.loadAverage.start.map((l) => l.toFixed(2)).join(' / ')} at the start, ` +
      `${inv.loadAverage.end.map((l) => l.toFixed(2)).join(' / ')} at the end.`,
    '',
    '| run | single login ms | at once | median ms | p90 ms | max ms | not 503: median / p90 ms | 503 (with Retry-After) | Retry-After s | ' +
      '401 | 200/201 | RSS before → peak MiB | server CPU ms (event loop) | other work on the machine | answers |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of inv.runs) {
    for (const f of r.bursts) {
      lines.push(
        `| ${r.run} | ${r.singleLoginMs.toFixed(0)} | ${f.size} | ${ms(f.medianMs)} | ${ms(f.p90Ms)} | ${ms(f.maxMs)} | ` +
          `${ms(f.answeredMedianMs)} / ${ms(f.answeredP90Ms)} | ${f.busy} (${f.busyWithRetryAfter}) | ${f.retryAfterSeconds.join(', ') || '–'} | ` +
          `${countOf(f, '401')} | ${countOf(f, '200') + countOf(f, '201')} | ${f.rssBeforeMiB.toFixed(0)} → ${f.rssPeakMiB.toFixed(0)} | ` +
          `${ms(f.serverCpuMs)} (${ms(f.serverMainThreadCpuMs)}) | ${otherShare(f, inv.machine.nproc)} | ` +
          `${Object.entries(f.answers)
            .sort((x, y) => y[1] - x[1])
            .map(([k, n]) => `${n} × ${k}`)
            .join(', ')} |`,
      );
    }
  }
  lines.push('', 'Spread over the runs (min–max):', '');
  for (const size of [...new Set(inv.runs.flatMap((r) => r.bursts.map((b) => b.size)))]) {
    const of = inv.runs.flatMap((r) => r.bursts.filter((b) => b.size === size));
    lines.push(
      `- ${size} at once: median ${span(of.map((f) => f.medianMs))} ms, p90 ${span(of.map((f) => f.p90Ms))} ms; ` +
        `503 ${span(of.map((f) => f.busy))}; RSS peak ${span(of.map((f) => f.rssPeakMiB))} MiB ` +
        `(${span(of.map((f) => f.rssPeakMiB - f.rssBeforeMiB))} MiB above the start of the burst)`,
    );
  }
  return lines.join('\n');
}

/** One line per invocation and burst size: the medians of the runs and their spread, for results.md's summary. */
export function summaryMarkdown(invs: Invocation[]): string {
  const lines = [
    '| label | store | at once | runs | median ms | p90 ms | not 503: median ms | 503 | 401 | RSS peak MiB (above the start of the burst) | ' +
      'other work on the machine |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const mid = (xs: number[], digits = 0) => `${median(xs).toFixed(digits)} (${span(xs, digits)})`;
  for (const inv of invs) {
    for (const size of [...new Set(inv.runs.flatMap((r) => r.bursts.map((b) => b.size)))]) {
      const of = inv.runs.flatMap((r) => r.bursts.filter((b) => b.size === size));
      lines.push(
        `| ${inv.label} | ${inv.store === 'postgres' ? 'Postgres' : 'PGlite'} | ${size} | ${of.length} | ${mid(of.map((f) => f.medianMs))} | ` +
          `${mid(of.map((f) => f.p90Ms))} | ${mid(of.flatMap((f) => (f.answeredMedianMs === null ? [] : [f.answeredMedianMs])))} | ` +
          `${mid(of.map((f) => f.busy))} | ${mid(of.map((f) => countOf(f, '401')))} | ` +
          `${mid(of.map((f) => f.rssPeakMiB))} (+${mid(of.map((f) => f.rssPeakMiB - f.rssBeforeMiB))}) | ` +
          `${of.map((f) => otherShare(f, inv.machine.nproc)).join(', ')} |`,
      );
    }
  }
  lines.push(
    '',
    'Each cell: the median of the runs, then their spread (min–max); the last column gives, run by run, the share of the cores that other ' +
      'processes took during the burst.',
  );
  return lines.join('\n');
}

export function readResults(file: string): Invocation[] {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Invocation[];
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

export function resultsMarkdown(invs: Invocation[]): string {
  return [
    '# Password flood: results',
    '',
    'Made by `node --import tsx bench/password-flood/report.ts` from [results.json](results.json); see [README.md](README.md) for what is ' +
      'measured and how to rerun it.',
    '',
    '## Summary',
    '',
    summaryMarkdown(invs),
    '',
    '## Each invocation',
    '',
    ...invs.map((inv) => `${invocationMarkdown(inv)}\n`),
  ].join('\n');
}

// `node --import tsx bench/password-flood/report.ts [results.json] [results.md]`: rewrites results.md.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const here = new URL('./', import.meta.url).pathname;
  const from = process.argv[2] ?? `${here}results.json`;
  const to = process.argv[3] ?? `${here}results.md`;
  writeFileSync(to, resultsMarkdown(readResults(from)));
  console.error(`wrote ${to}`);
}
