import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TesseraError } from '../../core/errors.ts';
import { authenticationCredential, registrationCredential, userHandleMatches, userHandleOf } from './credentials.ts';

const assertion = {
  id: 'AQID',
  rawId: 'AQID',
  type: 'public-key',
  response: { clientDataJSON: 'eyJ9', authenticatorData: 'AAAA', signature: 'MEUC', userHandle: 'AAAA' },
};

function refused(fn: () => unknown, reason: string) {
  assert.throws(
    fn,
    (err) => err instanceof TesseraError && err.code === 'invalid_request' && err.details?.field === 'credential' && err.details.reason === reason,
  );
}

test('a well-shaped assertion passes, with clientExtensionResults defaulted', () => {
  assert.deepEqual(authenticationCredential(assertion).clientExtensionResults, {});
});

test('malformed credentials are invalid_request, naming the part', () => {
  refused(() => authenticationCredential('x'), 'not_an_object');
  refused(() => authenticationCredential({ ...assertion, id: 'a+b' }), 'id');
  refused(() => authenticationCredential({ ...assertion, rawId: 'AQIE' }), 'rawId');
  refused(() => authenticationCredential({ ...assertion, type: 'password' }), 'type');
  refused(() => authenticationCredential({ ...assertion, response: { ...assertion.response, signature: 42 } }), 'response.signature');
  refused(() => registrationCredential(assertion), 'response.attestationObject');
  refused(
    () => registrationCredential({ ...assertion, response: { clientDataJSON: 'eyJ9', attestationObject: 'o2Nm', transports: 'usb' } }),
    'response.transports',
  );
});

test("the user handle is the account UUID's 16 bytes", () => {
  const id = '0190f3c2-7b1e-7cc1-9a53-0f1e2d3c4b5a';
  assert.equal(Buffer.from(userHandleOf(id)).toString('hex'), id.replace(/-/g, ''));
  assert.ok(userHandleMatches(Buffer.from(userHandleOf(id)).toString('base64url'), id));
  assert.ok(!userHandleMatches(Buffer.from(userHandleOf(id.replace('5a', '5b'))).toString('base64url'), id));
});
