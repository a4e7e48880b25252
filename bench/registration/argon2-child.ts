/**
 * The argon2 ceiling, run as its own process: `concurrency` loops each hashing back to back with
 * the server's parameters (docs/configuration.md: argon2id, m = 19456 KiB, t = 2, p = 1) on libuv's thread pool,
 * as @node-rs/argon2 does inside the server. Prints one JSON line:
 * { hashes, windowMs, hashesPerSecond, cpuMsPerHash }.
 * Usage: node --import tsx argon2-child.ts <concurrency> <warmupMs> <windowMs>
 */
import { randomBytes } from 'node:crypto';
import { hash, type Algorithm } from '@node-rs/argon2';

// The package's `Algorithm` is a const enum with no run-time value; 2 is argon2id (as in src/passwords/hasher.ts).
const OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 };

const [concurrency, warmupMs, windowMs] = process.argv.slice(2).map(Number) as [number, number, number];
const t0 = performance.now();
const windowStart = t0 + warmupMs;
const windowEnd = windowStart + windowMs;
let hashes = 0;
const cpu: { start?: NodeJS.CpuUsage; end?: NodeJS.CpuUsage } = {};
setTimeout(() => (cpu.start = process.cpuUsage()), warmupMs);
setTimeout(() => (cpu.end = process.cpuUsage()), warmupMs + windowMs);

async function loop(): Promise<void> {
  while (performance.now() < windowEnd) {
    await hash(randomBytes(12).toString('base64url'), OPTIONS);
    const now = performance.now();
    if (now >= windowStart && now < windowEnd) hashes++;
  }
}

await Promise.all(Array.from({ length: concurrency }, loop));
// process.cpuUsage() is process-wide, so it includes the thread pool's hashing.
const { start, end } = cpu;
const cpuMs = start && end ? (end.user - start.user + end.system - start.system) / 1000 : NaN;
console.log(JSON.stringify({ hashes, windowMs, hashesPerSecond: hashes / (windowMs / 1000), cpuMsPerHash: cpuMs / hashes }));
