import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newRecoveryCode, newRecoveryCodes, normalizeRecoveryCode, recoveryCodeHash, RECOVERY_CODE_COUNT } from './recovery-codes.ts';

test('codes: xxxx-xxxx-xxxx-xxxx in lower-case base32, 80 bits, every character used', () => {
  const seen = new Set<string>();
  const chars = new Set<string>();
  for (let i = 0; i < 500; i++) {
    const code = newRecoveryCode();
    assert.match(code, /^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    seen.add(code);
    for (const c of code.replace(/-/g, '')) chars.add(c);
  }
  assert.equal(seen.size, 500);
  assert.equal(chars.size, 32);
});

test('a set is 10 distinct codes', () => {
  const codes = newRecoveryCodes();
  assert.equal(codes.length, RECOVERY_CODE_COUNT);
  assert.equal(new Set(codes).size, RECOVERY_CODE_COUNT);
});

test('normalisation: case, spaces, dashes, full width and look-alike digits give the same code', () => {
  const code = newRecoveryCode();
  const canonical = code.replace(/-/g, '');
  const fullWidth = [...code.toUpperCase()].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
  for (const variant of [
    code,
    code.toUpperCase(),
    canonical,
    canonical.toUpperCase(),
    code.replace(/-/g, ' '),
    ` ${code} `,
    `${code.slice(0, 9)}${code.slice(10)}`,
    fullWidth,
  ]) {
    assert.equal(normalizeRecoveryCode(variant), canonical, variant);
  }
  assert.equal(normalizeRecoveryCode('abcd-efgh-ijk0-1b8z'), 'abcdefghijkolbbz');
});

test('normalisation refuses what cannot be a code', () => {
  for (const bad of ['', 'abcd-efgh-ijkl', 'abcd-efgh-ijkl-mnop-q', 'abcd-efgh-ijkl-mno9', 'abcd-efgh-ijkl-mn!p', '123456']) {
    assert.equal(normalizeRecoveryCode(bad), null, bad);
  }
});

test('the stored hash is keyed: another key, another hash; never the code itself', () => {
  const code = normalizeRecoveryCode(newRecoveryCode())!;
  const a = recoveryCodeHash(new Uint8Array(32).fill(1), code);
  const b = recoveryCodeHash(new Uint8Array(32).fill(2), code);
  assert.match(a, /^[0-9a-f]{64}$/);
  assert.notEqual(a, b);
  assert.equal(a, recoveryCodeHash(new Uint8Array(32).fill(1), code));
  assert.ok(!a.includes(code));
});
