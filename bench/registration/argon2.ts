/** Runs the argon2 ceiling in a child process, so hashing never shares an event loop with the load generator. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { REPO_ROOT } from './server.ts';

export interface Argon2Ceiling {
  hashes: number;
  windowMs: number;
  hashesPerSecond: number;
  cpuMsPerHash: number;
}

export async function measureArgon2Ceiling(concurrency: number, warmupMs: number, windowMs: number): Promise<Argon2Ceiling> {
  const child = new URL('./argon2-child.ts', import.meta.url).pathname;
  // Same environment as the server child, hence the same thread pool size.
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', child, String(concurrency), String(warmupMs), String(windowMs)], {
    cwd: REPO_ROOT,
    env: process.env,
    timeout: warmupMs + windowMs + 60_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Argon2Ceiling;
}
