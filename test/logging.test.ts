import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { decrypt } from '../src/core/secrets.ts';
import { maskPhone } from '../src/phone/index.ts';
import { STRONG_PASSWORD, startTestApp, uniquePhone, type TestApp } from './helpers/app.ts';

// docs/architecture.md: no secret (code, password, token) is stored or logged in the clear; phone numbers in
// logs are masked. A whole registration runs with logging on, then every log line is searched.

/** Every string (keys and values) of a JSON log line; numbers such as `time` are not text. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsOf(v, out);
    }
  }
  return out;
}

const digitsIn = (text: string, digits: string) => new RegExp(`(?<!\\d)${digits}(?!\\d)`).test(text);

describe('what the logs and the SMS outbox hold (pglite)', () => {
  let app: TestApp;
  const phone = uniquePhone();
  const national = phone.slice(3);
  const secrets: { code?: string; wrongCode?: string; flowId?: string; token?: string; deviceToken?: string } = {};
  let outboxBefore: { status: string; body_enc: string | null }[] = [];
  let outboxAfter: { status: string; body_enc: string | null }[] = [];
  let sealedText = '';

  const outboxRows = () => app.tessera.database.db.selectFrom('sms_outbox').select(['id', 'status', 'body_enc']).where('phone', '=', phone).execute();

  before(async () => {
    app = await startTestApp('pglite');
    const { dispatcher } = app.tessera;
    // Hold the SMS back (no poll, no kick) to see the outbox row as the transaction left it.
    await dispatcher.stop();
    const kick = dispatcher.kick.bind(dispatcher);
    const held: string[] = [];
    dispatcher.kick = (id: string) => void held.push(id);

    const start = await app.request('POST', '/v1/registrations', {
      phone: `+86 ${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`,
      deviceName: 'Phone of a tester',
    });
    assert.equal(start.statusCode, 201, start.body);
    secrets.flowId = start.json().id;
    outboxBefore = await outboxRows();
    sealedText = JSON.parse(decrypt(app.tessera.deps.keys.encryption, outboxBefore[0]!.body_enc!)).text;

    dispatcher.kick = kick;
    for (const id of held) dispatcher.kick(id);
    dispatcher.start(200);
    secrets.code = await app.lastCode(phone);
    outboxAfter = await outboxRows();

    // The inbox queried by number, as a person would type it, and as E.164.
    for (const to of [encodeURIComponent(phone), phone, national]) {
      assert.equal((await app.request('GET', `/_dev/sms?to=${to}`)).statusCode, 200);
    }
    secrets.wrongCode = secrets.code === '000000' ? '111111' : '000000';
    const wrong = await app.request('POST', `/v1/registrations/${secrets.flowId}/verify`, { code: secrets.wrongCode });
    assert.equal(wrong.json().error.code, 'code_incorrect');
    const verify = await app.request('POST', `/v1/registrations/${secrets.flowId}/verify`, { code: secrets.code });
    assert.equal(verify.statusCode, 200, verify.body);
    const done = await app.request('POST', `/v1/registrations/${secrets.flowId}/complete`, {
      password: STRONG_PASSWORD,
      handle: `Log_${Date.now().toString(36)}`,
      displayName: `Tester ${national}`,
      acceptTerms: true,
    });
    assert.equal(done.statusCode, 201, done.body);
    secrets.token = done.json().session.token;
    secrets.deviceToken = done.json().deviceToken;
    const me = await app.request('GET', '/v1/me', undefined, { authorization: `Bearer ${secrets.token}` });
    assert.equal(me.statusCode, 200, me.body);
    const forged = await app.request('GET', '/v1/me', undefined, { authorization: `Bearer ${secrets.token}x` });
    assert.equal(forged.statusCode, 401);
    await app.request('GET', `/v1/registrations/${secrets.flowId}?clientTime=2000-01-01T00:00:00Z`);
    await app.tessera.dispatcher.idle();
  });
  after(async () => app?.close());

  const logText = () => app.logs.flatMap((line) => stringsOf(JSON.parse(line)));

  test('the logs are not empty: requests, the SMS and the masked number are there', () => {
    const lines = app.logs.join('\n');
    assert.ok(app.logs.length >= 10, `only ${app.logs.length} log lines`);
    assert.ok(lines.includes(maskPhone(phone)), `no ${maskPhone(phone)} in the logs`);
    assert.match(lines, /"msg":"sms sent"/);
    assert.match(lines, /\/_dev\/sms\?to=/);
    assert.match(lines, /\/v1\/registrations\/[A-Za-z0-9_-]{4}…\/complete/);
  });

  test('no phone number in full: neither E.164 nor national digits, with or without separators', () => {
    for (const text of logText()) {
      const compact = text.replace(/[\s()-]/g, '');
      assert.ok(!compact.includes(national), `national number in a log line: ${text}`);
      assert.ok(!text.includes(encodeURIComponent(phone)), `encoded number in a log line: ${text}`);
    }
  });

  test('no code, right or wrong', () => {
    for (const text of logText()) {
      assert.ok(!digitsIn(text, secrets.code!), `the code in a log line: ${text}`);
      assert.ok(!digitsIn(text, secrets.wrongCode!), `a submitted code in a log line: ${text}`);
    }
    assert.ok(!app.logs.join('\n').includes(sealedText), 'the SMS text in a log line');
  });

  test('no password, session token, token secret, device token or whole flow id', () => {
    const [sessionId, sessionSecret] = secrets.token!.split('.');
    const all = app.logs.join('\n');
    for (const [name, value] of Object.entries({
      password: STRONG_PASSWORD,
      token: secrets.token!,
      'session secret': sessionSecret!,
      'session id': sessionId!,
      'device token': secrets.deviceToken!,
      'flow id': secrets.flowId!,
    })) {
      assert.ok(value.length >= 20, `${name} looks too short to test: ${value}`);
      assert.ok(!all.includes(value), `${name} in the logs`);
    }
  });

  test('the SMS outbox holds the message sealed while queued, and drops it once sent', () => {
    assert.equal(outboxBefore.length, 1);
    assert.equal(outboxBefore[0]!.status, 'queued');
    const sealed = outboxBefore[0]!.body_enc!;
    assert.match(sealed, /^v1\./);
    assert.ok(digitsIn(sealedText, secrets.code!), 'the sealed body does not carry the code that was sent');
    assert.ok(!digitsIn(sealed, secrets.code!), 'the code in the clear in sms_outbox.body_enc');
    assert.ok(!sealed.includes(national));
    assert.equal(outboxAfter.length, 1);
    assert.equal(outboxAfter[0]!.status, 'sent');
    assert.equal(outboxAfter[0]!.body_enc, null);
  });

  test('the verification code is stored only as a keyed hash', async () => {
    const rows = await app.tessera.database.db.selectFrom('verification_codes').select('code_hash').where('flow_id', '=', secrets.flowId!).execute();
    assert.equal(rows.length, 1);
    assert.match(rows[0]!.code_hash, /^[0-9a-f]{64}$/);
    assert.ok(!digitsIn(rows[0]!.code_hash, secrets.code!));
  });
});
