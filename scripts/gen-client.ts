// Writes src/client/openapi.ts: the types of the JSON API, made by openapi-typescript from the
// document the server itself describes at /openapi.json. Run `npm run client:gen` after changing a
// route's schema; test/client.test.ts fails while the committed file is out of date.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { createTessera } from '../src/app.ts';
import { buildPolicy, resolveRuntime } from '../src/config/index.ts';
import { generateSecret } from '../src/core/secrets.ts';

export const CLIENT_TYPES_FILE = fileURLToPath(new URL('../src/client/openapi.ts', import.meta.url));
export const REGENERATE_COMMAND = 'npm run client:gen';

const HEADER = `// The JSON API's types, generated from /openapi.json by openapi-typescript. Do not edit:
// change the route schemas in src/http/routes/ and run \`${REGENERATE_COMMAND}\`.
`;

/**
 * The OpenAPI document of a dev-mode server with the default policy (dev mode adds `/_dev/sms`,
 * which the hosted inbox page reads). Built in-process: nothing listens, nothing is sent.
 * `dataDir` may be a migrated embedded data dir to save the ~4 s of a first initdb.
 */
export async function openApiDocument(dataDir?: string): Promise<OpenAPI3> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'tessera-openapi-'));
  // The env is empty on purpose: the document must not depend on the shell that runs this.
  const runtime = resolveRuntime('dev', { dataDir: dir, secret: generateSecret(), logLevel: 'silent' }, {});
  const tessera = await createTessera(runtime, { policy: buildPolicy({}), startDispatcher: false });
  try {
    await tessera.server.ready();
    // A JSON round trip: what a client fetching /openapi.json would get, with no shared references.
    return JSON.parse(JSON.stringify(tessera.server.swagger())) as OpenAPI3;
  } finally {
    await tessera.close();
    if (!dataDir) rmSync(dir, { recursive: true, force: true });
  }
}

/** The file's text for a document: the same document always gives the same bytes. */
export async function renderClientTypes(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document, { silent: true });
  return HEADER + astToString(ast);
}

async function main(): Promise<void> {
  const text = await renderClientTypes(await openApiDocument());
  writeFileSync(CLIENT_TYPES_FILE, text);
  console.log(`${relative(process.cwd(), CLIENT_TYPES_FILE)} written`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
