import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createTessera, type Tessera } from '../src/app.ts';
import { buildPolicy, resolveRuntime } from '../src/config/index.ts';
import { generateSecret } from '../src/core/secrets.ts';
import { STRONG_PASSWORD, startTestApp, uniquePhone, type TestApp } from './helpers/app.ts';
import { freshDataDir } from './helpers/pglite-template.ts';

/*
 * What `tessera start` does differently at the HTTP edge from `tessera dev`, in-process: browser
 * session cookies are Secure and __Host- prefixed whatever the proxy settings (docs/architecture.md), and
 * /metrics wants the admin token unless `metrics.public` says otherwise (docs/configuration.md).
 * A test number with a fixed code stands in for the SMS that start mode cannot show.
 */

const WEB = { 'x-tessera-session': 'cookie' };
const TEST_CODE = '246810';

function testNumberPolicy(phone: string, extra: Record<string, unknown> = {}) {
  const from = new Date(Date.now() - 3_600_000).toISOString();
  const until = new Date(Date.now() + 86_400_000).toISOString();
  return {
    ...extra,
    sms: {
      providers: { relay: { type: 'http', url: 'http://127.0.0.1:9/send', secret: 'r'.repeat(40) } },
      testNumbers: [{ phone, code: TEST_CODE, from, until }],
    },
  };
}

