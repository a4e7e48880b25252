import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { announceServer } from '../../src/cli/running-server.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { waitFor } from '../helpers/net.ts';
import { adminToken, codeOf, from, ipOf, smsSent, tally, type Res } from '../helpers/abuse.ts';

/*
 * SMS pumping: a fraudster asks for codes to number ranges that pay them per SMS and never
 * verifies one. The breaker (docs/abuse.md) judges each block and country over a sliding hour; here
 * `breaker.minSends` is 10 so that it judges after 10 sends, and every other budget is out of the way.
 */

const POLICY = { breaker: { minSends: 10 } };
const BIN = new URL('../../bin/tessera.js', import.meta.url).pathname;
const run = promisify(execFile);

/** `tessera <args>` against the app's data dir, with the app listening and announced as the running server. */
async function cli(app: TestApp, ...args: string[]): Promise<string> {
  const env = { ...process.env };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'TESSERA_CONFIG', 'TESSERA_ADMIN_TOKEN']) delete env[name];
  const { stdout } = await run(process.execPath, [BIN, ...args, '--data-dir', app.dataDir], { env, timeout: 30_000 });
  return stdout;
}

async function pauses(app: TestApp) {
  const res = await app.request('GET', '/admin/v1/sms/pauses', undefined, { authorization: `Bearer ${adminToken(app)}` });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().pauses as { scope: string; key: string; level: number; secondsLeft: number }[];
}

async function metric(app: TestApp, scope: string): Promise<number> {
  const text = (await app.request('GET', '/metrics')).body;
  const line = text.split('\n').find((l) => l.startsWith(`tessera_sms_breaker_pauses_total{scope="${scope}"}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

async function auditActions(app: TestApp, action: string) {
  return app.tessera.database.db.selectFrom('audit_log').select(['details']).where('action', '=', action).execute();
}

/** Sends one code per number, each from its own IP, and never verifies. */
async function pump(app: TestApp, numbers: string[], net: number): Promise<Res[]> {
  const out: Res[] = [];
  for (const [i, phone] of numbers.entries()) out.push(await from(app, ipOf(i + 1, net), 'POST', '/v1/registrations', { phone }));
  return out;
}

async function verifiedRegistration(app: TestApp, phone: string, ip: string): Promise<void> {
  const start = await from(app, ip, 'POST', '/v1/registrations', { phone });
  assert.equal(start.statusCode, 201, start.body);
  const ok = await from(app, ip, 'POST', `/v1/registrations/${start.json().id}/verify`, { code: await app.lastCode(phone) });
  assert.equal(ok.statusCode, 200, ok.body);
}

describe('SMS pumping across one number block', () => {
  let app: TestApp;
  let stopAnnouncing: () => void = () => {};
  const block = '+861380013';
  const blockNumbers = Array.from({ length: 100 }, (_, i) => `+86138001380${String(i).padStart(2, '0')}`);
  before(async () => {
    app = await startTestApp('pglite', { policy: POLICY });
    stopAnnouncing = announceServer(app.dataDir, await app.tessera.server.listen({ port: 0, host: '127.0.0.1' }));
  });
  after(async () => {
    stopAnnouncing();
    await app?.close();
  });

  test('the block is paused after 10 unverified sends; the rest of China is not', async () => {
    // Honest traffic elsewhere in China, all verified: the country converts well (8 of 29 by the end of this suite).
    for (let i = 0; i < 8; i++) await verifiedRegistration(app, `+86139${1000 + i}5678`, ipOf(i + 1, 11));
    const answers = await pump(app, blockNumbers, 12);
    const counts = tally(answers);
    const sent = await smsSent(app, { prefix: block });
    console.log(`pumping 100 numbers of ${block} from 100 IPs: ${JSON.stringify(counts)}, ${sent} SMS left`);
    assert.deepEqual(counts, { 201: 10, rate_limited: 90 });
    assert.equal(sent, 10);
    assert.ok(
      answers.slice(0, 10).every((r) => r.statusCode === 201),
      'the first 10 went',
    );
    for (const r of answers.slice(10)) {
      assert.equal(r.json().error.details.scope, 'number');
      assert.ok(Number(r.headers['retry-after']) > 3500 && Number(r.headers['retry-after']) <= 3600);
    }
    // A login code to the block is held back too; another block of China is not.
    assert.equal(codeOf(await from(app, ipOf(1, 13), 'POST', '/v1/login-codes', { phone: blockNumbers[0] })), 'rate_limited');
    assert.equal((await from(app, ipOf(2, 13), 'POST', '/v1/registrations', { phone: '+8613912345678' })).statusCode, 201);
  });

  test('operators see the pause in the admin API, `tessera sms status`, the metric and the audit log', async () => {
    const listed = await pauses(app);
    assert.deepEqual(
      listed.map((p) => [p.scope, p.key, p.level]),
      [['block', block, 1]],
    );
    assert.ok(listed[0]!.secondsLeft > 3500 && listed[0]!.secondsLeft <= 3600);
    const status = await cli(app, 'sms', 'status');
    assert.match(status, new RegExp(`^block\\t\\${block}\\tpause #1\\t\\d+ s left\\tuntil `, 'm'));
    assert.equal(await metric(app, 'block'), 1);
    assert.equal(await metric(app, 'country'), 0);
    const events = await auditActions(app, 'sms.breaker.paused');
    assert.equal(events.length, 1);
    assert.match(String(events[0]!.details), /"sent":10,"verified":0/);
  });

  test('unpausing through the admin API lets the block take codes again; a relapse pauses it for 2 h', async () => {
    const auth = { authorization: `Bearer ${adminToken(app)}` };
    const lifted = await app.request('DELETE', `/admin/v1/sms/pauses/block/${encodeURIComponent(block)}`, undefined, auth);
    assert.equal(lifted.statusCode, 204, lifted.body);
    assert.deepEqual(await pauses(app), []);
    assert.match(await cli(app, 'sms', 'status'), /no pauses/);
    assert.equal((await auditActions(app, 'sms.breaker.unpaused')).length, 1);
    // The breaker judges the block afresh: it takes another 10 unverified codes before pausing again, longer.
    const before = await smsSent(app, { prefix: block });
    const again = tally(await pump(app, blockNumbers.slice(50), 14));
    console.log(`after the unpause, 50 more: ${JSON.stringify(again)}`);
    assert.deepEqual(again, { 201: 10, rate_limited: 40 });
    assert.equal(await smsSent(app, { prefix: block }), before + 10);
    const listed = await pauses(app);
    assert.deepEqual(
      listed.map((p) => [p.scope, p.key, p.level]),
      [['block', block, 2]],
    );
    const relapse = listed[0];
    assert.ok(relapse!.secondsLeft > 7100 && relapse!.secondsLeft <= 7200, `${relapse!.secondsLeft}`);
    assert.equal(await metric(app, 'block'), 2);
    // Unpausing something that is not paused is a 404.
    assert.equal((await app.request('DELETE', '/admin/v1/sms/pauses/country/CN', undefined, auth)).statusCode, 404);
  });
});

