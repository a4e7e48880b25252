/**
 * Summarises a V8 CPU profile of the server's main thread (`--cpu-prof`): self time by package or
 * source folder, and the hottest functions. argon2 runs on libuv's pool threads and so is not in it.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** node_modules/<package>, src/<folder>, node:<internal>, or V8's own buckets like (garbage collector). */
export function bucketOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const src = /\/src\/([^/]+)(\/[^/]+)?/.exec(url);
  if (src) return `src/${src[1]}${src[2]?.endsWith('.ts') ? '' : (src[2] ?? '')}`;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  return url.replace(/^file:\/\//, '');
}

/**
 * `windowUs` (CLOCK_MONOTONIC µs, the profile's own clock) keeps only the samples taken in the
 * measurement window, leaving out start-up and warm-up.
 */
export function summariseProfile(file: string, windowUs?: [from: number, to: number], top = 15): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const [from, to] = windowUs ?? [profile.startTime, profile.endTime];
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at >= from && at <= to) selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const buckets = new Map<string, number>();
  const functions = new Map<string, number>();
  let busyUs = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    busyUs += us;
    const bucket = bucketOf(url, functionName);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + us);
    const fn = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*\/(node_modules|src)\//, '$1/')}:${lineNumber + 1}` : ''}`.trim();
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  const wallUs = Math.min(to, profile.endTime) - Math.max(from, profile.startTime);
  const table = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => `| ${k} | ${(us / 1000).toFixed(0)} | ${((us / busyUs) * 100).toFixed(1)} % |`)
      .join('\n');
  // "Busy" is every sample not idle: on an oversubscribed machine that includes time spent
  // runnable but waiting for a core, which lands on whatever was running (often a syscall).
  return `Main thread not idle ${(busyUs / 1000).toFixed(0)} ms of ${(wallUs / 1000).toFixed(0)} ms profiled (${((busyUs / wallUs) * 100).toFixed(0)} %).

| where (self time) | ms | share of busy |
|---|---|---|
${table(buckets)}

| function (self time) | ms | share of busy |
|---|---|---|
${table(functions)}`;
}
