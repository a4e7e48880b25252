import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe } from 'node:test';
import { STRONG_PASSWORD, verifiedFlow } from './helpers/app.ts';
import { forEachStore } from './helpers/stores.ts';

const totpAt = (secret: string, at: Date) => execFileSync('oathtool', ['--totp', '-b', secret, '--now', at.toISOString()], { encoding: 'utf8' }).trim();
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

forEachStore((store, suite) => {
  describe(`new-device login with second factors (${store})`, () => {
    const { app, clock, it } = suite.app();

    async function userWithTotp() {
      const { id, phone } = await verifiedFlow(app);
      const done = (await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true })).json();
      const token = done.session.token as string;
      const { secret } = (await app.request('POST', '/v1/me/totp', {}, bearer(token))).json();
      const confirm = await app.request('POST', '/v1/me/totp/confirm', { code: totpAt(secret, clock.now()) }, bearer(token));
      assert.equal(confirm.statusCode, 200, confirm.body);
      clock.advance(30);
      return { phone, secret, recoveryCodes: confirm.json().recoveryCodes as string[] };
    }

    it('offers the second factors, not SMS, and accepts a TOTP code once', async () => {
      const u = await userWithTotp();
      const res = await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD });
      assert.equal(res.json().error.code, 'verification_required');
      const { challengeId, methods } = res.json().error.details;
      assert.deepEqual([...methods].sort(), ['recovery_code', 'totp']);
      const sms = await app.request('POST', `/v1/challenges/${challengeId}/send`, { method: 'sms' });
      assert.equal(sms.json().error.code, 'invalid_request');
      const wrong = await app.request('POST', `/v1/challenges/${challengeId}/verify`, {
        method: 'totp',
        code: '000000' === totpAt(u.secret, clock.now()) ? '111111' : '000000',
      });
      assert.equal(wrong.json().error.code, 'code_incorrect');
      const code = totpAt(u.secret, clock.now());
      const ok = await app.request('POST', `/v1/challenges/${challengeId}/verify`, { method: 'totp', code });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.ok(ok.json().deviceToken);
      const again = (await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD })).json().error.details.challengeId;
      const replay = await app.request('POST', `/v1/challenges/${again}/verify`, { method: 'totp', code });
      assert.equal(replay.json().error.code, 'code_incorrect', 'a TOTP code is accepted once');
    });

    it('accepts a recovery code once and tells the owner by SMS', async () => {
      const u = await userWithTotp();
      const { challengeId } = (await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD })).json().error.details;
      const ok = await app.request('POST', `/v1/challenges/${challengeId}/verify`, { method: 'recovery_code', code: u.recoveryCodes[0] });
      assert.equal(ok.statusCode, 200, ok.body);
      await app.tessera.dispatcher.idle();
      const texts = (await app.request('GET', `/_dev/sms?to=${encodeURIComponent(u.phone)}`)).json().messages.map((m: { text: string }) => m.text);
      assert.ok(
        texts.some((t: string) => /recovery code/i.test(t)),
        texts.join(' | '),
      );
      const second = (await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD })).json().error.details.challengeId;
      const spent = await app.request('POST', `/v1/challenges/${second}/verify`, { method: 'recovery_code', code: u.recoveryCodes[0] });
      assert.equal(spent.json().error.code, 'code_incorrect');
    });

    it('logging in from a registration flow follows the same rules: the second factor on a new device', async () => {
      const u = await userWithTotp();
      const flow = (await app.request('POST', '/v1/registrations', { phone: u.phone })).json();
      const verify = await app.request('POST', `/v1/registrations/${flow.id}/verify`, { code: await app.lastCode(u.phone) });
      assert.equal(verify.json().phoneRegistered, true);
      const res = await app.request('POST', `/v1/registrations/${flow.id}/login`, { deviceName: 'New phone' });
      assert.equal(res.statusCode, 403, res.body);
      assert.equal(res.json().error.code, 'verification_required');
      const ok = await app.request('POST', `/v1/challenges/${res.json().error.details.challengeId}/verify`, {
        method: 'totp',
        code: totpAt(u.secret, clock.now()),
      });
      assert.equal(ok.statusCode, 200, ok.body);
    });

    it('an SMS login on a new device still needs the second factor', async () => {
      const u = await userWithTotp();
      const flow = (await app.request('POST', '/v1/login-codes', { phone: u.phone })).json();
      const res = await app.request('POST', `/v1/login-codes/${flow.id}/verify`, { code: await app.lastCode(u.phone) });
      assert.equal(res.json().error.code, 'verification_required');
      const { challengeId } = res.json().error.details;
      const ok = await app.request('POST', `/v1/challenges/${challengeId}/verify`, { method: 'totp', code: totpAt(u.secret, clock.now()) });
      assert.equal(ok.statusCode, 200, ok.body);
    });
  });
});
