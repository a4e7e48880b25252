import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { transform } from 'esbuild';
import ts from 'typescript';
import { buildClient } from '../scripts/build-client.ts';
import { startTestApp, STRONG_PASSWORD, uniquePhone, type TestApp } from './helpers/app.ts';

const ROOT = new URL('..', import.meta.url);
const MODULES = new URL('../node_modules/', import.meta.url);

// A relying app as it would be written: plain TypeScript against `tessera/client`, nothing else of the package.
const CONSUMER = `import { createTesseraClient, TesseraApiError, unwrap } from 'tessera/client';

const [baseUrl = '', phone = '', password = ''] = process.argv.slice(2);
const client = createTesseraClient({ baseUrl, headers: { 'accept-language': 'en' } });

const flow = (await unwrap(client.POST('/v1/registrations', { body: { phone } }))) as { id: string };
const path = { id: flow.id };
let code: string | undefined;
for (let k = 0; k < 50 && !code; k++) {
  // Dev mode only: the inbox holds what would have been texted.
  const inbox = (await unwrap(client.GET('/_dev/sms', { params: { query: { to: phone } } }))) as { messages: { text: string }[] };
  code = /(\\d{6,8})/.exec(inbox.messages[0]?.text ?? '')?.[1];
  if (!code) await new Promise((r) => setTimeout(r, 100));
}
await unwrap(client.POST('/v1/registrations/{id}/verify', { params: { path }, body: { code: code ?? '' } }));
const grant = await unwrap(client.POST('/v1/registrations/{id}/complete', { params: { path }, body: { password, acceptTerms: true } }));

const signedIn = createTesseraClient({ baseUrl, sessionToken: grant.session?.token });
const { account } = await unwrap(signedIn.GET('/v1/me'));
let refused = '';
try {
  await unwrap(client.GET('/v1/me'));
} catch (err) {
  if (err instanceof TesseraApiError) refused = \`\${err.status} \${err.code}\`;
}
console.log(JSON.stringify({ phone: account?.phone?.e164, refused }));
`;

describe('tessera/client from a separate app', () => {
  let app: TestApp;
  let baseUrl: string;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tessera-consumer-'));
    // The package as installed: its package.json (its `exports`) and what `npm pack` builds, beside its dependency.
    const installed = join(dir, 'node_modules', 'tessera');
    mkdirSync(installed, { recursive: true });
    copyFileSync(new URL('package.json', ROOT), join(installed, 'package.json'));
    await buildClient(join(installed, 'dist', 'client'));
    for (const name of ['openapi-fetch', 'openapi-typescript-helpers']) {
      symlinkSync(realpathSync(new URL(name, MODULES)), join(dir, 'node_modules', name), 'dir');
    }
    mkdirSync(join(dir, 'node_modules', '@types'));
    symlinkSync(realpathSync(new URL('@types/node', MODULES)), join(dir, 'node_modules', '@types', 'node'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'relying-app', type: 'module', private: true }));
    writeFileSync(join(dir, 'app.ts'), CONSUMER);
    app = await startTestApp('pglite');
    await app.tessera.server.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.tessera.server.server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('type-checks against the shipped declarations (strict, NodeNext)', () => {
    const program = ts.createProgram([join(dir, 'app.ts')], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      types: ['node'],
      typeRoots: [join(dir, 'node_modules', '@types')],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepEqual(problems, []);
  });

  test('registers by phone, then reads /v1/me with the session, in plain Node', async () => {
    const { code } = await transform(readFileSync(join(dir, 'app.ts'), 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022' });
    writeFileSync(join(dir, 'app.mjs'), code);
    const phone = uniquePhone();
    const { stdout } = await promisify(execFile)(process.execPath, ['app.mjs', baseUrl, phone, STRONG_PASSWORD], { cwd: dir, timeout: 60_000 });
    assert.deepEqual(JSON.parse(stdout), { phone, refused: '401 unauthenticated' });
  });
});
