/**
 * The server under test: `bin/tessera.js dev` of a chosen source tree (this one, or another
 * checkout such as a `git worktree` of an older commit), in its own process, on PGlite or on a
 * scratch Postgres database, with `http.trustProxy` on so that the load generator can give each
 * login a client IP of its own (`X-Forwarded-For`) and no per-IP failure cap meets the flood.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, stopChild, waitReady } from '../registration/server.ts';

export interface FloodServer {
  baseUrl: string;
  pid: number;
  logFile: string;
  /** Resident set size of the server process now, in MiB (Linux `/proc`). */
  rssMiB(): number;
  stop(): Promise<void>;
}

export function rssMiBOf(pid: number): number {
  const kib = Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return kib / 1024;
}

export async function startFloodServer(tree: string, workDir: string, databaseUrl?: string): Promise<FloodServer> {
  mkdirSync(workDir, { recursive: true });
  const config = join(workDir, 'policy.json');
  writeFileSync(config, JSON.stringify({ http: { trustProxy: true } }, null, 2));
  const port = await freePort();
  const logFile = join(workDir, 'server.log');
  const logFd = openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [
      join(tree, 'bin/tessera.js'),
      'dev',
      '--data-dir',
      join(workDir, 'data'),
      '--port',
      String(port),
      '--config',
      config,
      ...(databaseUrl ? ['--database-url', databaseUrl] : []),
    ],
    { cwd: tree, stdio: ['ignore', logFd, logFd], env: process.env },
  );
  closeSync(logFd);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  try {
    await waitReady(baseUrl, child, logFile, 90_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl, pid: child.pid!, logFile, rssMiB: () => rssMiBOf(child.pid!), stop };
}
