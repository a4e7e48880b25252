import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { STRONG_PASSWORD, uniquePhone, verifiedFlow } from '../helpers/app.ts';
import { forEachStore } from '../helpers/stores.ts';

/*
 * Strings neither store accepts. Postgres and PGlite refuse NUL in text, so a NUL that reached a
 * query used to answer 500 internal_error; a lone surrogate was stored as U+FFFD. The HTTP edge
 * refuses both, and every other control character, in bodies, path parameters, query strings and
 * the headers Tessera reads: 400 invalid_request naming the field (http/edge-input.ts). Each case
 * runs on PGlite and on Postgres, the stores whose refusal made the 500.
 */

/** A NUL, lone surrogates of both halves, an escape (C0), DEL and a C1 control. */
const BAD: readonly [string, string][] = [
  ['a\u0000b', 'control_character'],
  ['\uD800abc', 'lone_surrogate'],
  ['abc\uDC00', 'lone_surrogate'],
  ['a\u001Bb', 'control_character'],
  ['a\u007Fb', 'control_character'],
  ['a\u0085b', 'control_character'],
];
/** A flow id in the path: malformed is flow_not_found (docs/errors.md), whatever is wrong with it. */
const FLOW_PATH = /^\/v1\/(registrations|login-codes|challenges|recoveries|me\/phone-change)\/\{id\}/;

function assertRefused(res: LightMyRequestResponse, field: string, reason: string | undefined, what: string): void {
  const label = `${what} → ${res.statusCode} ${res.body.slice(0, 300)}`;
  assert.equal(res.statusCode, 400, label);
  const { error } = res.json();
  assert.equal(error.code, 'invalid_request', label);
  assert.equal(error.details.field, field, label);
  if (reason) assert.equal(error.details.reason, reason, label);
}

type Operation = { path: string; method: string; op: any };

function operations(doc: any): Operation[] {
  return Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
}

/** The path with each `{param}` filled: `given` for the one named, a harmless value for the others. */
function fill(path: string, name?: string, given?: string): string {
  return path.replace(/\{(\w+)\}/g, (_, p: string) => (p === name ? given! : p === 'id' ? 'AAAAAAAAAAAAAAAAAAAAAA' : 'x'));
}

const isString = (schema: any) => schema?.type === 'string' || (Array.isArray(schema?.type) && schema.type.includes('string'));

