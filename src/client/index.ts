// A typed client of Tessera's JSON API for relying apps and the hosted pages: openapi-fetch over
// the types that scripts/gen-client.ts generates from /openapi.json (docs/client.md).
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './openapi.ts';

export type { components, Middleware, operations, paths };

/** A client whose every call is checked against the API's paths, parameters and bodies. */
export type TesseraClient = Client<paths>;

/** What every refusal's body is (docs/errors.md): a stable `code`, a localised `message`, `details`. */
export interface TesseraErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> };
}

export interface TesseraClientOptions {
  /** Where Tessera answers, e.g. `https://id.example.com`; `''` for same-origin calls from a page. */
  baseUrl: string;
  /** A fetch of your own (a proxy agent, tests); the global fetch otherwise. */
  fetch?: (input: Request) => Promise<Response>;
  /** Sent with every call (`accept-language`, a user agent…). */
  headers?: Record<string, string>;
  /** Sent as `Authorization: Bearer …`; a function is asked on every call, so a login can set it later. */
  sessionToken?: string | (() => string | undefined);
}

export function createTesseraClient(options: TesseraClientOptions): TesseraClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: { accept: 'application/json', ...options.headers },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const { sessionToken } = options;
  if (sessionToken !== undefined) {
    client.use({
      onRequest({ request }) {
        const token = typeof sessionToken === 'function' ? sessionToken() : sessionToken;
        // A call that names its own credentials (an access token, the admin token) keeps them.
        if (token && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${token}`);
      },
    });
  }
  return client;
}

/** A refusal from the API: its HTTP status and the error body's `code`, `message` and `details`. */
export class TesseraApiError extends Error {
  override readonly name = 'TesseraApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

function isErrorBody(value: unknown): value is TesseraErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const { error } = value;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string';
}

/**
 * The data of a call that succeeded; a refusal is thrown as a TesseraApiError. For code that
 * would rather not branch on `{ data, error }` after every call:
 * `const flow = await unwrap(client.POST('/v1/registrations', { body: { phone } }))`.
 */
export async function unwrap<R extends { data?: unknown; error?: unknown; response: Response }>(call: Promise<R>): Promise<Exclude<R['data'], undefined>> {
  const result = await call;
  if (result.response.ok) return result.data as Exclude<R['data'], undefined>;
  const body: unknown = result.error;
  if (isErrorBody(body)) throw new TesseraApiError(result.response.status, body.error.code, body.error.message, body.error.details ?? {});
  throw new TesseraApiError(result.response.status, 'internal_error', `HTTP ${result.response.status} without an error body`);
}
