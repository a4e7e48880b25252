import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError } from '../../core/errors.ts';
import { buildPolicy } from '../../config/index.ts';
import { checkWebAuthnSettings, resolveRelyingParty } from './relying-party.ts';

const request = { protocol: 'http', hostname: 'localhost', host: 'localhost:3000' };

test('empty settings take the RP from the request: host without port as RP ID, protocol://host as origin, app name', () => {
  const rp = resolveRelyingParty(buildPolicy({}).webauthn, 'Tessera', request);
  assert.deepEqual(rp, { id: 'localhost', name: 'Tessera', origins: ['http://localhost:3000'] });
  assert.equal(
    resolveRelyingParty(buildPolicy({}).webauthn, 'Tessera', { protocol: 'https', hostname: 'ID.Example.com', host: 'ID.Example.com' }).id,
    'id.example.com',
  );
});

test('configured settings win over the request', () => {
  const settings = buildPolicy({
    webauthn: { rpId: 'example.com', rpName: 'Example', origins: ['https://id.example.com', 'android:apk-key-hash:abc_-1'] },
  }).webauthn;
  assert.deepEqual(resolveRelyingParty(settings, 'Tessera', request), {
    id: 'example.com',
    name: 'Example',
    origins: ['https://id.example.com', 'android:apk-key-hash:abc_-1'],
  });
});

test('bad settings stop the start, named', () => {
  assert.throws(() => buildPolicy({ webauthn: { rpId: 'https://example.com' } }), /webauthn\.rpId/);
  assert.throws(() => buildPolicy({ webauthn: { origins: ['https://example.com/login'] } }), /webauthn\.origins/);
  assert.throws(() => buildPolicy({ webauthn: { origins: 'https://example.com' } }), /webauthn\.origins/);
  assert.throws(() => buildPolicy({ webauthn: { rpID: 'example.com' } }), /unknown key "webauthn\.rpID"/);
  assert.throws(() => checkWebAuthnSettings({ rpId: 'example.com', rpName: '', origins: ['https://example.org'] }), ConfigError);
  assert.throws(() => checkWebAuthnSettings({ rpId: 'example.com', rpName: '', origins: ['https://notexample.com'] }), ConfigError);
  checkWebAuthnSettings({ rpId: 'example.com', rpName: '', origins: ['https://example.com', 'https://id.example.com:8443'] });
});
