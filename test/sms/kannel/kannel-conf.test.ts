import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { kannelConf } from './kannel-conf.ts';

test('docs/sms.md shows the Kannel configuration the end-to-end test runs', async () => {
  const docs = await readFile(new URL('../../../docs/sms.md', import.meta.url), 'utf8');
  const conf = kannelConf(
    { admin: 13000, smsbox: 13001, smsc: 10000, sendsms: 13013 },
    { username: 'tessera', password: 'CHANGE-ME' },
    'CHANGE-ME-TOO',
    '/var/log/kannel',
  );
  assert.ok(docs.includes(`\`\`\`\n${conf}\`\`\``), 'the fenced block in docs/sms.md differs from kannelConf()');
});
