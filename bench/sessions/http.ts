/** The few HTTP helpers the sign-ups and checks need: JSON in, JSON out, a clear error otherwise. */

export class CallFailed extends Error {
  constructor(
    readonly what: string,
    readonly status: number,
    body: string,
  ) {
    super(`${what}: HTTP ${status} ${body.slice(0, 200)}`);
  }
}

export interface Answer {
  status: number;
  json: any;
  headers: Headers;
}

export async function call(what: string, url: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const res = await fetch(url, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await res.text();
  if (res.status >= 300) throw new CallFailed(what, res.status, text);
  return { status: res.status, json: text ? JSON.parse(text) : null, headers: res.headers };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `task(i)` for i in [0, n) with at most `concurrency` at a time, in order of start. */
export async function pooled<T>(n: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const out = new Array<T>(n);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      out[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
  return out;
}
