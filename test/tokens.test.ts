import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import {
  base64url,
  calculateJwkThumbprint,
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  UnsecuredJWT,
  type JSONWebKeySet,
  type JWTPayload,
} from 'jose';
import { ManualClock } from '../src/core/clock.ts';
import { decrypt, generateSecret } from '../src/core/secrets.ts';
import { createTokenService, type TokenService } from '../src/sessions/jwt/index.ts';
import { createSigningKeyStore } from '../src/storage/signing-keys-repo.ts';
import { STRONG_PASSWORD, postgresUnavailable, startTestApp, verifiedFlow, type TestApp } from './helpers/app.ts';
import { forEachStore } from './helpers/stores.ts';
import { createScratchDatabase } from './helpers/services.ts';

const PG_SKIP = await postgresUnavailable();
const VERIFY = { algorithms: ['EdDSA'], typ: 'JWT' };
let handles = 0;

/** Registers an account and returns its session token and account. */
async function signIn(app: TestApp): Promise<{ token: string; sessionId: string; account: { id: string; handle: string; trustLevel: number } }> {
  const { id } = await verifiedFlow(app);
  handles += 1;
  const handle = `tok_${process.pid % 10000}_${handles}_${Date.now().toString(36).slice(-3)}`.slice(0, 20);
  const done = await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, handle, acceptTerms: true });
  if (done.statusCode !== 201) throw new Error(`complete failed: ${done.body}`);
  const token = done.json().session.token as string;
  return { token, sessionId: token.split('.')[0]!, account: done.json().account };
}

async function accessToken(app: TestApp, sessionToken: string, host = 'id.example.test'): Promise<string> {
  const res = await app.request('POST', '/v1/tokens', undefined, { authorization: `Bearer ${sessionToken}`, host });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().accessToken;
}

async function jwks(app: TestApp): Promise<JSONWebKeySet> {
  const res = await app.request('GET', '/.well-known/jwks.json');
  assert.equal(res.statusCode, 200);
  return res.json();
}

/** Another node of the same deployment, in-process: same database, same server secret. */
function peerService(app: TestApp, clock: ManualClock): TokenService {
  return createTokenService({ store: createSigningKeyStore(app.tessera.database.db), keys: app.tessera.deps.keys, clock });
}

async function rejects(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (err: { code?: string }) => err.code === code);
}

