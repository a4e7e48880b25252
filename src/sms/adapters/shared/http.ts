import { maskPhonesInText } from '../../../phone/index.ts';
import { SmsSendError } from '../../port.ts';

export interface GatewayResponse {
  readonly status: number;
  readonly text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: unknown;
}

/**
 * One HTTP exchange with a gateway. The whole exchange, body included, is bounded by `timeoutMs`
 * and by the caller's signal; a network failure or a timeout is a non-permanent SmsSendError
 * (another attempt, here or at another gateway, may well succeed).
 */
export async function callGateway(
  doFetch: typeof fetch,
  provider: string,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<GatewayResponse> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const res = await doFetch(url, { ...init, signal: combined, redirect: 'error' });
    const text = await res.text();
    return { status: res.status, text, json: parseJson(text) };
  } catch (cause) {
    const why = timeout.aborted ? `no answer within ${timeoutMs} ms` : signal?.aborted ? 'cancelled' : 'unreachable';
    // A caller's deadline (the router's) is a timeout too; a plain cancel is not.
    const timedOut = timeout.aborted || (signal?.aborted === true && isTimeoutReason(signal.reason));
    throw new SmsSendError(`${provider}: gateway ${why}`, { cause, timedOut });
  }
}

function isTimeoutReason(reason: unknown): boolean {
  return reason instanceof Error && reason.name === 'TimeoutError';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads a string field of a JSON object answer, if there is one. */
export function field(json: unknown, ...keys: string[]): string | undefined {
  let at: unknown = json;
  for (const k of keys) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[k];
  }
  return typeof at === 'string' ? at : typeof at === 'number' ? String(at) : undefined;
}

/** Gateways answer 5xx and 429 while overloaded: worth retrying, never a verdict on the message. */
export function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

/**
 * Vendor error text for our own error messages, which end up in logs: bounded in length, and with
 * phone numbers masked (vendors like to echo the number back).
 */
export function vendorText(text: string): string {
  return maskPhonesInText(text.trim().slice(0, 200));
}
