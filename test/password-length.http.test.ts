import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PASSWORD_LENGTH_CEILING, buildPolicy } from '../src/config/index.ts';
import { STRONG_PASSWORD, startTestApp, verifiedFlow, type TestApp } from './helpers/app.ts';

/*
 * The password length rule answers for itself (docs/errors.md: `password_invalid`, 422), on every route
 * that takes a password: no schema limit refuses a long one first as `invalid_request`.
 */

/** Every route that takes a password, as docs/api.md and the security center name them. */
const EXPECTED = [
  'POST /v1/registrations/{id}/complete password',
  'POST /v1/sessions password',
  'POST /v1/me/reauthenticate password',
  'POST /v1/me/password currentPassword',
  'POST /v1/me/password newPassword',
  'PUT /v1/me/handle password',
  'POST /v1/account-freezes password',
  'POST /v1/account-unfreezes password',
  'POST /v1/recoveries/{id}/complete newPassword',
  'POST /v1/password-strength password',
];

describe('password length at every route that takes a password (pglite)', () => {
  let app: TestApp;
  let auth: Record<string, string>;
  let fields: { method: string; path: string; field: string; maxLength?: number }[];
  before(async () => {
    app = await startTestApp('pglite');
    const { id } = await verifiedFlow(app);
    const done = await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true });
    assert.equal(done.statusCode, 201, done.body);
    auth = { authorization: `Bearer ${done.json().session.token}` };
    const doc = (await app.request('GET', '/openapi.json')).json();
    fields = [];
    for (const [path, methods] of Object.entries<Record<string, any>>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(methods)) {
        const properties = op.requestBody?.content?.['application/json']?.schema?.properties ?? {};
        for (const [field, schema] of Object.entries<any>(properties)) {
          if (schema.format === 'password') fields.push({ method: method.toUpperCase(), path, field, maxLength: schema.maxLength });
        }
      }
    }
  });
  after(async () => app?.close());

  test('/openapi.json marks every password field (format: password) and none has a maxLength', () => {
    const found = fields.map((f) => `${f.method} ${f.path} ${f.field}`);
    for (const expected of EXPECTED) assert.ok(found.includes(expected), `${expected} is not marked; marked: ${found.join(', ')}`);
    for (const f of fields) assert.equal(f.maxLength, undefined, `${f.method} ${f.path} ${f.field} has a maxLength`);
  });

  test('a 5,000-character password is 422 password_invalid naming its field, on each of them', async () => {
    const { id: flowId } = await verifiedFlow(app);
    for (const { method, path, field } of fields) {
      for (const long of ['a'.repeat(5000), '\u{1F600}'.repeat(2500), 'Ａ'.repeat(PASSWORD_LENGTH_CEILING + 1)]) {
        const url = path.replace('{id}', flowId);
        const res = await app.request(method, url, { [field]: long }, auth);
        const label = `${method} ${path} ${field} (${long.length} units) → ${res.statusCode} ${res.body.slice(0, 200)}`;
        assert.equal(res.statusCode, 422, label);
        const { error } = res.json();
        assert.equal(error.code, 'password_invalid', label);
        assert.deepEqual(error.details, { field, minLength: 8, maxLength: 128 }, label);
      }
    }
  });

  test('registration applies the configured bound; a password checked at login only the ceiling', async () => {
    const { id } = await verifiedFlow(app);
    const over = await app.request('POST', `/v1/registrations/${id}/complete`, { password: `${STRONG_PASSWORD}-${'x'.repeat(200)}`, acceptTerms: true });
    assert.equal(over.statusCode, 422, over.body);
    assert.equal(over.json().error.code, 'password_invalid');
    // Longer than today's maxLength but within the ceiling: maybe set under a higher maxLength, so it is checked.
    const login = await app.request('POST', '/v1/sessions', { identifier: 'someone1', password: 'x'.repeat(300) });
    assert.equal(login.statusCode, 401, login.body);
    assert.equal(login.json().error.code, 'invalid_credentials');
    const atCeiling = await app.request('POST', '/v1/sessions', { identifier: 'someone1', password: 'x'.repeat(PASSWORD_LENGTH_CEILING) });
    assert.equal(atCeiling.json().error.code, 'invalid_credentials');
    const past = await app.request('POST', '/v1/sessions', { identifier: 'someone1', password: 'x'.repeat(PASSWORD_LENGTH_CEILING + 1) });
    assert.equal(past.json().error.code, 'password_invalid');
  });

  test('password.maxLength cannot be set past the ceiling', () => {
    assert.equal(buildPolicy({ password: { maxLength: PASSWORD_LENGTH_CEILING } }).password.maxLength, PASSWORD_LENGTH_CEILING);
    assert.throws(() => buildPolicy({ password: { maxLength: PASSWORD_LENGTH_CEILING + 1 } }), /password\.maxLength/);
  });
});
