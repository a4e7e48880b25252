import { spawn, type ChildProcess } from 'node:child_process';

/*
 * The Tessera CLI as a child process, for the tests that run it: an environment without the
 * variables the CLI reads (so the machine's settings never leak in), its output kept, and every
 * child remembered until it exits so a file's `after` can kill what is left (`killAll`).
 */

export const ROOT = new URL('../../', import.meta.url).pathname;

/** The environment variables the CLI reads. */
const CLI_ENV = [
  'PORT',
  'HOST',
  'DATABASE_URL',
  'REDIS_URL',
  'LOG_LEVEL',
  'TESSERA_DATA_DIR',
  'TESSERA_CONFIG',
  'TESSERA_SECRET',
  'TESSERA_ADMIN_TOKEN',
  'DATABASE_PREPARE',
];

export type CliChild = ChildProcess & { output: { stdout: string; stderr: string } };

const children = new Set<ChildProcess>();

/** This process's environment less what the CLI reads, plus `extra`. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of CLI_ENV) delete env[key];
  return { ...env, ...extra };
}

/** Runs `script` (bin/tessera.js or a compiled copy) with `args`, from the project root. */
export function spawnCli(script: string, args: string[], env: Record<string, string> = {}): CliChild {
  const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, env: cliEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => (output.stdout += d));
  child.stderr!.on('data', (d) => (output.stderr += d));
  children.add(child);
  child.once('exit', () => children.delete(child));
  return Object.assign(child, { output });
}

/** The child's exit code; past `timeoutMs` it is killed and the promise rejects. */
export function exitOf(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`tessera ${child.spawnargs.slice(2).join(' ')} did not exit within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Kills every child still running. */
export function killAll(): void {
  for (const child of children) child.kill('SIGKILL');
}
