/**
 * One complete registration as a client does it: start → read the code from the dev inbox →
 * verify → complete, with each step timed. Requests go through `node:http` with a keep-alive
 * agent: the load generator shares the cores with the server, and `fetch` (undici's whole Fetch
 * API: streams, Headers, Request and Response objects) cost it about 3.2 ms of CPU a
 * registration where `node:http` costs about 1.8 (README.md).
 */
import { randomBytes, randomInt } from 'node:crypto';
import { Agent, request } from 'node:http';

export const STEPS = ['start', 'code', 'verify', 'complete'] as const;
export type Step = (typeof STEPS)[number];

export interface Registration {
  startedAt: number;
  endedAt: number;
  stepsMs: Record<Step, number>;
  /** GET /_dev/sms requests it took for the code to show up. */
  inboxPolls: number;
}

export class RegistrationFailed extends Error {
  constructor(
    readonly step: Step,
    readonly status: number,
    readonly code: string,
  ) {
    super(`${step}: HTTP ${status} ${code}`);
  }
}

const used = new Set<string>();

/** A fresh, valid China Mobile number (+86 139…), never handed out twice in this process. */
export function uniqueMobile(): string {
  for (;;) {
    const e164 = `+86139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
    if (!used.has(e164)) {
      used.add(e164);
      return e164;
    }
  }
}

/** 96 random bits as 16 base64url characters: always zxcvbn score 4. */
export function strongPassword(): string {
  return randomBytes(12).toString('base64url');
}

/** One connection per client at most: each client has one request in flight at a time. */
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

/** GET (no body) or POST JSON; resolves with the status and the parsed body ({} if it is not JSON). */
export function httpJson(url: string, body?: unknown): Promise<{ status: number; json: any }> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        agent,
        method: payload ? 'POST' : 'GET',
        headers: payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          let json: any = {};
          try {
            json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            // not JSON: the caller sees the status
          }
          resolve({ status: res.statusCode ?? 0, json });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function call(step: Step, url: string, body?: unknown): Promise<any> {
  const { status, json } = await httpJson(url, body);
  if (status >= 300) throw new RegistrationFailed(step, status, json?.error?.code ?? 'no_error_code');
  return json;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The code is sent after the start's transaction commits, so it may land a moment after the 201. */
async function readCode(baseUrl: string, e164: string): Promise<{ code: string; polls: number }> {
  const deadline = performance.now() + 10_000;
  for (let polls = 1; ; polls++) {
    const { messages } = await call('code', `${baseUrl}/_dev/sms?to=${encodeURIComponent(e164)}`);
    const match = messages?.[0] ? /\b(\d{6})\b/.exec(messages[0].text as string) : null;
    if (match) return { code: match[1]!, polls };
    if (performance.now() > deadline) throw new RegistrationFailed('code', 0, 'no_sms_within_10s');
    await sleep(Math.min(2 ** polls, 20));
  }
}

export async function register(baseUrl: string): Promise<Registration> {
  const phone = uniqueMobile();
  const t0 = performance.now();
  const flow = await call('start', `${baseUrl}/v1/registrations`, { phone });
  const t1 = performance.now();
  const { code, polls } = await readCode(baseUrl, phone);
  const t2 = performance.now();
  await call('verify', `${baseUrl}/v1/registrations/${flow.id}/verify`, { code });
  const t3 = performance.now();
  await call('complete', `${baseUrl}/v1/registrations/${flow.id}/complete`, { password: strongPassword(), acceptTerms: true });
  const t4 = performance.now();
  return {
    startedAt: t0,
    endedAt: t4,
    inboxPolls: polls,
    stepsMs: { start: t1 - t0, code: t2 - t1, verify: t3 - t2, complete: t4 - t3 },
  };
}
