import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TesseraError } from '../core/errors.ts';
import type { SecondFactorMethod } from './deps.ts';
import { decideLogin, type FirstFactor, type LoginDecision } from './login-decision.ts';

const device = { id: '0193f9a0-0000-7000-8000-000000000001', name: 'Phone A' };
const withPhone = { phone: '+8613800138000' };
const phoneless = { phone: null };

/** The decision, and whether it read the account's second factors. */
async function decide(account: { phone: string | null }, first: FirstFactor, known: boolean, factors: SecondFactorMethod[]) {
  let read = false;
  const decision = await decideLogin(account, first, known ? device : null, async () => {
    read = true;
    return factors;
  });
  return { decision, read };
}

const session = (known: boolean): LoginDecision => ({ kind: 'session', device: known ? device : null });

test('a known device needs nothing more, whatever the first factor, without reading the second factors', async () => {
  for (const first of ['password', 'sms', 'passkey'] as const) {
    for (const factors of [[], ['totp']] as SecondFactorMethod[][]) {
      assert.deepEqual(await decide(withPhone, first, true, factors), { decision: session(true), read: false }, `${first} ${factors}`);
    }
  }
});

test('a new device: the second factors when the account has any, else SMS after a password, nothing more after an SMS code', async () => {
  assert.deepEqual((await decide(withPhone, 'password', false, ['totp', 'recovery_code'])).decision, { kind: 'challenge', methods: ['totp', 'recovery_code'] });
  assert.deepEqual((await decide(withPhone, 'sms', false, ['passkey'])).decision, { kind: 'challenge', methods: ['passkey'] });
  assert.deepEqual((await decide(withPhone, 'password', false, [])).decision, { kind: 'challenge', methods: ['sms'] });
  assert.deepEqual((await decide(withPhone, 'sms', false, [])).decision, session(false));
});

test('a passkey opens a session on a new device too, without reading the second factors', async () => {
  assert.deepEqual(await decide(withPhone, 'passkey', false, ['totp']), { decision: session(false), read: false });
  assert.deepEqual(await decide(phoneless, 'passkey', true, []), { decision: session(true), read: false });
});

test('an account whose number was released: a password alone never suffices, even on a known device', async () => {
  assert.deepEqual((await decide(phoneless, 'password', true, ['totp'])).decision, { kind: 'challenge', methods: ['totp'] });
  await assert.rejects(
    decide(phoneless, 'password', true, []),
    (err: unknown) => err instanceof TesseraError && err.code === 'forbidden' && err.details?.reason === 'phone_released_no_second_factor',
  );
});
