import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { OpenAPI3 } from 'openapi-typescript';
import { CLIENT_TYPES_FILE, REGENERATE_COMMAND, renderClientTypes } from '../scripts/gen-client.ts';
import { openApiDocument } from '../scripts/openapi.ts';
import { freshDataDir } from './helpers/pglite-template.ts';

// The committed types of the JSON API (src/client/openapi.ts) are what the server describes now.
describe('typed client', () => {
  let dataDir: string;
  let document: OpenAPI3;
  before(async () => {
    dataDir = await freshDataDir();
    document = await openApiDocument(dataDir);
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('src/client/openapi.ts matches the OpenAPI document, byte for byte', async () => {
    const fresh = await renderClientTypes(structuredClone(document));
    const committed = readFileSync(CLIENT_TYPES_FILE, 'utf8');
    if (fresh === committed) return;
    const freshLines = fresh.split('\n');
    const committedLines = committed.split('\n');
    const at = freshLines.findIndex((line, k) => line !== committedLines[k]);
    assert.fail(
      `src/client/openapi.ts is out of date with the routes' schemas: run \`${REGENERATE_COMMAND}\` and commit the result.\n` +
        `First difference at line ${at + 1}:\n  committed: ${committedLines[at] ?? '(end of file)'}\n  generated: ${freshLines[at] ?? '(end of file)'}`,
    );
  });

  test('the same document gives the same bytes', async () => {
    assert.equal(await renderClientTypes(structuredClone(document)), await renderClientTypes(document));
  });
});
