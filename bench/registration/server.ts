/**
 * The server under test: the real CLI (`bin/tessera.js dev`) in its own process, with a policy
 * file that lifts every SMS budget so the benchmark measures work, not refusals.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, openSync, closeSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const REPO_ROOT = new URL('../../', import.meta.url).pathname;

/** Budgets at their maxima, no resend cooldown, no proof of work: one client IP sends thousands of codes. */
export const BENCH_POLICY = {
  codes: { resendSeconds: 0 },
  budgets: {
    perNumberHour: 1_000_000,
    perNumberDay: 1_000_000,
    perIpHour: 1_000_000,
    perIpDay: 1_000_000,
    perBlockHour: 1_000_000,
    perCountryDay: 100_000_000,
    perInstanceDay: 100_000_000,
    powAfterPerIp10Min: 1_000_000,
  },
};

export interface ServerChild {
  baseUrl: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

/** SIGTERM, and SIGKILL if the child has not exited 15 s later; resolves once it has. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Polls `/readyz` until it answers 200; fails when the child exits first or the time is up. */
export async function waitReady(baseUrl: string, child: ChildProcess, logFile: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was ready; see ${logFile}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server was not ready within ${timeoutMs / 1000} s; see ${logFile}`);
}

export interface StartOptions {
  workDir: string;
  databaseUrl?: string | undefined;
  /** Folder for a V8 CPU profile of the server's main thread (`--cpu-prof`), written when it exits. */
  cpuProfileDir?: string | undefined;
  /** Counters in Redis (`--redis-url`), as a multi-node deployment runs. */
  redisUrl?: string | undefined;
  /** Policy sections to set on top of BENCH_POLICY (for example `{ sessions: { cacheSeconds: 0 } }`). */
  policy?: Record<string, unknown>;
}

export async function startServer(opts: StartOptions): Promise<ServerChild> {
  mkdirSync(opts.workDir, { recursive: true });
  const config = join(opts.workDir, 'policy.json');
  writeFileSync(config, JSON.stringify({ ...BENCH_POLICY, ...opts.policy }, null, 2));
  const port = await freePort();
  const nodeFlags = opts.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', opts.cpuProfileDir] : [];
  return spawnServer(opts.workDir, port, [
    ...nodeFlags,
    join(REPO_ROOT, 'bin/tessera.js'),
    'dev',
    '--data-dir',
    join(opts.workDir, 'data'),
    '--port',
    String(port),
    '--config',
    config,
    ...(opts.databaseUrl ? ['--database-url', opts.databaseUrl] : []),
    ...(opts.redisUrl ? ['--redis-url', opts.redisUrl] : []),
  ]);
}

/**
 * The floor server (floor-server.ts): the same four exchanges with one argon2 hash and nothing
 * else, or with `strength` also Tessera's password strength check.
 */
export async function startFloorServer(workDir: string, strength = false): Promise<ServerChild> {
  mkdirSync(workDir, { recursive: true });
  const port = await freePort();
  return spawnServer(workDir, port, [
    '--import',
    'tsx',
    join(REPO_ROOT, 'bench/registration/floor-server.ts'),
    String(port),
    ...(strength ? ['--strength'] : []),
  ]);
}

async function spawnServer(workDir: string, port: number, args: string[]): Promise<ServerChild> {
  const logFile = join(workDir, 'server.log');
  const logFd = openSync(logFile, 'a');
  // The environment is passed through untouched: the server gets libuv's default thread pool (or
  // whatever UV_THREADPOOL_SIZE says), the same as the argon2 ceiling child.
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', logFd, logFd], env: process.env });
  closeSync(logFd);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitReady(baseUrl, child, logFile);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    baseUrl,
    pid: child.pid!,
    logFile,
    stop: () => stopChild(child),
  };
}
