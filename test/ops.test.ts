import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { createTessera, type Tessera } from '../src/app.ts';
import { buildPolicy, resolveRuntime } from '../src/config/index.ts';
import { generateSecret } from '../src/core/secrets.ts';
import { freshDataDir } from './helpers/pglite-template.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';

function assertError(res: { statusCode: number; headers: Record<string, unknown>; json(): any }, status: number, code: string): void {
  assert.equal(res.statusCode, status, JSON.stringify(res.json()));
  assert.match(String(res.headers['content-type']), /^application\/json/);
  const { error } = res.json();
  assert.equal(error.code, code);
  assert.equal(typeof error.message, 'string');
  assert.ok(error.message.length > 0);
  assert.deepEqual(typeof error.details, 'object');
}

describe('operations and the HTTP edge (pglite, dev mode)', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('pglite');
  });
  after(async () => app?.close());

  test('/healthz and /readyz answer 200', async () => {
    const health = await app.request('GET', '/healthz');
    assert.equal(health.statusCode, 200);
    assert.deepEqual(health.json(), { status: 'ok' });
    const ready = await app.request('GET', '/readyz');
    assert.equal(ready.statusCode, 200);
    assert.deepEqual(ready.json(), { status: 'ready' });
  });

  test('/metrics is Prometheus text counting requests by route template, not by raw path', async () => {
    await app.request('GET', '/healthz');
    await app.request('GET', '/v1/registrations/AAAAAAAAAAAAAAAAAAAAAA');
    await app.request('GET', '/no/such/route/zq81x');
    const res = await app.request('GET', '/metrics');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    const text = res.body;
    assert.match(text, /^# HELP tessera_http_requests_total /m);
    assert.match(text, /^# TYPE tessera_http_requests_total counter$/m);
    const healthz = /^tessera_http_requests_total\{method="GET",route="\/healthz",status="200"\} (\d+)$/m.exec(text);
    assert.ok(healthz, text.slice(0, 2000));
    assert.ok(Number(healthz[1]) >= 1);
    assert.match(text, /^tessera_http_requests_total\{method="GET",route="\/v1\/registrations\/:id",status="404"\} \d+$/m);
    assert.ok(!text.includes('AAAAAAAAAAAAAAAAAAAAAA'), 'a flow id became a label');
    assert.ok(!text.includes('zq81x'), 'an unknown path became a label');
    assert.match(text, /^tessera_http_request_duration_seconds_bucket\{/m);
  });

  test('/openapi.json is OpenAPI 3.1 with every registration path', async () => {
    const res = await app.request('GET', '/openapi.json');
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.equal(doc.openapi, '3.1.0');
    const expected: [string, string][] = [
      ['/v1/registrations', 'post'],
      ['/v1/registrations/{id}', 'get'],
      ['/v1/registrations/{id}/resend', 'post'],
      ['/v1/registrations/{id}/verify', 'post'],
      ['/v1/registrations/{id}/complete', 'post'],
      ['/v1/registrations/{id}/login', 'post'],
      ['/v1/handles/{handle}', 'get'],
      ['/v1/me', 'get'],
    ];
    for (const [path, method] of expected) {
      assert.ok(doc.paths[path]?.[method], `${method.toUpperCase()} ${path} missing from /openapi.json`);
    }
    const start = doc.paths['/v1/registrations'].post;
    assert.ok(start.requestBody?.content?.['application/json']?.schema?.properties?.phone, 'the start body schema is documented');
    assert.ok(doc.paths['/v1/registrations/{id}'].get.parameters.some((p: { name: string; in: string }) => p.name === 'id' && p.in === 'path'));
    for (const hidden of ['/', '/signup', '/ui/{file}', '/_dev/sms.html', '/openapi.json'])
      assert.equal(doc.paths[hidden], undefined, `${hidden}: pages and assets stay out of the API document`);
    // Answers that are not JSON say what they are: metrics as Prometheus text, readiness as 200 or 503.
    assert.deepEqual(Object.keys(doc.paths['/metrics'].get.responses['200'].content), ['text/plain; version=0.0.4; charset=utf-8']);
    const readiness = doc.paths['/readyz'].get.responses;
    for (const status of ['200', '503']) assert.ok(readiness[status].content['application/json'].schema.properties.status, `/readyz ${status}`);
    // Every parameter of every operation has a schema object (a schema of a map once came out as
    // parameters named `type` and `additionalProperties`, one with the schema "object").
    const bad: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, { parameters?: { name: string; in: string; schema: unknown }[] }>>)) {
      for (const [method, op] of Object.entries(item)) {
        for (const p of op.parameters ?? []) {
          if (typeof p.schema !== 'object' || p.schema === null || ['type', 'additionalProperties', 'properties'].includes(p.name))
            bad.push(`${method.toUpperCase()} ${path} ${p.in} ${p.name}`);
        }
      }
    }
    assert.deepEqual(bad, []);
    const kannel = doc.paths['/v1/sms/receipts/kannel/{name}'].get.parameters.map((p: { name: string; in: string }) => `${p.in} ${p.name}`);
    assert.deepEqual(kannel, ['query id', 'query status', 'query reply', 'path name']);
  });

  test('an unknown route is a 404 not_found envelope, whatever the method', async () => {
    assertError(await app.request('GET', '/v1/nothing-here'), 404, 'not_found');
    assertError(await app.request('POST', '/v1/nothing-here', {}), 404, 'not_found');
    assertError(await app.request('DELETE', '/v1/registrations'), 404, 'not_found');
  });

  test('a body that is not JSON is 415 unsupported_media_type', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await app.tessera.server.inject({
        method: 'POST',
        url: '/v1/registrations',
        payload: 'phone=%2B8613800138000',
        headers: { 'content-type': type },
      });
      assertError(res, 415, 'unsupported_media_type');
    }
  });

  test('invalid JSON is 400 invalid_request naming the body', async () => {
    for (const payload of ['{"phone":', '{phone: "+8613800138000"}', '{"__proto__": {"polluted": true}, "phone": "+8613800138000"}']) {
      const res = await app.tessera.server.inject({ method: 'POST', url: '/v1/registrations', payload, headers: { 'content-type': 'application/json' } });
      assertError(res, 400, 'invalid_request');
      assert.equal(res.json().error.details.field, 'body');
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  test('a body over 64 KiB is 413 payload_too_large; one just under is read', async () => {
    const big = await app.request('POST', '/v1/registrations', { phone: '+8613800138000', deviceName: 'x'.repeat(64 * 1024) });
    assertError(big, 413, 'payload_too_large');
    const under = await app.request('POST', '/v1/registrations', { phone: '+8613800138000', deviceName: 'x'.repeat(60 * 1024) });
    assertError(under, 400, 'invalid_request'); // read and parsed: refused by the schema (deviceName too long), not by size
    assert.equal(under.json().error.details.field, 'deviceName');
  });

  test('the dev inbox exists in dev mode', async () => {
    assert.equal((await app.request('GET', '/_dev/sms')).statusCode, 200);
  });
});

describe('readiness when the database is gone (pglite)', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('pglite');
  });
  after(async () => app?.close().catch(() => {}));

  test('/readyz answers 503 while /healthz still answers 200', async () => {
    assert.equal((await app.request('GET', '/readyz')).statusCode, 200);
    await app.tessera.dispatcher.stop();
    await app.tessera.database.close();
    const ready = await app.request('GET', '/readyz');
    assert.equal(ready.statusCode, 503);
    assert.deepEqual(ready.json(), { status: 'unavailable' });
    assert.equal((await app.request('GET', '/healthz')).statusCode, 200);
  });
});

describe('production mode (pglite)', () => {
  let tessera: Tessera;
  let dataDir: string;
  before(async () => {
    dataDir = await freshDataDir();
    const policy = buildPolicy({ sms: { providers: { relay: { type: 'http', url: 'http://127.0.0.1:9/send', secret: 'r'.repeat(40) } } } });
    const runtime = resolveRuntime('production', { dataDir, secret: generateSecret(), logLevel: 'silent' }, {});
    tessera = await createTessera(runtime, { policy, startDispatcher: false });
  });
  after(async () => {
    await tessera?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('has no dev inbox: /_dev/sms and its page are a plain 404', async () => {
    for (const url of ['/_dev/sms', '/_dev/sms?to=%2B8613800138000', '/_dev/sms.html', '/_dev/sms.js']) {
      assertError(await tessera.server.inject({ method: 'GET', url }), 404, 'not_found');
    }
    assert.equal((await tessera.server.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
    const doc = (await tessera.server.inject({ method: 'GET', url: '/openapi.json' })).json();
    assert.equal(doc.paths['/_dev/sms'], undefined);
  });
});
