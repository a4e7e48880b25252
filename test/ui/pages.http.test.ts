import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { STRONG_PASSWORD, startTestApp, verifiedFlow, type TestApp } from '../helpers/app.ts';

/** The hosted pages' HTTP side: the document and its headers, the assets, and the two small APIs the pages use. */
describe('hosted pages over HTTP', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('pglite', { policy: { password: { minScore: 3 } } });
  });
  after(async () => {
    await app.close();
  });

  test('every page is the same document under a strict CSP; the API keeps its own headers', async () => {
    for (const path of ['/', '/signup', '/login', '/forgot', '/security', '/dev/inbox']) {
      const res = await app.request('GET', path);
      assert.equal(res.statusCode, 200, path);
      assert.match(res.headers['content-type'] as string, /^text\/html/);
      const csp = res.headers['content-security-policy'] as string;
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /style-src 'self'(;|$)/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.doesNotMatch(res.body, /<script>|<style|style=/, 'nothing inline');
    }
    const api = await app.request('GET', '/openapi.json');
    assert.equal(api.statusCode, 200);
    assert.equal(api.headers['content-security-policy'], undefined);
    assert.equal((await app.request('GET', '/signin')).json().error.code, 'not_found', 'other paths stay API 404s');
  });

  test('the page config names the allowed regions with their calling codes', async () => {
    const html = (await app.request('GET', '/signup')).body;
    const raw = /name="tessera-config" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const config = JSON.parse(raw.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    assert.deepEqual(config.regions, [
      { code: 'CN', callingCode: '86' },
      { code: 'HK', callingCode: '852' },
    ]);
    assert.equal(config.dev, true);
  });

  test('assets: content-hashed, immutable, gzipped; the sign-up page weighs under 100 KB gzipped', async () => {
    const html = (await app.request('GET', '/signup')).body;
    const paths = [...html.matchAll(/(?:src|href)="(\/ui\/[^"]+)"/g)].map((m) => m[1] as string);
    assert.equal(paths.length, 2);
    let total = Buffer.byteLength(html);
    for (const path of paths) {
      const res = await app.request('GET', path, undefined, { 'accept-encoding': 'gzip, br' });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-encoding'], 'gzip');
      assert.match(res.headers['cache-control'] as string, /immutable/);
      assert.ok(gunzipSync(res.rawPayload).length > res.rawPayload.length);
      total += res.rawPayload.length;
      const again = await app.request('GET', path, undefined, { 'if-none-match': res.headers.etag as string });
      assert.equal(again.statusCode, 304);
    }
    assert.ok(total < 100 * 1024, `sign-up page is ${total} bytes gzipped`);
    assert.equal((await app.request('GET', '/ui/app-NOPE.js')).statusCode, 404);
  });

  test('password strength: the registration check, with advice as translatable keys', async () => {
    const weak = await app.request('POST', '/v1/password-strength', { password: '13800138000', phone: '+8613800138000' });
    assert.equal(weak.statusCode, 200, weak.body);
    assert.equal(weak.json().acceptable, false);
    assert.equal(weak.json().feedback.warning, 'userInputs', 'the phone is a word an attacker tries first');
    const common = (await app.request('POST', '/v1/password-strength', { password: 'password' })).json();
    assert.ok(common.score < 3);
    assert.equal(typeof common.warning, 'string');
    assert.ok(['topTen', 'topHundred', 'common'].includes(common.feedback.warning));
    const strong = (await app.request('POST', '/v1/password-strength', { password: STRONG_PASSWORD })).json();
    assert.equal(strong.acceptable, true);
    assert.equal(strong.minScore, 3);
    const short = (await app.request('POST', '/v1/password-strength', { password: 'Zq#8' })).json();
    assert.equal(short.acceptable, false, 'too short is never acceptable');
    assert.equal((await app.request('POST', '/v1/password-strength', {})).json().error.code, 'invalid_request');
  });

  test('factors: what the signed-in account has on', async () => {
    const { id } = await verifiedFlow(app);
    const token = (await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true })).json().session.token;
    const res = await app.request('GET', '/v1/me/factors', undefined, { authorization: `Bearer ${token}` });
    assert.deepEqual(res.json(), { methods: [] });
    assert.equal((await app.request('GET', '/v1/me/factors')).statusCode, 401);
  });
});

describe('password strength budget', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('pglite');
  });
  after(async () => {
    await app.close();
  });

  test('past 120 checks a minute from one IP: rate_limited with Retry-After', async () => {
    let last: Awaited<ReturnType<typeof app.request>> | undefined;
    for (let i = 0; i < 121; i++) last = await app.request('POST', '/v1/password-strength', { password: `x${i}` });
    assert.equal(last?.statusCode, 429);
    assert.equal(last?.json().error.code, 'rate_limited');
    assert.ok(Number(last?.headers['retry-after']) > 0);
  });
});
