import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { sql } from 'kysely';
import { deviceTokenHash } from '../src/sessions/tokens.ts';
import { createAuditLog } from '../src/storage/audit-repo.ts';
import { STRONG_PASSWORD, uniquePhone } from './helpers/app.ts';
import { forEachStore } from './helpers/stores.ts';
import { bearer, register, texts, uniqueHandle } from './helpers/lifecycle.ts';

// docs/architecture.md: every security-relevant action lands in an append-only audit log.
const digitsIn = (text: string, digits: string) => new RegExp(`(?<!\\d)${digits}(?!\\d)`).test(text);

forEachStore((store, suite) => {
  describe(`the audit log (${store})`, () => {
    const { app, clock, it } = suite.app();
    const rows = (accountId: string) =>
      app.tessera.database.db.selectFrom('audit_log').selectAll().where('account_id', '=', accountId).orderBy('created_at').orderBy('id').execute();

    it("the application's store can only append and read", async () => {
      const stores = [createAuditLog(app.tessera.database.db), app.tessera.deps.audit];
      for (const audit of stores) {
        const methods = new Set<string>();
        for (let o: object | null = audit; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
          for (const k of Object.getOwnPropertyNames(o))
            if (k !== 'constructor' && typeof (audit as unknown as Record<string, unknown>)[k] === 'function') methods.add(k);
        }
        assert.deepEqual([...methods].sort(), ['append', 'forAccount']);
      }
    });

    it('the database refuses to change or remove a row, through the same connection the application uses', async () => {
      const u = await register(app);
      assert.equal((await app.request('POST', '/v1/sessions', { identifier: u.phone, password: STRONG_PASSWORD, deviceToken: u.deviceToken })).statusCode, 201);
      const db = app.tessera.database.db;
      const before = await rows(u.accountId);
      assert.ok(before.length > 0);
      const id = before[0]!.id;
      await assert.rejects(db.updateTable('audit_log').set({ outcome: 'failure' }).where('id', '=', id).execute(), /append-only/);
      await assert.rejects(db.updateTable('audit_log').set({ details: null }).execute(), /append-only/);
      await assert.rejects(db.deleteFrom('audit_log').where('id', '=', id).execute(), /append-only/);
      await assert.rejects(db.deleteFrom('audit_log').execute(), /append-only/);
      await assert.rejects(sql`truncate audit_log`.execute(db), /append-only/);
      await assert.rejects(
        db.transaction().execute(async (tx) => {
          await tx.deleteFrom('audit_log').where('account_id', '=', u.accountId).execute();
        }),
        /append-only/,
      );
      assert.deepEqual(await rows(u.accountId), before);
      // Appending still works after the refusals.
      await app.tessera.deps.audit.append({ accountId: u.accountId, actor: 'system', action: 'test.appended', outcome: 'success' }, clock.now());
      assert.equal((await rows(u.accountId)).length, before.length + 1);
    });

    it('each lifecycle step is recorded with actor, IP, device and outcome, and no secret', async () => {
      const u = await register(app, { handle: null });
      const headers = bearer(u.token);
      const wanted = uniqueHandle('A');
      assert.equal((await app.request('PUT', '/v1/me/handle', { handle: wanted, password: 'wrong-password-here-1' }, headers)).statusCode, 401);
      assert.equal((await app.request('PUT', '/v1/me/handle', { handle: wanted, password: STRONG_PASSWORD }, headers)).statusCode, 200);
      const to = uniquePhone();
      const change = (await app.request('POST', '/v1/me/phone-change', { phone: to }, headers)).json();
      await app.request('POST', `/v1/me/phone-change/${change.id}/verify`, { code: await app.lastCode(to) }, headers);
      await app.request('POST', `/v1/me/phone-change/${change.id}/send-old`, {}, headers);
      assert.equal(
        (await app.request('POST', `/v1/me/phone-change/${change.id}/confirm`, { method: 'sms', code: await app.lastCode(u.phone) }, headers)).statusCode,
        200,
      );
      assert.equal((await app.request('POST', '/v1/me/deletion', {}, headers)).statusCode, 202);
      assert.equal((await app.request('DELETE', '/v1/me/deletion', undefined, headers)).statusCode, 200);
      assert.equal((await app.request('GET', '/v1/me/export', undefined, headers)).statusCode, 200);
      assert.equal((await app.request('POST', '/v1/me/freeze', {}, headers)).statusCode, 200);
      const unfreeze = (await app.request('POST', '/v1/account-unfreezes', { identifier: to, password: STRONG_PASSWORD })).json().error.details;
      await app.request('POST', `/v1/challenges/${unfreeze.challengeId}/send`, { method: 'sms' });
      const back = await app.request('POST', `/v1/challenges/${unfreeze.challengeId}/verify`, { method: 'sms', code: await app.lastCode(to) });
      assert.equal(back.statusCode, 200, back.body);
      const recovery = (await app.request('POST', '/v1/recoveries', { phone: to })).json();
      await app.request('POST', `/v1/recoveries/${recovery.id}/verify`, { code: await app.lastCode(to) });
      const reset = await app.request('POST', `/v1/recoveries/${recovery.id}/complete`, { newPassword: 'quiet-Meadow-lamp-77' });
      assert.equal(reset.statusCode, 200, reset.body);

      const log = await rows(u.accountId);
      const find = (action: string, outcome = 'success') => {
        const row = log.find((r) => r.action === action && r.outcome === outcome);
        assert.ok(row, `${action}:${outcome} in ${log.map((r) => `${r.action}:${r.outcome}`)}`);
        return row;
      };
      // Acts of the signed-in owner carry the IP and the device they came from.
      for (const action of [
        'account.registered',
        'handle.changed',
        'phone.change_started',
        'phone.changed',
        'account.deletion_requested',
        'account.deletion_cancelled',
        'account.exported',
        'account.frozen',
      ]) {
        const row = find(action);
        assert.equal(row.actor, 'account', action);
        assert.equal(row.ip, '127.0.0.1', action);
        assert.match(String(row.device_id), /^[0-9a-f-]{36}$/, action);
      }
      // The registration's row came with the account, in its transaction: the first row, the first device.
      assert.equal(log[0]!.action, 'account.registered');
      const firstDevice = await app.tessera.database.db
        .selectFrom('devices')
        .select('id')
        .where('token_hash', '=', deviceTokenHash(u.deviceToken)!)
        .executeTakeFirstOrThrow();
      assert.equal(find('account.registered').device_id, firstDevice.id);
      for (const action of ['account.unfreeze_requested', 'account.unfrozen', 'password.reset']) assert.equal(find(action).ip, '127.0.0.1', action);
      assert.equal(find('handle.changed', 'failure').ip, '127.0.0.1');
      for (const action of ['alert.phone_changed', 'alert.account_frozen', 'alert.account_unfrozen', 'alert.password_reset', 'alert.handle_changed'])
        assert.equal(find(action).actor, 'system');

      const codes = [...(await texts(app, u.phone)), ...(await texts(app, to))].flatMap((t) => /(\d{6})/.exec(t)?.[1] ?? []);
      assert.ok(codes.length >= 4);
      const secrets = [
        STRONG_PASSWORD,
        'quiet-Meadow-lamp-77',
        'wrong-password-here-1',
        u.token,
        u.token.split('.')[1]!,
        u.deviceToken,
        back.json().deviceToken,
        reset.json().deviceToken,
        change.id,
        recovery.id,
        unfreeze.challengeId,
      ];
      for (const row of log) {
        const text = JSON.stringify(row);
        for (const secret of secrets) assert.ok(!text.includes(secret), `${row.action} holds a secret`);
        for (const code of codes) assert.ok(!digitsIn(row.details ?? '', code), `${row.action} holds a code`);
        for (const phone of [u.phone, to]) assert.ok(!(row.details ?? '').includes(phone.slice(3)), `${row.action} holds a number unmasked`);
      }
    });
  });
});
