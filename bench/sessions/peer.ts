/**
 * Better Auth's side: its own folder (better-auth/) with its own package.json and node_modules,
 * installed there on first run; its server in a child process on its own scratch database; N users
 * signed up through its phone-number OTP flow, each leaving a session cookie.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uniqueMobile } from '../registration/client.ts';
import { freePort, stopChild } from '../registration/server.ts';
import { call, pooled } from './http.ts';

export const PEER_DIR = new URL('./better-auth/', import.meta.url).pathname;
const INSTALLED = join(PEER_DIR, 'node_modules/better-auth/package.json');

/** Installs the peer into better-auth/node_modules if it is not there yet; answers its version. */
export function ensurePeerInstalled(log: (line: string) => void): string {
  if (!existsSync(INSTALLED)) {
    log(`installing Better Auth into ${PEER_DIR}node_modules (first run only)`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['install', '--prefix', PEER_DIR, '--no-audit', '--no-fund'], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0 || !existsSync(INSTALLED)) throw new Error(`npm install --prefix ${PEER_DIR} failed (exit ${r.status})`);
  }
  return (JSON.parse(readFileSync(INSTALLED, 'utf8')) as { version: string }).version;
}

export interface PeerChild {
  baseUrl: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

export async function startPeer(databaseUrl: string, logFile: string, nodeFlags: string[] = []): Promise<PeerChild> {
  const port = await freePort();
  const logFd = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...nodeFlags, join(PEER_DIR, 'server.mjs')], {
    cwd: PEER_DIR,
    // Production mode, as deployed; its rate limiter is switched off in server.mjs either way.
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port), POOL_SIZE: '16' },
    stdio: ['ignore', 'pipe', logFd],
  });
  closeSync(logFd);
  const ready = new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the Better Auth server exited with code ${code} before it was ready; see ${logFile}`)));
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  try {
    await ready;
  } finally {
    clearTimeout(timer);
  }
  child.stdout!.resume();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    logFile,
    stop: () => stopChild(child),
  };
}

/** send-otp → the code the plugin handed to sendOTP → verify (signs the user up) → the session cookie. */
async function signUp(baseUrl: string): Promise<string> {
  const phoneNumber = uniqueMobile();
  await call('send-otp', `${baseUrl}/api/auth/phone-number/send-otp`, { body: { phoneNumber } });
  const { json } = await call('otp inbox', `${baseUrl}/_bench/otp?to=${encodeURIComponent(phoneNumber)}`);
  if (typeof json?.code !== 'string') throw new Error('sendOTP was not called');
  const verified = await call('verify', `${baseUrl}/api/auth/phone-number/verify`, { body: { phoneNumber, code: json.code } });
  const cookie = verified.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('better-auth.session_token='));
  if (!cookie) throw new Error('verify set no session cookie');
  return cookie;
}

export function signUpPeer(baseUrl: string, users: number): Promise<string[]> {
  return pooled(users, 4, () => signUp(baseUrl));
}

/** How many cookies get-session accepts. It answers 200 `null` for an unknown session, so read the body. */
export async function livePeerSessions(baseUrl: string, cookies: string[]): Promise<number> {
  const ok = await pooled(cookies.length, 4, async (i) => {
    const res = await fetch(`${baseUrl}/api/auth/get-session`, { headers: { cookie: cookies[i]! } });
    const body = (await res.json().catch(() => null)) as any;
    return res.status === 200 && typeof body?.session?.id === 'string';
  });
  return ok.filter(Boolean).length;
}
