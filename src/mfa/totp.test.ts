import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import { matchTotp, newTotpSecret, totpEnrolment, totpFor, totpStep, TOTP_PERIOD_SECONDS } from './totp.ts';

// RFC 6238 Appendix B: the SHA-1 seed is the ASCII "12345678901234567890".
const RFC_SECRET = Secret.fromLatin1('12345678901234567890').base32;
const RFC_SHA1_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

test('RFC 6238 Appendix B SHA-1 vectors (8 digits) with the algorithm and period Tessera uses', () => {
  const base = totpFor(RFC_SECRET);
  for (const [seconds, expected] of RFC_SHA1_VECTORS) {
    const eight = new TOTP({ secret: base.secret, algorithm: base.algorithm, period: base.period, digits: 8 });
    assert.equal(eight.generate({ timestamp: seconds * 1000 }), expected, `T=${seconds}`);
  }
});

test('the 6-digit codes Tessera accepts are the last 6 digits of the RFC vectors', () => {
  for (const [seconds, expected] of RFC_SHA1_VECTORS) {
    const now = new Date(seconds * 1000);
    assert.equal(totpFor(RFC_SECRET).generate({ timestamp: now.getTime() }), expected.slice(-6));
    assert.equal(matchTotp(RFC_SECRET, expected.slice(-6), now), totpStep(now));
  }
});

test('new secrets: 160 bits of base32, all distinct', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    const s = newTotpSecret();
    assert.match(s, /^[A-Z2-7]{32}$/);
    assert.equal(Secret.fromBase32(s).bytes.length, 20);
    seen.add(s);
  }
  assert.equal(seen.size, 200);
});

test('matching: ±1 step of drift, the matched step returned, nothing further', () => {
  // A fixed seed and time, so the far codes are known to differ from the near ones.
  const now = new Date('2026-03-01T08:00:10Z');
  const at = (offsetSeconds: number) => totpFor(RFC_SECRET).generate({ timestamp: now.getTime() + offsetSeconds * 1000 });
  const step = totpStep(now);
  assert.equal(matchTotp(RFC_SECRET, at(0), now), step);
  assert.equal(matchTotp(RFC_SECRET, at(-TOTP_PERIOD_SECONDS), now), step - 1);
  assert.equal(matchTotp(RFC_SECRET, at(TOTP_PERIOD_SECONDS), now), step + 1);
  const near = [at(-30), at(0), at(30)];
  for (const far of [-60, 60, -90, 90]) {
    assert.ok(!near.includes(at(far)));
    assert.equal(matchTotp(RFC_SECRET, at(far), now), null, `${far} s`);
  }
});

test('matching tolerates spaces and full-width digits, refuses other shapes', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-03-01T08:00:10Z');
  const code = totpFor(secret).generate({ timestamp: now.getTime() });
  const fullWidth = [...code].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
  assert.equal(matchTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now), totpStep(now));
  assert.equal(matchTotp(secret, fullWidth, now), totpStep(now));
  for (const bad of ['', code.slice(0, 5), `${code}0`, 'abcdef', `${code.slice(0, 5)}x`]) {
    assert.equal(matchTotp(secret, bad, now), null, bad);
  }
});

test('enrolment: otpauth URI with issuer, label, SHA1, 6 digits, 30 s; a PNG QR', async () => {
  const secret = newTotpSecret();
  const { uri, qr } = await totpEnrolment(secret, 'Tessera', 'wang_xm');
  const url = new URL(uri);
  assert.equal(url.protocol, 'otpauth:');
  assert.equal(url.host, 'totp');
  assert.equal(decodeURIComponent(url.pathname), '/Tessera:wang_xm');
  assert.equal(url.searchParams.get('secret'), secret);
  assert.equal(url.searchParams.get('issuer'), 'Tessera');
  assert.equal(url.searchParams.get('algorithm'), 'SHA1');
  assert.equal(url.searchParams.get('digits'), '6');
  assert.equal(url.searchParams.get('period'), '30');
  assert.match(qr, /^data:image\/png;base64,/);
  const png = Buffer.from(qr.slice(qr.indexOf(',') + 1), 'base64');
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

test('oathtool, as an authenticator app, agrees with Tessera', { skip: hasOathtool() ? false : 'oathtool not installed' }, () => {
  const secret = newTotpSecret();
  const now = new Date('2026-05-04T03:02:01Z');
  const code = execFileSync('oathtool', ['--totp', '-b', secret, '--now', now.toISOString()], { encoding: 'utf8' }).trim();
  assert.equal(matchTotp(secret, code, now), totpStep(now));
});

function hasOathtool(): boolean {
  try {
    execFileSync('oathtool', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
