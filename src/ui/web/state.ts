/// <reference lib="dom" />
import { ApiError, client, ok } from './api.ts';

export interface Account {
  id: string;
  phone: { e164: string; region: string; masked: string } | null;
  region: string;
  handle: string;
  displayName: string | null;
  status: 'active' | 'frozen' | 'pending_deletion';
  trustLevel: number;
  createdAt: string;
}

type Listener = (account: Account | null) => void;
let current: Account | null = null;
const listeners: Listener[] = [];

export const signedIn = (): Account | null => current;

export function setAccount(account: Account | null): void {
  current = account;
  for (const fn of listeners) fn(account);
}

export function onAccount(fn: Listener): void {
  listeners.push(fn);
}

/** Who the session cookie belongs to, or null when there is none (or it ended). */
export async function refreshAccount(): Promise<Account | null> {
  try {
    setAccount(((await ok(client.GET('/v1/me'))) as { account: Account }).account);
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== 'unauthenticated') throw err;
    setAccount(null);
  }
  return current;
}
