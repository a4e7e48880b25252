/// <reference lib="dom" />
import { createTesseraClient, type Middleware, type TesseraClient } from '../../client/index.ts';
import { locale } from './i18n.ts';
import { solvePow, type PowChallenge } from './pow.ts';

/** A refusal from the API (its stable `code` and `details`), or `network` when no answer came. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export interface Hooks {
  /** Asks the person to confirm it is them (password or a factor); resolves false if they cancel. */
  reauthenticate?: () => Promise<boolean>;
  /** Told while a proof-of-work challenge is being solved. */
  powBusy?: (busy: boolean) => void;
  /** Hints the API attaches (`clock_skew`). */
  hint?: (hint: { code: string; [k: string]: unknown }) => void;
}
export const hooks: Hooks = {};

interface Answer {
  hints?: { code: string }[];
  error?: { code?: string; details?: Record<string, unknown> };
}

function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === 'tessera_csrf' || name === '__Host-tessera_csrf') return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/**
 * The request as the pages send it, built afresh for every send (a re-authentication may have
 * renewed the CSRF cookie). The session lives in an HttpOnly cookie (X-Tessera-Session); writes
 * prove they come from this page (X-CSRF-Token). A write without a body sends `{}`.
 */
function pageRequest(request: Request, body: string | undefined): Request {
  const headers = new Headers(request.headers);
  headers.set('accept-language', locale());
  headers.set('x-tessera-session', 'cookie');
  const csrf = csrfToken();
  if (csrf) headers.set('x-csrf-token', csrf);
  else headers.delete('x-csrf-token');
  if (body !== undefined) headers.set('content-type', 'application/json');
  else headers.delete('content-type');
  return new Request(request.url, { method: request.method, headers, body, credentials: 'same-origin' });
}

async function send(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    throw new ApiError(0, 'network');
  }
}

/** The answer's JSON (null when empty), its hints passed on; an answer that is not JSON is an internal error. */
async function readAnswer(response: Response): Promise<Answer | null> {
  const text = await response.clone().text();
  let json: Answer | null;
  try {
    json = text ? (JSON.parse(text) as Answer | null) : null;
  } catch {
    throw new ApiError(response.status, 'internal_error');
  }
  for (const hint of json?.hints ?? []) hooks.hint?.(hint);
  return json;
}

/** The body each request was first sent with (JSON text), kept for sending it again. */
const bodies = new WeakMap<Request, string | undefined>();

/**
 * What every call of the pages goes through. A proof-of-work challenge is solved and the call
 * sent again with it as `pow`; a `reauthentication_required` asks the person to confirm it is
 * them, then sends it again; at most three sends. Any other refusal is thrown as an ApiError, so
 * a call that returns has succeeded.
 */
const pageMiddleware: Middleware = {
  async onRequest({ request }) {
    // Read as text, not through `request.body`, which not every browser has.
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const body = text !== '' ? text : request.method === 'GET' || request.method === 'DELETE' ? undefined : '{}';
    const ready = pageRequest(request, body);
    bodies.set(ready, body);
    return ready;
  },
  async onResponse({ request, response }) {
    let body = bodies.get(request);
    let current = response;
    for (let attempt = 0; ; attempt++) {
      const json = await readAnswer(current);
      if (current.status < 400) return current;
      const code = json?.error?.code ?? 'internal_error';
      const details = json?.error?.details ?? {};
      if (code === 'challenge_required' && details.challenge && attempt < 2) {
        const pow = await withBusy(() => solvePow(details.challenge as PowChallenge));
        if (request.method !== 'GET') body = JSON.stringify({ ...(body ? (JSON.parse(body) as object) : {}), pow });
      } else if (!(code === 'reauthentication_required' && hooks.reauthenticate && attempt < 2 && (await hooks.reauthenticate()))) {
        throw new ApiError(current.status, code, details);
      }
      current = await send(pageRequest(request, body));
    }
  },
  onError() {
    return new ApiError(0, 'network');
  },
};

/** The pages' client: same-origin, typed by the API's own document. */
export const client: TesseraClient = createTesseraClient({ baseUrl: '' });
client.use(pageMiddleware);

/**
 * The data of a call. Refusals never reach here (the middleware throws them as ApiError), so the
 * result is the success body's type.
 */
export async function ok<R extends { data?: unknown }>(call: Promise<R>): Promise<Exclude<R['data'], undefined>> {
  return (await call).data as Exclude<R['data'], undefined>;
}

async function withBusy<T>(work: () => Promise<T>): Promise<T> {
  hooks.powBusy?.(true);
  try {
    return await work();
  } finally {
    hooks.powBusy?.(false);
  }
}
