import assert from 'node:assert/strict';
import type { ManualClock } from '../../src/core/clock.ts';
import { totpFor } from '../../src/mfa/index.ts';
import { STRONG_PASSWORD, verifiedFlow, type TestApp } from './app.ts';

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
export const errorCode = (res: { json(): any }) => res.json().error?.code as string | undefined;

export interface User {
  phone: string;
  handle: string;
  token: string;
  deviceToken: string;
  accountId: string;
}

let handles = 0;
/** A handle no other test of this process uses. */
export function uniqueHandle(prefix = 'u'): string {
  handles += 1;
  return `${prefix}${process.pid.toString(36)}${Date.now().toString(36).slice(-5)}${handles}`.slice(0, 20);
}

/** A new account through the API: chosen handle, or a generated `tid_` one when `handle` is null. */
export async function register(app: TestApp, options: { handle?: string | null; phone?: string } = {}): Promise<User> {
  const { id, phone } = await verifiedFlow(app, options.phone);
  const handle = options.handle === null ? undefined : (options.handle ?? uniqueHandle());
  const res = await app.request('POST', `/v1/registrations/${id}/complete`, {
    password: STRONG_PASSWORD,
    ...(handle ? { handle } : {}),
    acceptTerms: true,
    deviceName: 'Phone A',
  });
  assert.equal(res.statusCode, 201, res.body);
  const body = res.json();
  return { phone, handle: body.account.handle, token: body.session.token, deviceToken: body.deviceToken, accountId: body.account.id };
}

/** Texts the dev inbox got for a number, newest first. */
export async function texts(app: TestApp, phone: string): Promise<string[]> {
  await app.tessera.dispatcher.idle();
  const res = await app.request('GET', `/_dev/sms?to=${encodeURIComponent(phone)}`);
  return res.json().messages.map((m: { text: string }) => m.text);
}

/** Turns TOTP on through the API; returns a code maker that reads the test's clock (one code per 30 s step). */
export async function enrolTotp(app: TestApp, clock: ManualClock, token: string): Promise<{ code(): string; recoveryCodes: string[] }> {
  const begin = await app.request('POST', '/v1/me/totp', {}, bearer(token));
  assert.equal(begin.statusCode, 200, begin.body);
  const totp = totpFor(begin.json().secret);
  const code = () => totp.generate({ timestamp: clock.now().getTime() });
  const confirm = await app.request('POST', '/v1/me/totp/confirm', { code: code() }, bearer(token));
  assert.equal(confirm.statusCode, 200, confirm.body);
  clock.advance(30); // the confirming code's step is spent
  return { code, recoveryCodes: confirm.json().recoveryCodes };
}

/** The audit actions of an account, oldest first. */
export async function auditActions(
  app: TestApp,
  accountId: string,
): Promise<{ action: string; outcome: string; actor: string; ip: string | null; details: string | null }[]> {
  return app.tessera.database.db
    .selectFrom('audit_log')
    .select(['action', 'outcome', 'actor', 'ip', 'details'])
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** A wrong code that differs from `code`. */
export const wrongCode = (code: string) => (code === '000000' ? '111111' : '000000');
