/**
 * The attacker's side: password logins for numbers that have no account, each from a client IP
 * of its own, with 128-character passwords, sent all at once. Each costs the server one argon2id
 * verify (docs/abuse.md: an unknown account costs what a wrong password costs). Requests go through
 * `node:http` with a keep-alive agent and no socket limit, so all of a burst are in flight at once.
 */
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { cpuBetween, sampleCpu, type CpuSpent } from '../registration/cpu.ts';
import { uniqueMobile } from '../registration/client.ts';
import { rssMiBOf } from './server.ts';

const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
let nextIp = 1;

export interface Answer {
  status: number;
  code: string | null;
  retryAfter: string | null;
  ms: number;
}

/** 96 random bytes as 128 base64url characters: the longest password docs/abuse.md allows. */
export const longPassword = (): string => randomBytes(96).toString('base64url');

/** One login; resolves with its status, error code, Retry-After header and latency. */
export function login(baseUrl: string): Promise<Answer> {
  const n = nextIp++;
  const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  const payload = Buffer.from(JSON.stringify({ identifier: uniqueMobile(), password: longPassword() }));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      `${baseUrl}/v1/sessions`,
      {
        agent,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': payload.length, 'x-forwarded-for': ip },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          let code: string | null = null;
          try {
            code = JSON.parse(Buffer.concat(chunks).toString('utf8'))?.error?.code ?? null;
          } catch {
            // not JSON
          }
          const retryAfter = res.headers['retry-after'];
          resolve({ status: res.statusCode ?? 0, code, retryAfter: typeof retryAfter === 'string' ? retryAfter : null, ms: performance.now() - started });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export interface Burst {
  size: number;
  answers: Answer[];
  /** Wall time from the first request sent to the last answer. */
  wallMs: number;
  rssBeforeMiB: number;
  rssPeakMiB: number;
  /** CPU spent from the first request to the last answer: the server, this process, and everything else on the machine. */
  cpu: CpuSpent;
}

/**
 * `size` logins at once; the server's RSS is sampled every 10 ms until the last answer.
 * `postgresDatabase`: the server's database, so that its backends' CPU is not counted as other work.
 */
export async function burst(baseUrl: string, pid: number, size: number, postgresDatabase?: string): Promise<Burst> {
  const rssBeforeMiB = rssMiBOf(pid);
  let rssPeakMiB = rssBeforeMiB;
  const sampler = setInterval(() => {
    try {
      rssPeakMiB = Math.max(rssPeakMiB, rssMiBOf(pid));
    } catch {
      // the process is gone; the answers will say so
    }
  }, 10);
  const cpuAtStart = sampleCpu(pid, postgresDatabase);
  const started = performance.now();
  try {
    const answers = await Promise.all(Array.from({ length: size }, () => login(baseUrl)));
    const wallMs = performance.now() - started;
    const cpu = cpuBetween(cpuAtStart, sampleCpu(pid, postgresDatabase));
    rssPeakMiB = Math.max(rssPeakMiB, rssMiBOf(pid));
    return { size, answers, wallMs, rssBeforeMiB, rssPeakMiB, cpu };
  } finally {
    clearInterval(sampler);
  }
}

/** Logins one after another: what one costs with no queue. */
export async function sequential(baseUrl: string, count: number): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let i = 0; i < count; i++) answers.push(await login(baseUrl));
  return answers;
}