forEachStore((store, suite) => {
  const { skip } = suite;
  describe(`strings no store accepts are refused at the edge (${store})`, () => {
    // Behind a proxy, so that X-Forwarded-For is the client IP that flows store.
    const { app, it } = suite.app({ policy: { http: { trustProxy: true } } });
    let doc: any;
    let auth: Record<string, string>;
    let admin: Record<string, string>;
    /** The session of an account, or the admin token on the admin API. */
    const authFor = (path: string) => (path.startsWith('/admin/') ? admin : auth);
    before(async () => {
      if (skip) return;
      const { id } = await verifiedFlow(app);
      const done = await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true });
      assert.equal(done.statusCode, 201, done.body);
      auth = { authorization: `Bearer ${done.json().session.token}` };
      admin = { authorization: `Bearer ${readFileSync(join(app.dataDir, 'admin-token'), 'utf8').trim()}` };
      doc = (await app.request('GET', '/openapi.json')).json();
    });

    it('NUL in the JSON strings of login and registration: 400 naming the field, where a 500 was', async () => {
      const { id } = await verifiedFlow(app);
      const cases: [string, string, Record<string, unknown>, string][] = [
        ['POST', '/v1/sessions', { identifier: 'a\u0000b', password: 'x' }, 'identifier'],
        ['POST', '/v1/sessions', { identifier: 'someone1', password: 'x', deviceName: 'Phone\u0000' }, 'deviceName'],
        ['POST', '/v1/registrations', { phone: uniquePhone(), deviceName: '\u0000' }, 'deviceName'],
        ['POST', '/v1/registrations', { phone: '+86\u0000138' }, 'phone'],
        ['POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true, deviceName: 'a\u0000b' }, 'deviceName'],
        ['POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true, displayName: 'Ann\u0000' }, 'displayName'],
        ['POST', '/v1/me/reauthenticate', { password: `${STRONG_PASSWORD}\u0000` }, 'password'],
        ['POST', '/v1/login-codes', { phone: uniquePhone(), locale: 'en\u0000' }, 'locale'],
      ];
      for (const [method, url, body, field] of cases) {
        assertRefused(await app.request(method, url, body, auth), field, 'control_character', `${method} ${url} ${JSON.stringify(body)}`);
      }
      // The flow was not touched: it completes with clean input.
      const clean = await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true, deviceName: 'ab' });
      assert.equal(clean.statusCode, 201, clean.body);
    });

    it('NUL in a path: DELETE /v1/me/sessions/a%00b and /v1/me/devices/a%00b are 400 naming id', async () => {
      for (const url of ['/v1/me/sessions/a%00b', '/v1/me/devices/a%00b', '/v1/me/sessions/%00']) {
        assertRefused(await app.request('DELETE', url, undefined, auth), 'id', 'control_character', `DELETE ${url}`);
      }
      const clean = await app.request('DELETE', '/v1/me/sessions/ab', undefined, auth);
      assert.ok(clean.statusCode < 500 && clean.statusCode !== 400, `a clean id reaches the store: ${clean.statusCode} ${clean.body}`);
    });

    it('every string field of every request body in /openapi.json', async () => {
      let checked = 0;
      for (const { path, method, op } of operations(doc)) {
        const properties = op.requestBody?.content?.['application/json']?.schema?.properties ?? {};
        for (const [field, schema] of Object.entries<any>(properties)) {
          if (!isString(schema)) continue;
          for (const [bad, reason] of BAD) {
            const res = await app.request(method, fill(path), { [field]: bad }, authFor(path));
            assertRefused(res, field, reason, `${method} ${path} ${field}=${JSON.stringify(bad)}`);
            checked += 1;
          }
        }
      }
      assert.ok(checked > 40 * BAD.length, `only ${checked} cases: /openapi.json lost its bodies?`);
    });

    it('nested strings and object keys: named by their path', async () => {
      const credential = { id: 'ok', response: { clientDataJSON: 'x\u0000' } };
      assertRefused(
        await app.request('POST', '/v1/me/reauthenticate', { method: 'passkey', credential }, auth),
        'credential.response.clientDataJSON',
        'control_character',
        'nested',
      );
      assertRefused(
        await app.request('POST', '/v1/me/reauthenticate', { method: 'passkey', credential: { ['k\u0000']: 1 } }, auth),
        'credential',
        'control_character',
        'a bad key',
      );
      assertRefused(await app.request('POST', '/v1/sessions', { ['\uD800']: 1 }), 'body', 'lone_surrogate', 'a bad top-level key');
      const deep = '['.repeat(20_000) + '"\\u0000"' + ']'.repeat(20_000);
      const res = await app.tessera.server.inject({ method: 'POST', url: '/v1/sessions', payload: deep, headers: { 'content-type': 'application/json' } });
      assert.equal(res.statusCode, 400, res.body.slice(0, 200));
      assert.equal(res.json().error.code, 'invalid_request');
    });

    it('every path parameter in /openapi.json: 400 naming it, or flow_not_found for a flow id', async () => {
      let checked = 0;
      for (const { path, method, op } of operations(doc)) {
        for (const param of (op.parameters ?? []).filter((p: any) => p.in === 'path')) {
          for (const bad of ['a%00b', '%1B', '%C2%85', 'a%7F']) {
            const url = fill(path, param.name, bad);
            const res = await app.request(method, url, method === 'GET' || method === 'DELETE' ? undefined : {}, authFor(path));
            if (FLOW_PATH.test(path) && param.name === 'id') {
              assert.equal(res.statusCode, 404, `${method} ${url} → ${res.body}`);
              assert.equal(res.json().error.code, 'flow_not_found');
            } else {
              assertRefused(res, param.name, 'control_character', `${method} ${url}`);
            }
            checked += 1;
          }
        }
      }
      assert.ok(checked > 20, `only ${checked} cases`);
    });

    it('every query parameter in /openapi.json', async () => {
      let checked = 0;
      for (const { path, method, op } of operations(doc)) {
        for (const param of (op.parameters ?? []).filter((p: any) => p.in === 'query')) {
          const url = `${fill(path)}?${param.name}=a%00b`;
          assertRefused(await app.request(method, url, undefined, authFor(path)), param.name, 'control_character', `${method} ${url}`);
          checked += 1;
        }
      }
      assert.ok(checked >= 5, `only ${checked} cases`);
      assertRefused(await app.request('GET', '/v1/sms/receipts/kannel/main?id=a%00b&status=1'), 'id', 'control_character', 'a Kannel receipt');
    });

    it('the headers whose values are read: client IP, user agent, authorization', async () => {
      assertRefused(
        await app.request('POST', '/v1/registrations', { phone: uniquePhone() }, { 'x-forwarded-for': '203.0.113.7\u0000' }),
        'headers.x-forwarded-for',
        'control_character',
        'x-forwarded-for',
      );
      assertRefused(
        await app.request('POST', '/v1/sessions', { identifier: 'someone1', password: 'x' }, { 'user-agent': 'Browser\u0085' }),
        'headers.user-agent',
        'control_character',
        'user-agent',
      );
      assertRefused(
        await app.request('GET', '/v1/me', undefined, { authorization: 'Bearer a\u0000b.c' }),
        'headers.authorization',
        'control_character',
        'authorization',
      );
      assertRefused(await app.request('GET', '/v1/me', undefined, { cookie: 'tessera_session=a\u0000b.c' }), 'headers.cookie', 'control_character', 'cookie');
      const plain = await app.request(
        'POST',
        '/v1/registrations',
        { phone: uniquePhone() },
        { 'x-forwarded-for': '203.0.113.7', 'user-agent': 'Browser\u00e9' },
      );
      assert.equal(plain.statusCode, 201, plain.body);
    });

    it('receipt bodies that the receipt routes parse themselves', async () => {
      const aliyun = await app.tessera.server.inject({
        method: 'POST',
        url: '/v1/sms/receipts/aliyun/main',
        headers: { 'content-type': 'application/json' },
        payload: '[{\n  "phone_number": "1380013800\\u0000",\n  "success": true\n}]',
      });
      assertRefused(aliyun, '0.phone_number', 'control_character', 'an Alibaba Cloud receipt');
      const raw = await app.tessera.server.inject({
        method: 'POST',
        url: '/v1/sms/receipts/http/main',
        headers: { 'content-type': 'application/json' },
        payload: '{"id":"a\u0000"}',
      });
      assertRefused(raw, 'body', 'control_character', 'a raw NUL in a text body');
    });
  });
});
