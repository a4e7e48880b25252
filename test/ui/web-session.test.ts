import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { STRONG_PASSWORD, startTestApp, verifiedFlow, type TestApp } from '../helpers/app.ts';

/** Browser sessions over HTTP: cookies instead of tokens in bodies, and the CSRF rule for cookie-authenticated writes. */
const WEB = { 'x-tessera-session': 'cookie' };

function cookieJar(setCookie: string | string[] | undefined): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of [setCookie ?? []].flat()) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return jar;
}

describe('browser sessions (cookie + CSRF)', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('pglite');
  });
  after(async () => {
    await app.close();
  });

  async function webSignup() {
    const { id, phone } = await verifiedFlow(app);
    const res = await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true }, WEB);
    assert.equal(res.statusCode, 201, res.body);
    return { res, phone, jar: cookieJar(res.headers['set-cookie']) };
  }
  const cookieHeader = (jar: Map<string, string>, names = [...jar.keys()]) => names.map((n) => `${n}=${jar.get(n)}`).join('; ');

  test('a web sign-up gets HttpOnly SameSite=Lax cookies and no token in the body', async () => {
    const { res, jar } = await webSignup();
    const body = res.json();
    assert.equal(body.session.token, undefined);
    assert.ok(body.session.expiresAt);
    assert.equal(body.deviceToken, undefined);
    const lines = [res.headers['set-cookie']].flat() as string[];
    const line = (name: string) => lines.find((l) => l.startsWith(`${name}=`)) ?? '';
    assert.match(line('tessera_session'), /HttpOnly/i);
    assert.match(line('tessera_session'), /SameSite=Lax/i);
    assert.doesNotMatch(line('tessera_session'), /Secure/i, 'plain HTTP: no Secure flag');
    assert.match(line('tessera_device'), /HttpOnly/i);
    assert.doesNotMatch(line('tessera_csrf'), /HttpOnly/i, 'the page must read the CSRF token');
    assert.match(jar.get('tessera_session') ?? '', /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/);
  });

  test('the same request without the web header keeps the bearer token in the body', async () => {
    const { id } = await verifiedFlow(app);
    const res = await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true });
    assert.match(res.json().session.token, /\./);
    assert.equal(res.headers['set-cookie'], undefined);
  });

  test('reads need only the cookie; writes need the CSRF token of this very session', async () => {
    const { jar } = await webSignup();
    const other = await webSignup();
    const cookie = cookieHeader(jar);
    assert.equal((await app.request('GET', '/v1/me', undefined, { cookie })).statusCode, 200);
    const noToken = await app.request('POST', '/v1/me/reauthenticate', { password: STRONG_PASSWORD }, { cookie });
    assert.equal(noToken.statusCode, 403);
    assert.equal(noToken.json().error.code, 'forbidden');
    const wrongSession = await app.request(
      'POST',
      '/v1/me/reauthenticate',
      { password: STRONG_PASSWORD },
      { cookie, 'x-csrf-token': other.jar.get('tessera_csrf') as string },
    );
    assert.equal(wrongSession.statusCode, 403, 'a token from another session does not count');
    const crossSite = await app.request(
      'POST',
      '/v1/me/reauthenticate',
      { password: STRONG_PASSWORD },
      { cookie, 'x-csrf-token': jar.get('tessera_csrf') as string, 'sec-fetch-site': 'cross-site' },
    );
    assert.equal(crossSite.statusCode, 403);
    const foreign = await app.request(
      'POST',
      '/v1/me/reauthenticate',
      { password: STRONG_PASSWORD },
      { cookie, 'x-csrf-token': jar.get('tessera_csrf') as string, origin: 'https://evil.example' },
    );
    assert.equal(foreign.statusCode, 403);
    const ok = await app.request(
      'POST',
      '/v1/me/reauthenticate',
      { password: STRONG_PASSWORD },
      { cookie, 'x-csrf-token': jar.get('tessera_csrf') as string, 'sec-fetch-site': 'same-origin' },
    );
    assert.equal(ok.statusCode, 200, ok.body);
    const del = await app.request('DELETE', '/v1/me/sessions/none', undefined, { cookie });
    assert.equal(del.json().error.code, 'forbidden', 'DELETE is a write too');
  });

  test('a cross-site login in cookie mode is refused before it runs', async () => {
    const res = await app.request('POST', '/v1/sessions', { identifier: 'someone1', password: 'x' }, { ...WEB, 'sec-fetch-site': 'cross-site' });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'forbidden');
  });

  test('the device cookie makes the next web login a known device; logout clears the session cookie only', async () => {
    const { jar, phone } = await webSignup();
    const login = await app.request(
      'POST',
      '/v1/sessions',
      { identifier: phone, password: STRONG_PASSWORD },
      { ...WEB, cookie: cookieHeader(jar, ['tessera_device']) },
    );
    assert.equal(login.statusCode, 201, login.body);
    const fresh = cookieJar(login.headers['set-cookie']);
    const cookie = cookieHeader(fresh);
    const out = await app.request('DELETE', '/v1/session', undefined, { cookie, 'x-csrf-token': fresh.get('tessera_csrf') as string });
    assert.equal(out.statusCode, 204, out.body);
    const cleared = [out.headers['set-cookie']].flat() as string[];
    assert.ok(cleared.some((l) => /^tessera_session=;/.test(l) && /Max-Age=0/i.test(l)));
    assert.ok(!cleared.some((l) => l.startsWith('tessera_device=')));
    assert.equal((await app.request('GET', '/v1/me', undefined, { cookie })).statusCode, 401);
    const noDevice = await app.request('POST', '/v1/sessions', { identifier: phone, password: STRONG_PASSWORD }, WEB);
    assert.equal(noDevice.json().error.code, 'verification_required', 'without the device cookie it is a new device');
  });

  test('the bearer header wins over a cookie and needs no CSRF token', async () => {
    const { id } = await verifiedFlow(app);
    const token = (await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true })).json().session
      .token as string;
    const res = await app.request(
      'POST',
      '/v1/me/reauthenticate',
      { password: STRONG_PASSWORD },
      { authorization: `Bearer ${token}`, cookie: 'tessera_session=junk' },
    );
    assert.equal(res.statusCode, 200, res.body);
  });
});

describe('browser sessions over TLS', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('pglite', { policy: { http: { trustProxy: true } } });
  });
  after(async () => {
    await app.close();
  });

  test('cookies are Secure and __Host- prefixed', async () => {
    const { id } = await verifiedFlow(app);
    const res = await app.request(
      'POST',
      `/v1/registrations/${id}/complete`,
      { password: STRONG_PASSWORD, acceptTerms: true },
      { ...WEB, 'x-forwarded-proto': 'https' },
    );
    const lines = [res.headers['set-cookie']].flat() as string[];
    assert.equal(lines.length, 3);
    for (const line of lines) {
      assert.match(line, /^__Host-tessera_(session|csrf|device)=/);
      assert.match(line, /; Secure/i);
      assert.match(line, /; Path=\//i);
    }
    const jar = cookieJar(lines);
    const me = await app.request('GET', '/v1/me', undefined, { cookie: `__Host-tessera_session=${jar.get('__Host-tessera_session')}` });
    assert.equal(me.statusCode, 200);
  });
});
