// Real answers against the document: a new person signs up, logs in, looks around and makes
// mistakes, and each answer (status and body) is checked with ajv against what /openapi.json says
// that operation answers, with no field the document does not name. The server's own
// conformance check is off here, so that only the published document judges.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { LightMyRequestResponse } from 'fastify';
import { closedSchema } from '../src/http/conformance.ts';
import { STRONG_PASSWORD, startTestApp, uniquePhone, type TestApp } from './helpers/app.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> };

describe('answers match /openapi.json', () => {
  let app: TestApp;
  let doc: Doc;
  let ajv: Ajv2020;
  const checked: string[] = [];
  const mismatches: string[] = [];

  before(async () => {
    process.env.TESSERA_CHECK_RESPONSES = '0';
    app = await startTestApp('pglite');
    doc = (await app.request('GET', '/openapi.json')).json();
    ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    ajv.addFormat('password', true);
    ajv.addSchema(closedSchema(doc) as object, 'doc');
  });
  after(async () => app?.close());

  /** Sends a request and checks its answer against the operation `METHOD /path/{param}`. */
  async function call(operation: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse> {
    const [method = '', path = ''] = operation.split(' ');
    const res = await app.request(method, url, body, headers);
    const responses = doc.paths[path]?.[method.toLowerCase()]?.responses;
    checked.push(`${operation} ${res.statusCode}`);
    if (!responses) mismatches.push(`${operation}: not in the document`);
    else if (!responses[String(res.statusCode)]) mismatches.push(`${operation}: status ${res.statusCode} not documented (${res.body.slice(0, 200)})`);
    else if (responses[String(res.statusCode)]?.content) {
      const pointer = ['paths', path, method.toLowerCase(), 'responses', String(res.statusCode), 'content', 'application/json', 'schema']
        .map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1'))
        .join('/');
      const validate = ajv.getSchema(`doc#/${pointer}`);
      if (!validate) mismatches.push(`${operation} ${res.statusCode}: no JSON schema`);
      else if (!validate(res.json())) mismatches.push(`${operation} ${res.statusCode}: ${ajv.errorsText(validate.errors)} in ${res.body.slice(0, 300)}`);
    } else if (res.body !== '') mismatches.push(`${operation} ${res.statusCode}: a body where none is documented`);
    return res;
  }

  test('a sign-up, logins, the security centre and mistakes', async () => {
    const phone = uniquePhone();
    const start = await call('POST /v1/registrations', '/v1/registrations', { phone });
    const id = start.json().id as string;
    await call('GET /v1/registrations/{id}', `/v1/registrations/${id}`);
    await call('POST /v1/registrations/{id}/verify', `/v1/registrations/${id}/verify`, { code: 'abc' });
    await call('POST /v1/registrations/{id}/verify', `/v1/registrations/${id}/verify`, { code: '000000' });
    await call('POST /v1/registrations/{id}/verify', `/v1/registrations/${id}/verify`, { code: await app.lastCode(phone) });
    await call('POST /v1/registrations/{id}/complete', `/v1/registrations/${id}/complete`, { password: 'short', acceptTerms: true });
    await call('POST /v1/registrations/{id}/complete', `/v1/registrations/${id}/complete`, { password: 'password123', acceptTerms: true });
    const handle = `Ans_${Date.now().toString(36)}`;
    const done = await call('POST /v1/registrations/{id}/complete', `/v1/registrations/${id}/complete`, {
      password: STRONG_PASSWORD,
      handle,
      acceptTerms: true,
    });
    const auth = { authorization: `Bearer ${done.json().session.token}` };
    const deviceToken = done.json().deviceToken as string;

    await call('GET /v1/me', '/v1/me', undefined, auth);
    await call('GET /v1/me', '/v1/me');
    await call('GET /v1/handles/{handle}', `/v1/handles/${handle}`);
    await call('GET /v1/handles/{handle}', '/v1/handles/ok_free_handle_1');
    await call('GET /v1/me/sessions', '/v1/me/sessions', undefined, auth);
    await call('GET /v1/me/devices', '/v1/me/devices', undefined, auth);
    await call('GET /v1/me/security-events', '/v1/me/security-events?limit=5', undefined, auth);
    await call('GET /v1/me/factors', '/v1/me/factors', undefined, auth);
    await call('GET /v1/me/entitlements', '/v1/me/entitlements', undefined, auth);
    await call('GET /v1/me/export', '/v1/me/export', undefined, auth);
    await call('POST /v1/tokens', '/v1/tokens', {}, auth);
    await call('GET /.well-known/jwks.json', '/.well-known/jwks.json');
    await call('GET /v1/pow/challenge', '/v1/pow/challenge');
    await call('POST /v1/password-strength', '/v1/password-strength', { password: 'letmein' });

    await call('POST /v1/sessions', '/v1/sessions', { identifier: phone, password: 'wrong-password-1' });
    await call('POST /v1/sessions', '/v1/sessions', { identifier: phone, password: STRONG_PASSWORD });
    await call('POST /v1/sessions', '/v1/sessions', { identifier: handle, password: STRONG_PASSWORD, deviceToken });
    await call('POST /v1/sessions', '/v1/sessions', { identifier: phone });
    const code = await call('POST /v1/login-codes', '/v1/login-codes', { phone });
    await call('POST /v1/login-codes/{id}/verify', `/v1/login-codes/${code.json().id}/verify`, { code: await app.lastCode(phone), deviceToken });
    await call('POST /v1/login-codes/{id}/verify', '/v1/login-codes/nothing/verify', { code: '123456' });
    await call('POST /v1/recoveries', '/v1/recoveries', { phone: uniquePhone() });
    await call('POST /v1/recoveries', '/v1/recoveries', { phone: '12' });
    await call('POST /v1/me/reauthenticate', '/v1/me/reauthenticate', { password: STRONG_PASSWORD }, auth);
    await call('PUT /v1/me/handle', '/v1/me/handle', { handle }, auth);
    await call('DELETE /v1/session', '/v1/session', undefined, auth);
    await call('GET /v1/me/sessions', '/v1/me/sessions', undefined, auth);

    assert.deepEqual(mismatches, [], `checked: ${checked.join(', ')}`);
    assert.ok(checked.length >= 35);
  });
});