forEachStore((store, suite) => {
  const { it } = suite;

  describe(`access tokens over HTTP (${store})`, () => {
    const { app, clock } = suite.app();

    it('POST /v1/tokens needs a session', async () => {
      const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer nope.nope' }, { authorization: 'Basic abc' }];
      for (const headers of attempts) {
        const res = await app.request('POST', '/v1/tokens', undefined, headers);
        assert.equal(res.statusCode, 401);
        assert.equal(res.json().error.code, 'unauthenticated');
      }
    });

    it('issues an EdDSA JWT with the specified claims, verifiable against the published JWKS', async () => {
      const { token, sessionId, account } = await signIn(app);
      const res = await app.request('POST', '/v1/tokens', undefined, { authorization: `Bearer ${token}`, host: 'id.example.test' });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().tokenType, 'Bearer');
      assert.equal(res.json().expiresIn, 600);

      const published = await app.request('GET', '/.well-known/jwks.json');
      assert.equal(published.headers['cache-control'], 'public, max-age=300');
      const set = published.json() as JSONWebKeySet;
      assert.ok(set.keys.length >= 1);
      for (const key of set.keys) {
        assert.deepEqual({ kty: key.kty, crv: key.crv, alg: key.alg, use: key.use }, { kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
        assert.equal(key.d, undefined);
        assert.equal(key.kid, await calculateJwkThumbprint(key));
      }

      const { payload, protectedHeader } = await jwtVerify(res.json().accessToken, createLocalJWKSet(set), {
        ...VERIFY,
        issuer: 'http://id.example.test',
        currentDate: clock.now(),
      });
      assert.deepEqual({ ...protectedHeader }, { alg: 'EdDSA', kid: protectedHeader.kid, typ: 'JWT' });
      assert.ok(set.keys.some((k) => k.kid === protectedHeader.kid));
      const iat = Math.floor(clock.now().getTime() / 1000);
      assert.deepEqual(
        { iss: payload.iss, sub: payload.sub, sid: payload.sid, handle: payload.handle, trustLevel: payload.trustLevel, iat: payload.iat, exp: payload.exp },
        { iss: 'http://id.example.test', sub: account.id, sid: sessionId, handle: account.handle, trustLevel: 0, iat, exp: iat + 600 },
      );
      assert.equal(typeof payload.jti, 'string');
      const again = decodeJwt(await accessToken(app, token));
      assert.notEqual(again.jti, payload.jti);
    });

    it('refuses alg none, a foreign key under our kid, a tampered payload, a wrong issuer and an expired token', async () => {
      const { token } = await signIn(app);
      const good = await accessToken(app, token);
      const set = createLocalJWKSet(await jwks(app));
      const peer = peerService(app, clock);
      const opts = { ...VERIFY, currentDate: clock.now() };
      const claims = decodeJwt(good) as JWTPayload;
      const { kid } = decodeProtectedHeader(good);
      assert.ok(await peer.verify(good, 'http://id.example.test'), 'the genuine token passes first');

      const unsecured = new UnsecuredJWT(claims).encode();
      const [, body] = good.split('.');
      const noneWithKid = `${base64url.encode(JSON.stringify({ alg: 'none', kid, typ: 'JWT' }))}.${body}.`;
      for (const bad of [unsecured, noneWithKid]) {
        await assert.rejects(jwtVerify(bad, set, opts));
        assert.equal(await peer.verify(bad), null);
      }

      const foreign = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
      const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', kid: kid!, typ: 'JWT' }).sign(foreign.privateKey);
      await rejects(jwtVerify(forged, set, opts), 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
      assert.equal(await peer.verify(forged), null);

      const [header, , signature] = good.split('.');
      const raised = base64url.encode(JSON.stringify({ ...claims, trustLevel: 2 }));
      const tampered = `${header}.${raised}.${signature}`;
      await rejects(jwtVerify(tampered, set, opts), 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
      assert.equal(await peer.verify(tampered), null);

      assert.equal(await peer.verify(good, 'https://elsewhere.example'), null);

      await rejects(jwtVerify(good, set, { ...opts, currentDate: new Date((claims.exp! + 1) * 1000) }), 'ERR_JWT_EXPIRED');
      clock.advance(601);
      assert.equal(await peer.verify(good), null);
      assert.ok(await peer.verify(await accessToken(app, token)), 'a fresh token passes after the clock moved');
    });

    it('keeps private keys sealed in the database', async () => {
      const rows = await app.tessera.database.db.selectFrom('signing_keys').selectAll().execute();
      assert.ok(rows.length >= 1);
      for (const row of rows) {
        const priv = JSON.parse(decrypt(app.tessera.deps.keys.encryption, row.private_enc)) as { d?: string; x: string };
        assert.equal(typeof priv.d, 'string');
        assert.ok(priv.d!.length >= 40);
        assert.ok(!row.private_enc.includes(priv.d!), 'the private key is not in private_enc in the clear');
        assert.ok(!row.public_jwk.includes(priv.d!));
        assert.equal(JSON.parse(row.public_jwk).x, priv.x);
        assert.equal(row.kid, await calculateJwkThumbprint(JSON.parse(row.public_jwk)));
      }
    });

    it('verifies through createRemoteJWKSet against a listening server', async () => {
      const { token } = await signIn(app);
      await app.tessera.server.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(app.tessera.server.server.address() as AddressInfo).port}`;
      const res = await fetch(`${base}/v1/tokens`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
      assert.equal(res.status, 200);
      const { accessToken: jwt } = (await res.json()) as { accessToken: string };
      const remote = createRemoteJWKSet(new URL('/.well-known/jwks.json', base));
      const { payload } = await jwtVerify(jwt, remote, { ...VERIFY, issuer: base, currentDate: clock.now() });
      assert.equal(payload.iss, base);
      const forged = await new SignJWT({ ...payload })
        .setProtectedHeader({ alg: 'EdDSA', kid: decodeProtectedHeader(jwt).kid!, typ: 'JWT' })
        .sign((await generateKeyPair('EdDSA', { crv: 'Ed25519' })).privateKey);
      await rejects(jwtVerify(forged, remote, { ...VERIFY, currentDate: clock.now() }), 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
    });
  });

  describe(`signing key rotation (${store})`, () => {
    const { app } = suite.app();
    const LEAD = 120;
    const LIFETIME = 600;
    const TAIL = 600 + 60; // token lifetime + clock leeway
    const node = (clock: ManualClock) =>
      createTokenService({
        store: createSigningKeyStore(app.tessera.database.db),
        keys: app.tessera.deps.keys,
        clock,
        publishLeadSeconds: LEAD,
        keyLifetimeSeconds: LIFETIME,
      });
    const claims = { sub: '0190f0f0-0000-7000-8000-000000000001', sid: 'sid-1', handle: 'rotation', trustLevel: 1 };
    const ISS = 'https://id.example.test';

    it('two nodes starting together make one key', async () => {
      const clock = new ManualClock('2026-03-01T00:00:00Z');
      const [a, b] = [node(clock), node(clock)];
      const [ta, tb] = await Promise.all([a.issue(claims, ISS), b.issue(claims, ISS)]);
      const rows = await app.tessera.database.db.selectFrom('signing_keys').select('kid').execute();
      assert.equal(rows.length, 1);
      assert.equal(decodeProtectedHeader(ta.accessToken).kid, rows[0]!.kid);
      assert.equal(decodeProtectedHeader(tb.accessToken).kid, rows[0]!.kid);
      assert.ok(await a.verify(tb.accessToken, ISS));
      assert.ok(await b.verify(ta.accessToken, ISS));
    });

    it('publishes a key a full lead before it signs and keeps a retired one until its tokens expire', async () => {
      const clock = new ManualClock('2026-03-01T00:00:00Z');
      const start = clock.now().getTime();
      const [signer, verifier] = [node(clock), node(clock)];
      const firstSeen = new Map<string, number>(); // kid → seconds when the JWKS first showed it
      const lastSeen = new Map<string, number>();
      const firstSigned = new Map<string, number>();
      const tokens: { jwt: string; kid: string; exp: number }[] = [];
      for (let t = 0; t <= 1500; t += 30) {
        const set = await signer.jwks();
        const kids = set.keys.map((k) => k.kid!);
        for (const kid of kids) {
          if (!firstSeen.has(kid)) firstSeen.set(kid, t);
          lastSeen.set(kid, t);
        }
        const { accessToken: jwt } = await signer.issue(claims, ISS);
        const kid = decodeProtectedHeader(jwt).kid!;
        if (!firstSigned.has(kid)) firstSigned.set(kid, t);
        tokens.push({ jwt, kid, exp: decodeJwt(jwt).exp! });
        const local = createLocalJWKSet(set);
        const now = clock.now();
        for (const old of tokens.filter((x) => x.exp * 1000 > now.getTime())) {
          await jwtVerify(old.jwt, local, { ...VERIFY, issuer: ISS, currentDate: now });
          assert.ok(await verifier.verify(old.jwt, ISS), `another node accepts a live token of ${old.kid} at ${t}s`);
        }
        clock.advance(30);
      }
      const signedKids = [...firstSigned.keys()];
      assert.ok(signedKids.length >= 3, `tokens carried ${signedKids.length} kids`);
      for (const [i, kid] of signedKids.entries()) {
        if (i > 0) assert.ok(firstSigned.get(kid)! - firstSeen.get(kid)! >= LEAD, `${kid} was published ${LEAD}s before it signed`);
      }
      // The first key retired when the second took over, and left the JWKS once its last token could have expired.
      const [k1, k2] = signedKids;
      const retiredAt = firstSigned.get(k2!)!;
      assert.ok(lastSeen.get(k1!)! >= retiredAt + TAIL - 30, 'the retired key stayed published while its tokens lived');
      assert.ok(lastSeen.get(k1!)! < retiredAt + TAIL, 'then it left the JWKS');
      const rows = await app.tessera.database.db.selectFrom('signing_keys').selectAll().execute();
      assert.ok(!rows.some((r) => r.kid === k1), 'and the database');
      for (const r of rows) assert.ok(r.activates_at.getTime() - r.created_at.getTime() >= LEAD * 1000 || r.activates_at.getTime() === start);
    });
  });
});

describe('two nodes on one Postgres database', () => {
  const it = (name: string, fn: () => Promise<void>) => test(name, { skip: PG_SKIP ?? false }, fn);
  let one: TestApp;
  let two: TestApp;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  before(async () => {
    if (PG_SKIP) return;
    scratch = await createScratchDatabase();
    const secret = generateSecret();
    const clock = new ManualClock(new Date());
    one = await startTestApp('postgres', { databaseUrl: scratch.url, secret, clock });
    two = await startTestApp('postgres', { databaseUrl: scratch.url, secret, clock });
  });
  after(async () => {
    await one?.close();
    await two?.close();
    await scratch?.drop();
  });

  it("share one key and verify each other's tokens", async () => {
    const { token } = await signIn(one);
    const [a, b] = await Promise.all([accessToken(one, token), accessToken(two, token)]);
    assert.equal(decodeProtectedHeader(a).kid, decodeProtectedHeader(b).kid);
    const [setOne, setTwo] = [await jwks(one), await jwks(two)];
    assert.deepEqual(setOne, setTwo);
    assert.equal(setOne.keys.length, 1);
    const now = one.clock.now();
    await jwtVerify(a, createLocalJWKSet(setTwo), { ...VERIFY, issuer: 'http://id.example.test', currentDate: now });
    await jwtVerify(b, createLocalJWKSet(setOne), { ...VERIFY, issuer: 'http://id.example.test', currentDate: now });
  });
});
