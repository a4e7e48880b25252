import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { FLOW_ID_PATTERN } from '../src/core/random.ts';
import { STRONG_PASSWORD, startTestApp, type TestApp } from './helpers/app.ts';
import { codeOf, from, ipOf, seedAccounts, type Res, type SeededAccount } from './helpers/abuse.ts';

/*
 * docs/abuse.md: nothing said or timed differently reveals whether a number has an account, except
 * after the person proved they hold it. Every step a stranger can take with a number is run for a
 * number with an account and one without, and the answers compared: status, body (ids, numbers
 * and timestamps masked; everything else equal), headers (all but the date). Every route asked
 * must exist: two not-found answers are alike too, and would pass for a guarantee kept. Their
 * time is compared in test/timing/enumeration.test.ts.
 */

/** Values that differ legitimately between any two requests become placeholders; the rest stays. */
function masked(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(masked);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, masked(x)]),
    );
  if (typeof v === 'string') {
    if (/^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(v)) return '<time>';
    if (FLOW_ID_PATTERN.test(v)) return '<flow id>';
    if (/^\+\d{8,15}$/.test(v)) return '<e164>';
    if (/^\+\d+ [\d*]+$/.test(v)) return '<masked phone>';
  }
  return v;
}

const IGNORED_HEADERS = new Set(['date']);
const headersOf = (res: Res) =>
  Object.fromEntries(
    Object.entries(res.headers)
      .filter(([k]) => !IGNORED_HEADERS.has(k))
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/**
 * A number's code cooldown counts down in real seconds, so a second may tick between the request
 * for one number and for the other (it did, on a loaded machine): waits one second apart, with
 * as many digits, are made equal, in the body, its message and Retry-After. A wait that tells
 * the numbers apart differs by far more.
 */
function sameWait(existing: any, unknown: any, existingHeaders: Record<string, unknown>, unknownHeaders: Record<string, unknown>): void {
  const [e, u] = [existing?.error?.details?.retryAfterSeconds, unknown?.error?.details?.retryAfterSeconds];
  if (typeof e !== 'number' || typeof u !== 'number' || Math.abs(e - u) !== 1 || String(e).length !== String(u).length) return;
  unknown.error.details.retryAfterSeconds = e;
  if (typeof unknown.error.message === 'string') unknown.error.message = unknown.error.message.replace(new RegExp(`\\b${u}\\b`, 'g'), String(e));
  if (existingHeaders['retry-after'] === String(e) && unknownHeaders['retry-after'] === String(u)) unknownHeaders['retry-after'] = String(e);
}

function assertAlike(existing: Res, unknown: Res, what: string): void {
  assert.equal(existing.statusCode, unknown.statusCode, `${what}: status ${existing.statusCode} vs ${unknown.statusCode}\n${existing.body}\n${unknown.body}`);
  const [bodyE, bodyU, headersE, headersU] = [existing.json(), unknown.json(), headersOf(existing), headersOf(unknown)];
  sameWait(bodyE, bodyU, headersE, headersU);
  assert.deepEqual(masked(bodyE), masked(bodyU), `${what}: bodies differ`);
  // Content length too: both numbers have as many digits, so every byte count must match.
  assert.deepEqual(headersE, headersU, `${what}: headers differ`);
}

describe('enumeration: numbers with and without an account answer alike (pglite)', () => {
  let app: TestApp;
  let ip = 0;
  const nextIp = () => ipOf(++ip, 70);
  let account: SeededAccount;
  const stranger = '+8613512345678';
  const lift = (phone: string) => app.tessera.deps.counters.reset(`sms:cd:${phone}`);

  before(async () => {
    app = await startTestApp('pglite', { policy: { codes: { resendSeconds: 60 } } });
    [account] = (await seedAccounts(app, 1, STRONG_PASSWORD, () => '+8613612345678')) as [SeededAccount];
  });
  after(async () => app?.close());
  // Each test starts with both numbers out of their cooldown, whatever the one before did.
  afterEach(async () => {
    await lift(account.phone);
    await lift(stranger);
  });

  /**
   * A request to a route that must exist. Checked in the router, not by the answer's status alone:
   * Fastify's not-found handler answers both numbers alike, which would pass for the guarantee.
   */
  async function ask(ip: string, method: string, url: string, body?: unknown): Promise<Res> {
    assert.ok(app.tessera.server.findRoute({ method: method as 'POST', url: url.split('?')[0]! }), `${method} ${url} is not a route of this server`);
    const res = await from(app, ip, method, url, body);
    assert.notEqual(codeOf(res), 'not_found', `${method} ${url} answered not_found: ${res.body}`);
    return res;
  }

  /** The same request for both numbers, each from its own IP. */
  const both = async (fn: (phone: string, ip: string) => Promise<Res>) => [await fn(account.phone, nextIp()), await fn(stranger, nextIp())] as const;

  test('registration: start, cooldown refusal, resend, wrong code', async () => {
    const [a, b] = await both((phone, i) => ask(i, 'POST', '/v1/registrations', { phone }));
    assertAlike(a, b, 'start');
    assert.equal(a.statusCode, 201);
    const [ra, rb] = await both((phone, i) => ask(i, 'POST', '/v1/registrations', { phone }));
    assertAlike(ra, rb, 'start within the cooldown');
    assert.equal(codeOf(ra), 'rate_limited');
    await lift(account.phone);
    await lift(stranger);
    const resendA = await ask(nextIp(), 'POST', `/v1/registrations/${a.json().id}/resend`, {});
    const resendB = await ask(nextIp(), 'POST', `/v1/registrations/${b.json().id}/resend`, {});
    assertAlike(resendA, resendB, 'resend');
    assert.equal(resendA.statusCode, 200);
    const wrongA = await ask(nextIp(), 'POST', `/v1/registrations/${a.json().id}/verify`, { code: '000000' });
    const wrongB = await ask(nextIp(), 'POST', `/v1/registrations/${b.json().id}/verify`, { code: '000000' });
    assertAlike(wrongA, wrongB, 'wrong code');
    assert.equal(codeOf(wrongA), 'code_incorrect');
  });

  test('login codes: start, cooldown refusal, wrong code', async () => {
    const [a, b] = await both((phone, i) => ask(i, 'POST', '/v1/login-codes', { phone }));
    assertAlike(a, b, 'login code');
    assert.equal(a.statusCode, 201);
    const [ra, rb] = await both((phone, i) => ask(i, 'POST', '/v1/login-codes', { phone }));
    assertAlike(ra, rb, 'login code within the cooldown');
    assert.equal(codeOf(ra), 'rate_limited');
    const wrongA = await ask(nextIp(), 'POST', `/v1/login-codes/${a.json().id}/verify`, { code: '000000' });
    const wrongB = await ask(nextIp(), 'POST', `/v1/login-codes/${b.json().id}/verify`, { code: '000000' });
    assertAlike(wrongA, wrongB, 'wrong login code');
    assert.equal(codeOf(wrongA), 'code_incorrect');
  });

  test('recoveries: start, cooldown refusal, wrong code', async () => {
    const [a, b] = await both((phone, i) => ask(i, 'POST', '/v1/recoveries', { phone }));
    assertAlike(a, b, 'recovery');
    assert.equal(a.statusCode, 201);
    const [ra, rb] = await both((phone, i) => ask(i, 'POST', '/v1/recoveries', { phone }));
    assertAlike(ra, rb, 'recovery within the cooldown');
    assert.equal(codeOf(ra), 'rate_limited');
    const wrongA = await ask(nextIp(), 'POST', `/v1/recoveries/${a.json().id}/verify`, { code: '000000' });
    const wrongB = await ask(nextIp(), 'POST', `/v1/recoveries/${b.json().id}/verify`, { code: '000000' });
    assertAlike(wrongA, wrongB, 'wrong recovery code');
    assert.equal(codeOf(wrongA), 'code_incorrect');
  });

  test('password login: a wrong password and an unknown number or handle get the same answer', async () => {
    const [a, b] = await both((identifier, i) => ask(i, 'POST', '/v1/sessions', { identifier, password: 'not-the-password-1' }));
    assertAlike(a, b, 'password login');
    assert.equal(codeOf(a), 'invalid_credentials');
    const byHandle = await ask(nextIp(), 'POST', '/v1/sessions', { identifier: account.handle, password: 'not-the-password-1' });
    const noHandle = await ask(nextIp(), 'POST', '/v1/sessions', { identifier: account.handle.replace(/^seed/, 'zzzz'), password: 'not-the-password-1' });
    assertAlike(byHandle, noHandle, 'password login by handle');
    assert.equal(codeOf(byHandle), 'invalid_credentials');
  });
});
