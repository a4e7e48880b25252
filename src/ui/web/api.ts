/// <reference lib="dom" />
import { locale } from './i18n.ts';
import { solvePow, type PowChallenge } from './pow.ts';

/** A refusal from the API (its stable `code` and `details`), or `network` when no answer came. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, readonly details: Record<string, unknown> = {}) {
    super(code);
  }
}

type Json = any;
export interface Hooks {
  /** Asks the person to confirm it is them (password or a factor); resolves false if they cancel. */
  reauthenticate?: () => Promise<boolean>;
  /** Told while a proof-of-work challenge is being solved. */
  powBusy?: (busy: boolean) => void;
  /** Hints the API attaches (`clock_skew`). */
  hint?: (hint: { code: string; [k: string]: unknown }) => void;
}
export const hooks: Hooks = {};

function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === 'tessera_csrf' || name === '__Host-tessera_csrf') return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

async function send(method: string, path: string, body: unknown): Promise<{ status: number; json: Json }> {
  // The session lives in an HttpOnly cookie (X-Tessera-Session); writes prove they come from this page (X-CSRF-Token).
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': locale(), 'x-tessera-session': 'cookie' };
  const csrf = csrfToken();
  if (csrf) headers['x-csrf-token'] = csrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'network');
  }
  const text = await res.text();
  let json: Json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError(res.status, 'internal_error');
  }
  for (const hint of (json?.hints ?? []) as { code: string }[]) hooks.hint?.(hint);
  return { status: res.status, json };
}

/**
 * One API call. A proof-of-work challenge is solved and the call sent again; a
 * `reauthentication_required` asks the person to confirm it is them, then sends it again.
 */
export async function api<T = Json>(method: string, path: string, body?: Record<string, unknown>): Promise<T> {
  let payload = body;
  for (let attempt = 0; attempt < 3; attempt++) {
    const { status, json } = await send(method, path, method === 'GET' ? undefined : payload ?? (method === 'DELETE' ? undefined : {}));
    if (status < 400) return json as T;
    const error = json?.error as { code?: string; details?: Record<string, unknown> } | undefined;
    const code = error?.code ?? 'internal_error';
    const details = error?.details ?? {};
    if (code === 'challenge_required' && details.challenge && attempt < 2) {
      payload = { ...(payload ?? {}), pow: await withBusy(() => solvePow(details.challenge as PowChallenge)) };
      continue;
    }
    if (code === 'reauthentication_required' && hooks.reauthenticate && attempt < 2 && (await hooks.reauthenticate())) continue;
    throw new ApiError(status, code, details);
  }
  throw new ApiError(0, 'internal_error');
}

async function withBusy<T>(work: () => Promise<T>): Promise<T> {
  hooks.powBusy?.(true);
  try {
    return await work();
  } finally {
    hooks.powBusy?.(false);
  }
}
