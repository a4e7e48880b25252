import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { STRONG_PASSWORD, uniquePhone, verifiedFlow, type TestApp } from './helpers/app.ts';
import { forEachStore } from './helpers/stores.ts';

async function register(app: TestApp) {
  const { id, phone } = await verifiedFlow(app);
  const handle = `u${Math.random().toString(36).slice(2, 12)}`;
  const res = await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, handle, acceptTerms: true, deviceName: 'Phone A' });
  assert.equal(res.statusCode, 201, res.body);
  return {
    phone,
    handle,
    token: res.json().session.token as string,
    deviceToken: res.json().deviceToken as string,
    accountId: res.json().account.id as string,
  };
}

async function inboxCount(app: TestApp, phone: string): Promise<number> {
  await app.tessera.dispatcher.idle();
  return (await app.request('GET', `/_dev/sms?to=${encodeURIComponent(phone)}`)).json().messages.length;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

forEachStore((store, suite) => {
  describe(`login, devices and sessions (${store})`, () => {
    const { app, clock, it } = suite.app();

    it('a known device logs in with the password alone, by phone in any form or by handle', async () => {
      const u = await register(app);
      for (const identifier of [u.phone, u.phone.replace('+86', '+86 '), u.phone.slice(3), u.handle.toUpperCase()]) {
        const res = await app.request('POST', '/v1/sessions', {
          identifier: identifier === u.phone.slice(3) ? `+86${identifier}` : identifier,
          password: STRONG_PASSWORD,
          deviceToken: u.deviceToken,
        });
        assert.equal(res.statusCode, 201, `${identifier}: ${res.body}`);
        assert.equal(res.json().account.id, u.accountId);
        assert.equal(res.json().deviceToken, undefined);
        const me = await app.request('GET', '/v1/me', undefined, bearer(res.json().session.token));
        assert.equal(me.statusCode, 200);
      }
    });

    it('a new device gets verification_required, no SMS until asked, then logs in by SMS and gets an alert', async () => {
      const u = await register(app);
      const before = await inboxCount(app, u.phone);
      const res = await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceName: 'Laptop' });
      assert.equal(res.statusCode, 403, res.body);
      assert.equal(res.json().error.code, 'verification_required');
      const { challengeId, methods } = res.json().error.details;
      assert.deepEqual(methods, ['sms']);
      assert.equal(await inboxCount(app, u.phone), before, 'no SMS before the client asks');
      const sent = await app.request('POST', `/v1/challenges/${challengeId}/send`, { method: 'sms' });
      assert.equal(sent.statusCode, 200, sent.body);
      const code = await app.lastCode(u.phone);
      const ok = await app.request('POST', `/v1/challenges/${challengeId}/verify`, { method: 'sms', code });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.match(ok.json().deviceToken, /^[A-Za-z0-9_-]{43}$/);
      await app.tessera.dispatcher.idle();
      const texts = (await app.request('GET', `/_dev/sms?to=${encodeURIComponent(u.phone)}`)).json().messages.map((m: { text: string }) => m.text);
      assert.match(texts[0], /New login on Laptop/);
      // The new device is now known.
      const again = await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceToken: ok.json().deviceToken });
      assert.equal(again.statusCode, 201);
      // A device token of another account does not count.
      const other = await register(app);
      const cross = await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceToken: other.deviceToken });
      assert.equal(cross.json().error.code, 'verification_required');
    });

    it('a challenge allows 5 wrong answers, then none', async () => {
      const u = await register(app);
      const { challengeId } = (await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD })).json().error.details;
      await app.request('POST', `/v1/challenges/${challengeId}/send`, { method: 'sms' });
      const code = await app.lastCode(u.phone);
      const wrong = code === '000000' ? '111111' : '000000';
      for (let left = 4; left >= 0; left--) {
        const res = await app.request('POST', `/v1/challenges/${challengeId}/verify`, { method: 'sms', code: wrong });
        assert.equal(res.json().error.code, 'code_incorrect');
      }
      const dead = await app.request('POST', `/v1/challenges/${challengeId}/verify`, { method: 'sms', code });
      assert.equal(dead.json().error.code, 'code_attempts_exceeded');
      const totp = await app.request('POST', `/v1/challenges/${challengeId}/verify`, { method: 'totp', code: '123456' });
      assert.notEqual(totp.statusCode, 200);
    });

    it('challenges expire after 10 minutes', async () => {
      const u = await register(app);
      const { challengeId } = (await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD })).json().error.details;
      clock.advance(601);
      const res = await app.request('POST', `/v1/challenges/${challengeId}/send`, { method: 'sms' });
      assert.equal(res.json().error.code, 'flow_expired');
    });

    it('answers invalid_credentials alike for a wrong password and an unknown account', async () => {
      const u = await register(app);
      const wrong = await app.request('POST', '/v1/sessions', { identifier: u.phone, password: 'not-the-password-1' });
      const unknown = await app.request('POST', '/v1/sessions', { identifier: uniquePhone(), password: 'not-the-password-1' });
      const noHandle = await app.request('POST', '/v1/sessions', { identifier: 'nobody_here_x', password: 'not-the-password-1' });
      for (const res of [wrong, unknown, noHandle]) {
        assert.equal(res.statusCode, 401);
        assert.deepEqual(res.json(), wrong.json());
      }
    });

    it('login codes answer alike for unknown numbers and send an SMS only to accounts', async () => {
      const u = await register(app);
      const stranger = uniquePhone();
      const a = await app.request('POST', '/v1/login-codes', { phone: u.phone });
      const b = await app.request('POST', '/v1/login-codes', { phone: stranger });
      assert.equal(a.statusCode, 201);
      assert.equal(b.statusCode, 201);
      assert.deepEqual(Object.keys(a.json()).sort(), Object.keys(b.json()).sort());
      assert.equal(await inboxCount(app, stranger), 0);
      const wrongForStranger = await app.request('POST', `/v1/login-codes/${b.json().id}/verify`, { code: '123456' });
      assert.equal(wrongForStranger.json().error.code, 'code_incorrect');
      const code = await app.lastCode(u.phone);
      const known = await app.request('POST', `/v1/login-codes/${a.json().id}/verify`, { code, deviceToken: u.deviceToken });
      assert.equal(known.statusCode, 201, known.body);
      assert.equal(known.json().deviceToken, undefined);
      const c = await app.request('POST', '/v1/login-codes', { phone: u.phone });
      const fresh = await app.request('POST', `/v1/login-codes/${c.json().id}/verify`, { code: await app.lastCode(u.phone) });
      assert.equal(fresh.statusCode, 201, fresh.body);
      assert.match(fresh.json().deviceToken, /^[A-Za-z0-9_-]{43}$/);
    });

    it('lists, revokes and forgets; logout ends the session', async () => {
      const u = await register(app);
      const second = (await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceToken: u.deviceToken })).json().session
        .token;
      const list = (await app.request('GET', '/v1/me/sessions', undefined, bearer(u.token))).json().sessions;
      assert.equal(list.length, 2);
      assert.equal(list.filter((s: { current: boolean }) => s.current).length, 1);
      assert.ok(list.every((s: { deviceName: string }) => s.deviceName === 'Phone A'));
      const otherId = list.find((s: { current: boolean }) => !s.current).id;
      assert.equal((await app.request('DELETE', `/v1/me/sessions/${otherId}`, undefined, bearer(u.token))).statusCode, 204);
      assert.equal((await app.request('GET', '/v1/me', undefined, bearer(second))).statusCode, 401);
      // The device stays known after a session revoke.
      const third = await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceToken: u.deviceToken });
      assert.equal(third.statusCode, 201);
      const devices = (await app.request('GET', '/v1/me/devices', undefined, bearer(u.token))).json().devices;
      assert.equal(devices.length, 1);
      assert.equal((await app.request('DELETE', `/v1/me/devices/${devices[0].id}`, undefined, bearer(u.token))).statusCode, 204);
      assert.equal((await app.request('GET', '/v1/me', undefined, bearer(u.token))).statusCode, 401);
      const forgotten = await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceToken: u.deviceToken });
      assert.equal(forgotten.json().error.code, 'verification_required');
      const fourth = (await app.request('POST', '/v1/login-codes', { phone: u.phone })).json();
      const s4 = (await app.request('POST', `/v1/login-codes/${fourth.id}/verify`, { code: await app.lastCode(u.phone) })).json().session.token;
      assert.equal((await app.request('DELETE', '/v1/session', undefined, bearer(s4))).statusCode, 204);
      assert.equal((await app.request('GET', '/v1/me', undefined, bearer(s4))).statusCode, 401);
      const foreign = await register(app);
      assert.equal((await app.request('DELETE', `/v1/me/sessions/${otherId}`, undefined, bearer(foreign.token))).statusCode, 404);
    });

    it('keeps at most 20 sessions per account, evicting the oldest', async () => {
      const u = await register(app);
      const tokens = [u.token];
      for (let i = 0; i < 20; i++) {
        clock.advance(1);
        tokens.push(
          (await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceToken: u.deviceToken })).json().session.token,
        );
      }
      assert.equal((await app.request('GET', '/v1/me', undefined, bearer(tokens[0]!))).statusCode, 401);
      assert.equal((await app.request('GET', '/v1/me', undefined, bearer(tokens[1]!))).statusCode, 200);
      assert.equal((await app.request('GET', '/v1/me/sessions', undefined, bearer(tokens[20]!))).json().sessions.length, 20);
    });

    it('ends idle sessions after 30 days', async () => {
      const u = await register(app);
      clock.advance(31 * 86400);
      assert.equal((await app.request('GET', '/v1/me', undefined, bearer(u.token))).statusCode, 401);
    });

    it('re-authenticates with the password and changes it, revoking other sessions on request', async () => {
      const u = await register(app);
      const other = (await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceToken: u.deviceToken })).json().session
        .token;
      const wrong = await app.request('POST', '/v1/me/reauthenticate', { password: 'nope-nope-nope' }, bearer(u.token));
      assert.equal(wrong.json().error.code, 'invalid_credentials');
      assert.equal((await app.request('POST', '/v1/me/reauthenticate', { password: STRONG_PASSWORD }, bearer(u.token))).statusCode, 200);
      const weak = await app.request('POST', '/v1/me/password', { currentPassword: STRONG_PASSWORD, newPassword: 'password1' }, bearer(u.token));
      assert.equal(weak.json().error.code, 'password_weak');
      const bad = await app.request('POST', '/v1/me/password', { currentPassword: 'wrong-one-here', newPassword: 'quiet-Meadow-lamp-77' }, bearer(u.token));
      assert.equal(bad.json().error.code, 'invalid_credentials');
      const ok = await app.request(
        'POST',
        '/v1/me/password',
        { currentPassword: STRONG_PASSWORD, newPassword: 'quiet-Meadow-lamp-77', revokeOtherSessions: true },
        bearer(u.token),
      );
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().revokedSessions, 1);
      assert.equal((await app.request('GET', '/v1/me', undefined, bearer(other))).statusCode, 401);
      assert.equal((await app.request('GET', '/v1/me', undefined, bearer(u.token))).statusCode, 200);
      const old = await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceToken: u.deviceToken });
      assert.equal(old.statusCode, 401);
      const fresh = await app.request('POST', '/v1/sessions', { identifier: u.phone, password: 'quiet-Meadow-lamp-77', deviceToken: u.deviceToken });
      assert.equal(fresh.statusCode, 201);
      const events = (await app.request('GET', '/v1/me/security-events', undefined, bearer(u.token))).json().events.map((e: { action: string }) => e.action);
      for (const action of ['password.changed', 'reauthenticate', 'login']) assert.ok(events.includes(action), `${action} in ${events}`);
      const two = await app.request('GET', '/v1/me/security-events?limit=2', undefined, bearer(u.token));
      assert.equal(two.statusCode, 200, two.body);
      assert.equal(two.json().events.length, 2);
      assert.equal((await app.request('GET', '/v1/me/security-events?limit=zero', undefined, bearer(u.token))).json().error.code, 'invalid_request');
    });

    it('refuses a frozen account after the password, and leaves no way around it', async () => {
      const u = await register(app);
      await app.tessera.database.db.updateTable('accounts').set({ status: 'frozen' }).where('id', '=', u.accountId).execute();
      const res = await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceToken: u.deviceToken });
      assert.equal(res.statusCode, 423);
      assert.equal(res.json().error.code, 'account_frozen');
      const wrong = await app.request('POST', '/v1/sessions', { identifier: u.phone, password: 'not-it-at-all-9' });
      assert.equal(wrong.json().error.code, 'invalid_credentials');
    });
  });
});
