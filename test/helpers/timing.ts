/*
 * Timing comparisons that a busy machine does not decide. Two classes of request (say, a number
 * with an account and one without) are sent in pairs, one after the other, alternating which
 * goes first, so a slow spell of the machine falls on both members of a pair alike. Each request
 * is measured twice: by wall time, what a client sees, and by the CPU time of this process, which
 * is the server's own work when it runs in-process (Fastify inject, PGlite, argon2 on the thread
 * pool) and which other processes on the machine barely move.
 *
 * A difference counts only when it is both clear and large: a sign test over the pairs rejects
 * "either class is as likely to be the slower" at p < 0.001, and the median of the paired
 * differences exceeds a tolerance (an absolute floor or a share of the median, whichever is
 * greater). Load widens the spread and so weakens the first condition without faking it;
 * the second keeps a real but negligible difference (an audit row) from failing a quiet run.
 */

export interface Sample {
  wallMs: number;
  cpuMs: number;
}

/** Wall and process CPU time of one piece of work, with its result. */
export async function measured<T>(work: () => Promise<T>): Promise<Sample & { value: T }> {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const value = await work();
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  return { value, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** `pairs` pairs of one sample of each class, alternating which class goes first. */
export async function interleaved(pairs: number, a: (i: number) => Promise<Sample>, b: (i: number) => Promise<Sample>): Promise<{ a: Sample[]; b: Sample[] }> {
  const out = { a: [] as Sample[], b: [] as Sample[] };
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      out.a.push(await a(i));
      out.b.push(await b(i));
    } else {
      out.b.push(await b(i));
      out.a.push(await a(i));
    }
  }
  return out;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export const percentile = (xs: readonly number[], p: number): number => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) * p)]!;

/** Two-sided exact sign test: how likely so lopsided a count of positive differences is by chance. */
export function signTestP(differences: readonly number[]): number {
  const nonzero = differences.filter((d) => d !== 0);
  const n = nonzero.length;
  if (n === 0) return 1;
  const k = Math.min(nonzero.filter((d) => d > 0).length, nonzero.filter((d) => d < 0).length);
  // P(X <= k) for X ~ Bin(n, 1/2), summed in log space (n is in the hundreds).
  let logChoose = 0;
  let tail = 0;
  for (let j = 0; j <= k; j++) {
    tail += Math.exp(logChoose - n * Math.LN2);
    logChoose += Math.log(n - j) - Math.log(j + 1);
  }
  return Math.min(1, 2 * tail);
}

export const ALPHA = 0.001;

export interface Tolerance {
  /** Differences up to this many ms never count. */
  floorMs: number;
  /** Nor differences up to this share of the median of both classes. */
  share: number;
}

export interface Comparison {
  medianA: number;
  medianB: number;
  /** Median over the pairs of (a − b), in ms. */
  shift: number;
  p: number;
  toleranceMs: number;
  /** Clear (p < ALPHA) and large (|shift| > toleranceMs). */
  differs: boolean;
}

export function compare(a: readonly number[], b: readonly number[], tolerance: Tolerance): Comparison {
  if (a.length !== b.length || a.length === 0) throw new Error(`compare needs pairs: ${a.length} vs ${b.length}`);
  const shift = median(a.map((x, i) => x - b[i]!));
  const p = signTestP(a.map((x, i) => x - b[i]!));
  const toleranceMs = Math.max(tolerance.floorMs, tolerance.share * median([...a, ...b]));
  return { medianA: median(a), medianB: median(b), shift, p, toleranceMs, differs: p < ALPHA && Math.abs(shift) > toleranceMs };
}

const spread = (xs: readonly number[]) => `median ${median(xs).toFixed(2)}, p10 ${percentile(xs, 0.1).toFixed(2)}, p90 ${percentile(xs, 0.9).toFixed(2)}`;

/** One line for the log: both distributions, the paired shift, p and the verdict. */
export function report(what: string, a: readonly number[], b: readonly number[], c: Comparison, names: [string, string]): string {
  return (
    `${what} — ${names[0]}: ${spread(a)}; ${names[1]}: ${spread(b)}; paired shift ${c.shift.toFixed(2)} ms ` +
    `(tolerance ${c.toleranceMs.toFixed(2)}), sign test p=${c.p.toPrecision(2)}: ${c.differs ? 'DIFFERENT' : 'alike'}`
  );
}
