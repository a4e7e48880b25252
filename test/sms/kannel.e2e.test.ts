/**
 * Kannel end to end: Debian's bearerbox and smsbox with Kannel's own test SMSC (fakesmsc), all
 * started here on free loopback ports. Needs `scripts/install-kannel.sh`; without Kannel the file
 * is skipped with a reason, except in CI, where a missing Kannel is a failure.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createKannelSender, parseKannelDlr } from '../../src/sms/adapters/kannel/index.ts';
import { SmsSendError, type SmsMessage } from '../../src/sms/port.ts';
import { kannelConf } from './kannel/kannel-conf.ts';
import { Children, freePort, waitFor } from './support/processes.ts';
import { startListener } from './support/listener.ts';

const FAKESMSC = '/usr/lib/kannel/test/fakesmsc';
const binary = (name: string) => ['/usr/sbin', '/usr/bin', '/usr/local/sbin'].map((d) => join(d, name)).find(existsSync);
const bearerbox = binary('bearerbox');
const smsbox = binary('smsbox');
const missing = !bearerbox || !smsbox || !existsSync(FAKESMSC);

if (missing && process.env.CI !== 'true') {
  console.log('# kannel e2e skipped: bearerbox/smsbox or fakesmsc not installed (run scripts/install-kannel.sh)');
}

describe('kannel adapter against a real bearerbox + smsbox', { skip: missing && process.env.CI !== 'true' }, () => {
  const children = new Children();
  const user = { username: 'tessera', password: randomUUID() };
  let dir = '';
  let sendsmsUrl = '';
  let fakeOutput: string[] = [];
  let receipts: Awaited<ReturnType<typeof startListener>>;

  before(async () => {
    assert.ok(!missing, 'Kannel is not installed; CI must run scripts/install-kannel.sh first');
    dir = await mkdtemp(join(tmpdir(), 'tessera-kannel-'));
    receipts = await startListener();
    const ports = { admin: await freePort(), smsbox: await freePort(), smsc: await freePort(), sendsms: await freePort() };
    const adminPassword = randomUUID();
    await writeFile(join(dir, 'kannel.conf'), kannelConf(ports, user, adminPassword, dir));
    children.start('bearerbox', bearerbox!, ['kannel.conf'], dir);
    const adminStatus = `http://127.0.0.1:${ports.admin}/status.txt?password=${adminPassword}`;
    await waitFor('bearerbox admin', () =>
      fetch(adminStatus).then(
        (r) => (r.ok ? true : undefined),
        () => undefined,
      ),
    );
    children.start('smsbox', smsbox!, ['kannel.conf'], dir);
    // fakesmsc needs a message to generate, or it reads stdin; -m 0 makes it send none.
    fakeOutput = children.start('fakesmsc', FAKESMSC, ['-H', '127.0.0.1', '-r', String(ports.smsc), '-m', '0', '1 2 text none'], dir).output;
    sendsmsUrl = `http://127.0.0.1:${ports.sendsms}/cgi-bin/sendsms`;
    await waitFor('fake SMSC online and smsbox connected', async () => {
      const status = await fetch(adminStatus).then(
        (r) => r.text(),
        () => '',
      );
      return /fake\[fake\][^\n]*online/.test(status) && /smsbox:[^\n]*\(on-line/.test(status) ? true : undefined;
    }).catch((err: Error) => assert.fail(`${err.message}\n${children.report()}`));
    await waitFor('sendsms interface', () =>
      fetch(sendsmsUrl).then(
        () => true,
        () => undefined,
      ),
    );
  });

  after(async () => {
    await children.stopAll();
    await receipts?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const sender = () =>
    createKannelSender({ url: sendsmsUrl, ...user, from: 'Tessera', dlrUrl: `${receipts.url}/v1/sms/receipts/kannel/main`, timeoutMs: 5000 }, { name: 'main' });
  const message = (text: string, to = '+8613800138000'): SmsMessage => ({
    id: randomUUID(),
    to,
    region: 'CN',
    text,
    purpose: 'registration',
    params: { code: '123456' },
    locale: 'zh-CN',
  });

  /** fakesmsc prints `Got message N: <from to type data>` for each message it receives. */
  async function received(to: string) {
    const line = await waitFor(`fakesmsc to receive a message for ${to}`, () =>
      fakeOutput
        .join('')
        .split('\n')
        .find((l) => l.includes('Got message') && l.includes(` ${to} `)),
    );
    const [, from, , type, data] = /<(\S+) (\S+) (\S+) (.*)>/.exec(line) ?? [];
    // Plain text is printed as is; UCS-2 as URL-encoded UTF-16BE bytes.
    const text =
      type === 'ucs-2'
        ? urlDecodedBytes(data ?? '')
            .swap16()
            .toString('utf16le')
        : data;
    return { from, type, text };
  }

  /** fakesmsc's URL encoding of raw bytes: `%XX` per byte, `+` for 0x20, other ASCII bytes as they are. */
  function urlDecodedBytes(data: string): Buffer {
    const bytes: number[] = [];
    for (let i = 0; i < data.length; i++) {
      if (data[i] === '%') bytes.push(Number.parseInt(data.slice(i + 1, (i += 2) + 1), 16));
      else bytes.push(data[i] === '+' ? 0x20 : data.charCodeAt(i));
    }
    return Buffer.from(bytes);
  }

  test('Chinese text reaches the SMSC intact as UCS-2, and both DLRs come back with our id', async () => {
    const msg = message('【Tessera】您的验证码是 123456，5 分钟内有效。请勿泄露给他人！');
    assert.deepEqual(await sender().send(msg), {});
    assert.deepEqual(await received(msg.to), { from: 'Tessera', type: 'ucs-2', text: msg.text });

    const dlrs = await waitFor('two delivery reports', () => {
      const mine = receipts.requests.filter((r) => r.query.id === msg.id);
      return mine.length >= 2 ? mine : undefined;
    });
    for (const dlr of dlrs) assert.equal(dlr.path, '/v1/sms/receipts/kannel/main');
    // smsbox fetches the two dlr-urls on its own HTTP client threads; arrival order is not ours to assert.
    dlrs.sort((a, b) => Number(b.query.status) - Number(a.query.status));
    assert.deepEqual(
      dlrs.map((d) => d.query.status),
      ['8', '1'],
    );
    assert.deepEqual(
      dlrs.map((d) => parseKannelDlr(d.query)),
      [
        { messageId: msg.id, status: 'sent' },
        { messageId: msg.id, status: 'delivered' },
      ],
    );
  });

  test('GSM text with URL-special characters arrives unchanged', async () => {
    const msg = message('Code 123456 & more: a+b=c 100% {ok}?', '+447700900123');
    await sender().send(msg);
    const got = await received(msg.to);
    assert.equal(got.text, msg.text);
    assert.notEqual(got.type, 'ucs-2');
  });

  test('a wrong password is a non-permanent SmsSendError', async () => {
    const bad = createKannelSender({ url: sendsmsUrl, username: user.username, password: 'wrong', timeoutMs: 5000 });
    await assert.rejects(bad.send(message('x')), (err: unknown) => err instanceof SmsSendError && !err.permanent && /403/.test(err.message));
  });
});
