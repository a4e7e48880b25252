/**
 * Vendor knowledge lives in sms/adapters/<vendor>/ and nowhere else: adding a vendor is its folder
 * and a line of the registry. Outside sms/adapters/, no source file names a vendor, and the docs
 * generated from the adapters' schemas are the committed ones.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSmsDocs, SMS_ADAPTERS } from '../../src/sms/adapters/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Each adapter's name, less the generic webhook's (`http` is every URL's scheme), and the vendors' names. */
const VENDORS = /kannel|smpp|twilio|aliyun|alibaba|tencent|dysms/i;
/**
 * Handles that impersonate a brand are reserved, which is not SMS knowledge; the client's types
 * are generated from /openapi.json, which lists each adapter's receipt route.
 */
const NOT_SMS = new Set(['src/handles/reserved.ts', 'src/client/openapi.ts']);

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return path === 'src/sms/adapters' ? [] : sources(path);
    return /\.(ts|js|mjs)$/.test(e.name) ? [path] : [];
  });
}

test('no file of src/ outside sms/adapters/ names an SMS vendor', () => {
  for (const adapter of SMS_ADAPTERS) {
    if (adapter.name !== 'http') assert.match(adapter.name, VENDORS, `add ${adapter.name} to VENDORS`);
  }
  const offenders = sources('src')
    .filter((path) => !NOT_SMS.has(path))
    .flatMap((path) =>
      readFileSync(join(root, path), 'utf8')
        .split('\n')
        .map((line, i) => [path, i + 1, line] as const),
    )
    .filter(([, , line]) => VENDORS.test(line))
    .map(([path, n, line]) => `${relative('.', path)}:${n}: ${line.trim()}`);
  assert.deepEqual(offenders, []);
});

test("docs/sms.md carries each adapter's settings table as its schema renders it", () => {
  const docs = readFileSync(join(root, 'docs/sms.md'), 'utf8');
  assert.ok(docs === renderSmsDocs(docs, SMS_ADAPTERS), 'docs/sms.md is out of date: run `npm run docs:config` and commit the result');
  for (const adapter of SMS_ADAPTERS) {
    for (const key of Object.keys(adapter.settings.properties)) assert.ok(docs.includes(`| \`${key}\` |`), `${adapter.name}.${key}`);
  }
});