interface StartApp {
  tessera: Tessera;
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A `tessera start` server in-process (PGlite, an SMS relay that is never reached). */
async function startModeApp(policy: Record<string, unknown>, adminToken?: string): Promise<StartApp> {
  const dataDir = await freshDataDir();
  const runtime = resolveRuntime('production', { dataDir, secret: generateSecret(), logLevel: 'silent', ...(adminToken ? { adminToken } : {}) }, {});
  const tessera = await createTessera(runtime, { policy: buildPolicy(policy), startDispatcher: false });
  return {
    tessera,
    request: (method, url, body, headers) =>
      tessera.server.inject({ method: method as 'GET', url, ...(body !== undefined ? { payload: body as object } : {}), headers: headers ?? {} }),
    async close() {
      await tessera.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A web sign-up with the test number: the set-cookie lines of its completion. */
async function webSignup(app: Pick<StartApp, 'request'>, phone: string, headers: Record<string, string> = {}): Promise<string[]> {
  const start = await app.request('POST', '/v1/registrations', { phone }, headers);
  assert.equal(start.statusCode, 201, start.body);
  const id = start.json().id as string;
  const verify = await app.request('POST', `/v1/registrations/${id}/verify`, { code: TEST_CODE }, headers);
  assert.equal(verify.statusCode, 200, verify.body);
  const done = await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true }, { ...WEB, ...headers });
  assert.equal(done.statusCode, 201, done.body);
  return [done.headers['set-cookie'] ?? []].flat() as string[];
}

function value(lines: string[], name: string): string {
  const line = lines.find((l) => l.startsWith(`${name}=`));
  assert.ok(line, `no ${name} cookie in ${JSON.stringify(lines)}`);
  return line.slice(name.length + 1).split(';')[0]!;
}

describe('web session cookies in start mode (pglite)', () => {
  for (const trustProxy of [false, true]) {
    describe(`http.trustProxy ${trustProxy}`, () => {
      let app: StartApp;
      const phone = uniquePhone();
      before(async () => {
        app = await startModeApp(testNumberPolicy(phone, { http: { trustProxy } }));
      });
      after(async () => app?.close());

      test('plain HTTP as seen by the server: every cookie is Secure, __Host- prefixed, Path=/', async () => {
        // Behind a proxy that says the client used plain HTTP, or none that is trusted: still Secure.
        const lines = await webSignup(app, phone, trustProxy ? { 'x-forwarded-proto': 'http' } : {});
        assert.equal(lines.length, 3, JSON.stringify(lines));
        for (const line of lines) {
          assert.match(line, /^__Host-tessera_(session|csrf|device)=/);
          assert.match(line, /; Secure/i);
          assert.match(line, /; Path=\//i);
          assert.doesNotMatch(line, /; Domain=/i);
        }
        assert.match(lines.find((l) => l.startsWith('__Host-tessera_session='))!, /HttpOnly/i);
        assert.doesNotMatch(lines.find((l) => l.startsWith('__Host-tessera_csrf='))!, /HttpOnly/i);

        const session = value(lines, '__Host-tessera_session');
        const me = await app.request('GET', '/v1/me', undefined, { cookie: `__Host-tessera_session=${session}` });
        assert.equal(me.statusCode, 200, me.body);
        // A cookie without the prefix could have been set by a sibling subdomain or over plain HTTP: not read.
        const planted = await app.request('GET', '/v1/me', undefined, { cookie: `tessera_session=${session}` });
        assert.equal(planted.statusCode, 401, planted.body);

        const out = await app.request('DELETE', '/v1/session', undefined, {
          cookie: `__Host-tessera_session=${session}`,
          'x-csrf-token': value(lines, '__Host-tessera_csrf'),
        });
        assert.equal(out.statusCode, 204, out.body);
        const cleared = [out.headers['set-cookie']].flat() as string[];
        assert.ok(
          cleared.some((l) => /^__Host-tessera_session=;/.test(l) && /Max-Age=0/i.test(l) && /; Secure/i.test(l)),
          JSON.stringify(cleared),
        );
      });
    });
  }
});

describe('web session cookies in dev mode on plain HTTP (pglite)', () => {
  let app: TestApp;
  const phone = uniquePhone();
  before(async () => {
    app = await startTestApp('pglite', { policy: { sms: testNumberPolicy(phone).sms } });
  });
  after(async () => app?.close());

  test('no Secure flag and no prefix, so a browser on http://localhost keeps them', async () => {
    const lines = await webSignup(app, phone);
    assert.equal(lines.length, 3, JSON.stringify(lines));
    for (const line of lines) {
      assert.match(line, /^tessera_(session|csrf|device)=/);
      assert.doesNotMatch(line, /Secure/i);
    }
    const me = await app.request('GET', '/v1/me', undefined, { cookie: `tessera_session=${value(lines, 'tessera_session')}` });
    assert.equal(me.statusCode, 200, me.body);
  });
});

describe('/metrics and the admin token', () => {
  const relay = { sms: { providers: { relay: { type: 'http', url: 'http://127.0.0.1:9/send', secret: 'r'.repeat(40) } } } };
  const adminToken = generateSecret();
  const apps: { close(): Promise<void> }[] = [];
  after(async () => {
    for (const app of apps) await app.close();
  });
  const metrics = (app: Pick<StartApp, 'request'>, token?: string) =>
    app.request('GET', '/metrics', undefined, token ? { authorization: `Bearer ${token}` } : {});

  test('start mode, by default: only with the admin token', async () => {
    const app = await startModeApp(relay, adminToken);
    apps.push(app);
    const anonymous = await metrics(app);
    assert.equal(anonymous.statusCode, 401, anonymous.body);
    assert.equal(anonymous.json().error.code, 'unauthenticated');
    assert.equal((await metrics(app, generateSecret())).statusCode, 401, 'a wrong token');
    const scraped = await metrics(app, adminToken);
    assert.equal(scraped.statusCode, 200, scraped.body);
    assert.match(String(scraped.headers['content-type']), /^text\/plain/);
    assert.match(scraped.body, /^# TYPE tessera_http_requests_total counter$/m);
  });

  test('start mode without an admin token: 403, the admin API being off', async () => {
    const app = await startModeApp(relay);
    apps.push(app);
    const res = await metrics(app);
    assert.equal(res.statusCode, 403, res.body);
    assert.equal(res.json().error.code, 'forbidden');
  });

  test('start mode with metrics.public true: open to a scraper without a token', async () => {
    const app = await startModeApp({ ...relay, metrics: { public: true } }, adminToken);
    apps.push(app);
    assert.equal((await metrics(app)).statusCode, 200);
  });

  test('dev mode: public by default, behind the (generated) admin token with metrics.public false', async () => {
    const open = await startTestApp('pglite');
    apps.push(open);
    assert.equal((await open.request('GET', '/metrics')).statusCode, 200);
    const closed = await startTestApp('pglite', { policy: { metrics: { public: false } } });
    apps.push(closed);
    assert.equal((await closed.request('GET', '/metrics')).statusCode, 401);
    const token = readFileSync(join(closed.dataDir, 'admin-token'), 'utf8').trim();
    assert.equal((await closed.request('GET', '/metrics', undefined, { authorization: `Bearer ${token}` })).statusCode, 200);
  });
});