describe('SMS pumping across one foreign country', () => {
  let app: TestApp;
  let stopAnnouncing: () => void = () => {};
  // Nigerian mobile numbers (libphonenumber's example +234 802 123 4567), each in a block of its own.
  const nigeria = Array.from({ length: 60 }, (_, i) => `+234802${100 + i}4567`);
  before(async () => {
    app = await startTestApp('pglite', { policy: { ...POLICY, regions: { allow: 'all' } } });
    stopAnnouncing = announceServer(app.dataDir, await app.tessera.server.listen({ port: 0, host: '127.0.0.1' }));
  });
  after(async () => {
    stopAnnouncing();
    await app?.close();
  });

  test('the country is paused after 10 unverified sends; no block was', async () => {
    const answers = await pump(app, nigeria, 21);
    const counts = tally(answers);
    const sent = await smsSent(app, { prefix: '+234' });
    console.log(`pumping 60 Nigerian numbers in 60 blocks from 60 IPs: ${JSON.stringify(counts)}, ${sent} SMS left`);
    assert.deepEqual(counts, { 201: 10, rate_limited: 50 });
    assert.equal(sent, 10);
    for (const r of answers.slice(10)) assert.equal(r.json().error.details.scope, 'region');
    assert.deepEqual(
      (await pauses(app)).map((p) => [p.scope, p.key, p.level]),
      [['country', 'NG', 1]],
    );
    assert.match(await cli(app, 'sms', 'status'), /^country\tNG\tpause #1\t/m);
    assert.equal(await metric(app, 'country'), 1);
    assert.equal(await metric(app, 'block'), 0);
    // Other countries are not held back.
    assert.equal((await from(app, ipOf(1, 22), 'POST', '/v1/registrations', { phone: '+8613912345678' })).statusCode, 201);
    assert.equal((await from(app, ipOf(2, 22), 'POST', '/v1/registrations', { phone: '+85251234567' })).statusCode, 201);
  });

  test('`tessera sms unpause country NG` lifts it through the running server', async () => {
    const out = await cli(app, 'sms', 'unpause', 'country', 'NG');
    assert.match(out, /unpaused country NG/);
    assert.deepEqual(await pauses(app), []);
    // Judged afresh: 10 more unverified codes before the country relapses into a 2 h pause.
    const again = tally(await pump(app, nigeria.slice(40), 23));
    assert.deepEqual(again, { 201: 10, rate_limited: 10 });
    assert.equal(await smsSent(app, { prefix: '+234' }), 20);
    assert.deepEqual(
      (await pauses(app)).map((p) => [p.scope, p.key, p.level]),
      [['country', 'NG', 2]],
    );
  });
});

describe('a pause whose audit row cannot be written', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('pglite', { policy: POLICY });
    // The audit row of a pause is written after the request that tripped the breaker; make that write fail.
    await sql`create function refuse_breaker_audit() returns trigger language plpgsql as $$
      begin if new.action = 'sms.breaker.paused' then raise exception 'audit store refuses the row'; end if; return new; end $$`.execute(
      app.tessera.database.db,
    );
    await sql`create trigger refuse_breaker_audit before insert on audit_log for each row execute function refuse_breaker_audit()`.execute(
      app.tessera.database.db,
    );
  });
  after(async () => app?.close());

  test('still pauses the block, logs the lost row and keeps serving (no unhandled rejection)', async () => {
    const numbers = Array.from({ length: 12 }, (_, i) => `+86138002380${String(i).padStart(2, '0')}`);
    const counts = tally(await pump(app, numbers, 13));
    assert.deepEqual(counts, { 201: 10, rate_limited: 2 });
    // With no verified traffic at all, China as a whole is paused too: two pauses, two lost rows.
    assert.deepEqual((await pauses(app)).map((p) => [p.scope, p.key]).sort(), [
      ['block', '+861380023'],
      ['country', 'CN'],
    ]);
    // The failed write is logged (waitFor throws if it never is).
    await waitFor('the lost audit row in the log', async () => app.logs.find((l) => l.includes('audit: sms.breaker.paused not written')), 5000);
    assert.equal((await auditActions(app, 'sms.breaker.paused')).length, 0);
    assert.equal((await app.request('GET', '/healthz')).statusCode, 200);
  });
});
