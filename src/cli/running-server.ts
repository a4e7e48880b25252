import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuntimeSettings } from '../config/index.ts';

/**
 * With the embedded database only one process may open the data dir, so a running server leaves
 * `server.json` there and CLI commands go through its admin API on loopback instead.
 */
interface ServerFile {
  pid: number;
  url: string;
}

const fileOf = (dataDir: string) => join(dataDir, 'server.json');

export function announceServer(dataDir: string, url: string): () => void {
  const file = fileOf(dataDir);
  writeFileSync(file, JSON.stringify({ pid: process.pid, url } satisfies ServerFile) + '\n', { mode: 0o600 });
  return () => rmSync(file, { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server running on this data dir, if any (a stale file from a crash is ignored). */
export function runningServer(runtime: RuntimeSettings): { url: string; token: string } | null {
  if (runtime.databaseUrl) return null; // a Postgres server is shared safely: work on it directly
  const file = fileOf(runtime.dataDir);
  if (!existsSync(file)) return null;
  const info = JSON.parse(readFileSync(file, 'utf8')) as ServerFile;
  if (!alive(info.pid)) return null;
  const tokenFile = join(runtime.dataDir, 'admin-token');
  const token = runtime.adminToken ?? (existsSync(tokenFile) ? readFileSync(tokenFile, 'utf8').trim() : '');
  return { url: info.url.replace('0.0.0.0', '127.0.0.1'), token };
}

/**
 * Calls the running server's admin API; throws with the server's error message on failure. `T`:
 * the answer the operation documents (docs/api.md), which the caller names.
 */
export async function adminCall<T = unknown>(server: { url: string; token: string }, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${server.token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (res.status === 204) return null as T;
  const json = (await res.json()) as { error?: { code: string; message: string } };
  if (!res.ok) throw Object.assign(new Error(json.error?.message ?? `HTTP ${res.status}`), { code: json.error?.code, status: res.status });
  return json as T;
}
