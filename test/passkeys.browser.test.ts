import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { ManualClock } from '../src/core/clock.ts';
import { STORES, STRONG_PASSWORD, postgresUnavailable, startTestApp, verifiedFlow, type TestApp } from './helpers/app.ts';
import { launch } from './ui/harness.ts';

/**
 * Real WebAuthn ceremonies: Chromium's virtual authenticator (CTAP2, resident keys, user
 * verification) signs on a page served by the running server at http://localhost:<port>.
 */
const launched = await launch();
if (typeof launched === 'string') {
  if (process.env.CI === 'true') throw new Error(launched);
  console.log(`# skipping the passkey browser tests: ${launched}`);
}
const SKIP = typeof launched === 'string' ? launched : false;
const PG_SKIP = await postgresUnavailable();

/** Runs in the page: JSON options ↔ WebAuthn's binary objects, and the API over fetch (same origin). */
const PAGE_SCRIPT = `
(() => {
  const enc = (buf) => btoa(String.fromCharCode(...new Uint8Array(buf))).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
  const dec = (s) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4)), (c) => c.charCodeAt(0));
  const creds = (list) => (list || []).map((c) => ({ ...c, id: dec(c.id) }));
  window.tessera = {
    async api(method, path, body, token) {
      const headers = {};
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (token) headers.authorization = 'Bearer ' + token;
      const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.text();
      return { status: res.status, json: text ? JSON.parse(text) : null };
    },
    async create(o) {
      const publicKey = { ...o, challenge: dec(o.challenge), user: { ...o.user, id: dec(o.user.id) }, excludeCredentials: creds(o.excludeCredentials) };
      const c = await navigator.credentials.create({ publicKey });
      return {
        id: c.id, rawId: enc(c.rawId), type: c.type, authenticatorAttachment: c.authenticatorAttachment,
        response: {
          clientDataJSON: enc(c.response.clientDataJSON),
          attestationObject: enc(c.response.attestationObject),
          transports: c.response.getTransports(),
        },
        clientExtensionResults: c.getClientExtensionResults(),
      };
    },
    async get(o) {
      const publicKey = { ...o, challenge: dec(o.challenge), allowCredentials: creds(o.allowCredentials) };
      const c = await navigator.credentials.get({ publicKey });
      return {
        id: c.id, rawId: enc(c.rawId), type: c.type, authenticatorAttachment: c.authenticatorAttachment,
        response: {
          clientDataJSON: enc(c.response.clientDataJSON), authenticatorData: enc(c.response.authenticatorData),
          signature: enc(c.response.signature), ...(c.response.userHandle ? { userHandle: enc(c.response.userHandle) } : {}),
        },
        clientExtensionResults: c.getClientExtensionResults(),
      };
    },
  };
})();
`;

type Json = any;
interface PageApi {
  api(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; json: Json }>;
  create(options: Json): Promise<Json>;
  get(options: Json): Promise<Json>;
}

for (const store of STORES) {
  describe(`passkeys in a browser (WebAuthn, virtual authenticator; ${store})`, { skip: SKIP || (store === 'postgres' ? (PG_SKIP ?? false) : false) }, () => {
    const browser = launched as Browser;
    const clock = new ManualClock(new Date());
    let app: TestApp;
    let page: Page;
    let cdp: CDPSession;
    let port: number;
    let authenticatorId: string | undefined;

    before(async () => {
      app = await startTestApp(store, { clock });
      await app.tessera.server.listen({ port: 0, host: '127.0.0.1' });
      port = (app.tessera.server.server.address() as AddressInfo).port;
      page = await browser.newPage();
      await page.addInitScript({ content: PAGE_SCRIPT });
      await page.goto(`http://localhost:${port}/healthz`);
      cdp = await page.context().newCDPSession(page);
      await cdp.send('WebAuthn.enable');
    });
    after(async () => {
      await page?.close();
      await app?.close();
    });

    /** Each test gets an empty authenticator, so a discoverable login never has two accounts to choose from. */
    async function freshAuthenticator(): Promise<void> {
      if (authenticatorId) await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
      ({ authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
      }));
    }

    const api = (method: string, path: string, body?: unknown, token?: string) =>
      page.evaluate(([m, p, b, t]) => (window as unknown as { tessera: PageApi }).tessera.api(m as string, p as string, b, t as string | undefined), [
        method,
        path,
        body,
        token,
      ] as const);
    const create = (options: Json): Promise<Json> => page.evaluate((o) => (window as unknown as { tessera: PageApi }).tessera.create(o), options);
    const sign = (options: Json): Promise<Json> => page.evaluate((o) => (window as unknown as { tessera: PageApi }).tessera.get(o), options);

    async function register() {
      const { id, phone } = await verifiedFlow(app);
      const handle = `p${Math.random().toString(36).slice(2, 12)}`;
      const res = await app.request('POST', `/v1/registrations/${id}/complete`, {
        password: STRONG_PASSWORD,
        handle,
        acceptTerms: true,
        deviceName: 'Phone A',
      });
      assert.equal(res.statusCode, 201, res.body);
      return {
        phone,
        handle,
        token: res.json().session.token as string,
        deviceToken: res.json().deviceToken as string,
        accountId: res.json().account.id as string,
      };
    }

    /** A new account with one passkey, created by the browser from the server's options. */
    async function withPasskey(name?: string) {
      await freshAuthenticator();
      const u = await register();
      const options = await api('POST', '/v1/me/passkeys/options', {}, u.token);
      assert.equal(options.status, 200, JSON.stringify(options.json));
      const credential = await create(options.json);
      const added = await api('POST', '/v1/me/passkeys', { credential, ...(name ? { name } : {}) }, u.token);
      assert.equal(added.status, 201, JSON.stringify(added.json));
      return { u, options: options.json, credential, passkey: added.json };
    }

    async function actions(token: string): Promise<string[]> {
      const res = await app.request('GET', '/v1/me/security-events', undefined, { authorization: `Bearer ${token}` });
      return res.json().events.map((e: { action: string; outcome: string }) => `${e.action}:${e.outcome}`);
    }

    async function passwordChallenge(phone: string): Promise<{ challengeId: string; methods: string[] }> {
      const res = await app.request('POST', '/v1/sessions', { identifier: phone, password: STRONG_PASSWORD, deviceName: 'Laptop' });
      assert.equal(res.statusCode, 403, res.body);
      assert.equal(res.json().error.code, 'verification_required');
      return res.json().error.details;
    }

    test("registers a passkey from the server's options, then lists and renames it", async () => {
      const { u, options, credential, passkey } = await withPasskey('Laptop key');
      assert.equal(options.rp.id, 'localhost');
      assert.equal(options.user.id, Buffer.from(u.accountId.replace(/-/g, ''), 'hex').toString('base64url'));
      assert.equal(options.user.name, u.handle);
      assert.deepEqual(options.excludeCredentials, []);
      assert.equal(options.authenticatorSelection.residentKey, 'preferred');
      assert.equal(options.authenticatorSelection.userVerification, 'preferred');
      assert.deepEqual({ id: passkey.id, name: passkey.name }, { id: credential.id, name: 'Laptop key' });

      const again = await api('POST', '/v1/me/passkeys', { credential }, u.token);
      assert.equal(again.json.error.code, 'code_incorrect', 'the registration challenge answers once');
      const next = await api('POST', '/v1/me/passkeys/options', {}, u.token);
      assert.deepEqual(
        next.json.excludeCredentials.map((c: { id: string }) => c.id),
        [credential.id],
      );

      const renamed = await api('PATCH', `/v1/me/passkeys/${passkey.id}`, { name: '  Work laptop ' }, u.token);
      assert.equal(renamed.status, 200, JSON.stringify(renamed.json));
      assert.equal(renamed.json.name, 'Work laptop');
      const list = await api('GET', '/v1/me/passkeys', undefined, u.token);
      assert.deepEqual(
        list.json.passkeys.map((p: { id: string; name: string }) => [p.id, p.name]),
        [[credential.id, 'Work laptop']],
      );
      assert.equal((await api('PATCH', '/v1/me/passkeys/AAAA', { name: 'x' }, u.token)).json.error.code, 'not_found');
      assert.equal((await api('GET', '/v1/me/passkeys')).json.error.code, 'unauthenticated');
      const events = await actions(u.token);
      assert.ok(events.includes('passkey.added:success') && events.includes('passkey.renamed:success'), events.join());
    });

    test('passwordless login by a discoverable passkey, on a new and on a known device; a replayed assertion is refused', async () => {
      const { u, credential } = await withPasskey();
      const start = await api('POST', '/v1/passkeys/login/options', {});
      assert.equal(start.status, 200, JSON.stringify(start.json));
      assert.equal(start.json.options.allowCredentials, undefined, 'discoverable: the passkey names the account');
      assert.equal(start.json.options.userVerification, 'required');
      const assertion = await sign(start.json.options);
      assert.equal(assertion.id, credential.id);
      const body = { challengeId: start.json.challengeId, credential: assertion, deviceName: 'Browser' };
      const login = await api('POST', '/v1/passkeys/login', body);
      assert.equal(login.status, 201, JSON.stringify(login.json));
      assert.equal(login.json.account.id, u.accountId);
      assert.match(login.json.deviceToken, /^[A-Za-z0-9_-]{43}$/);
      assert.equal((await api('GET', '/v1/me', undefined, login.json.session.token)).status, 200);

      const replay = await api('POST', '/v1/passkeys/login', body);
      assert.equal(replay.status, 400);
      assert.equal(replay.json.error.code, 'code_incorrect');

      const known = await api('POST', '/v1/passkeys/login/options', {});
      const onKnown = await api('POST', '/v1/passkeys/login', {
        challengeId: known.json.challengeId,
        credential: await sign(known.json.options),
        deviceToken: u.deviceToken,
      });
      assert.equal(onKnown.status, 201, JSON.stringify(onKnown.json));
      assert.equal(onKnown.json.deviceToken, undefined, 'a known device gets no new device token');
      const listed = (await api('GET', '/v1/me/passkeys', undefined, u.token)).json.passkeys[0];
      assert.ok(listed.lastUsedAt, 'the use is recorded');
      assert.ok((await actions(u.token)).includes('login.passkey:success'));
    });

    test('passkey as the second factor of a password login on a new device', async () => {
      const { u, credential } = await withPasskey();
      const { challengeId, methods } = await passwordChallenge(u.phone);
      assert.deepEqual(methods, ['passkey']);
      const sent = await api('POST', `/v1/challenges/${challengeId}/send`, { method: 'passkey' });
      assert.equal(sent.status, 200, JSON.stringify(sent.json));
      assert.deepEqual(
        sent.json.options.allowCredentials.map((c: { id: string }) => c.id),
        [credential.id],
      );
      const assertion = await sign(sent.json.options);
      const ok = await app.request('POST', `/v1/challenges/${challengeId}/verify`, { method: 'passkey', credential: assertion });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().account.id, u.accountId);
      assert.match(ok.json().deviceToken, /^[A-Za-z0-9_-]{43}$/);

      // The same assertion against another challenge: signed over the wrong challenge, and its own is spent.
      const second = await passwordChallenge(u.phone);
      assert.equal((await api('POST', `/v1/challenges/${second.challengeId}/send`, { method: 'passkey' })).status, 200);
      const replay = await app.request('POST', `/v1/challenges/${second.challengeId}/verify`, { method: 'passkey', credential: assertion });
      assert.equal(replay.json().error.code, 'code_incorrect');
      assert.equal(replay.json().error.details.attemptsLeft, 4);
      // A failed answer spends the options too; fresh ones then pass.
      const renewed = await sign((await api('POST', `/v1/challenges/${second.challengeId}/send`, { method: 'passkey' })).json.options);
      const fresh = await app.request('POST', `/v1/challenges/${second.challengeId}/verify`, { method: 'passkey', credential: renewed });
      assert.equal(fresh.statusCode, 200, fresh.body);

      const malformed = await app.request('POST', `/v1/challenges/${(await passwordChallenge(u.phone)).challengeId}/verify`, {
        method: 'passkey',
        credential: { id: 'x' },
      });
      assert.equal(malformed.json().error.code, 'invalid_request');
    });

    test('an assertion made on another origin than the server expects is refused', async () => {
      const { u } = await withPasskey();
      // Options asked for through another host: the server then expects http://localhost:1, the page is on localhost:<port>.
      const elsewhere = await app.tessera.server.inject({ method: 'POST', url: '/v1/passkeys/login/options', payload: {}, headers: { host: 'localhost:1' } });
      assert.equal(elsewhere.statusCode, 200, elsewhere.body);
      const assertion = await sign(elsewhere.json().options);
      const refused = await api('POST', '/v1/passkeys/login', { challengeId: elsewhere.json().challengeId, credential: assertion });
      assert.equal(refused.json.error.code, 'code_incorrect');
      assert.ok((await actions(u.token)).includes('login.passkey:failure'));
      // The same passkey on options for this origin passes: the origin alone made the difference.
      const here = await api('POST', '/v1/passkeys/login/options', {});
      const ok = await api('POST', '/v1/passkeys/login', { challengeId: here.json.challengeId, credential: await sign(here.json.options) });
      assert.equal(ok.status, 201, JSON.stringify(ok.json));
    });

    test('removal needs a recent authentication (a passkey gives one, once); a removed passkey no longer logs in', async () => {
      const { u, passkey } = await withPasskey();
      clock.advance(16 * 60);
      const stale = await api('DELETE', `/v1/me/passkeys/${passkey.id}`, undefined, u.token);
      assert.equal(stale.json.error.code, 'reauthentication_required');

      const options = await api('POST', '/v1/me/reauthenticate/passkey-options', {}, u.token);
      const assertion = await sign(options.json.options);
      const reauth = await api('POST', '/v1/me/reauthenticate', { method: 'passkey', credential: assertion }, u.token);
      assert.equal(reauth.status, 200, JSON.stringify(reauth.json));
      const replay = await api('POST', '/v1/me/reauthenticate', { method: 'passkey', credential: assertion }, u.token);
      assert.equal(replay.json.error.code, 'code_incorrect');

      const removed = await api('DELETE', `/v1/me/passkeys/${passkey.id}`, undefined, u.token);
      assert.equal(removed.status, 204, JSON.stringify(removed.json));
      assert.deepEqual((await api('GET', '/v1/me/passkeys', undefined, u.token)).json.passkeys, []);
      assert.ok((await actions(u.token)).includes('passkey.removed:success'));
      assert.deepEqual((await passwordChallenge(u.phone)).methods, ['sms'], 'no passkey offered any more');

      // The authenticator still holds the credential; the server no longer knows it.
      const login = await api('POST', '/v1/passkeys/login/options', {});
      const gone = await api('POST', '/v1/passkeys/login', { challengeId: login.json.challengeId, credential: await sign(login.json.options) });
      assert.equal(gone.json.error.code, 'code_incorrect');
    });
  });
}

after(async () => {
  if (typeof launched !== 'string') await launched.close();
});
