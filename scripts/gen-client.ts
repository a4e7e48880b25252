// Writes src/client/openapi.ts: the types of the JSON API, made by openapi-typescript from the
// document the server itself describes at /openapi.json. Run `npm run client:gen` after changing a
// route's schema; test/client.test.ts fails while the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { openApiDocument } from './openapi.ts';

export const CLIENT_TYPES_FILE = fileURLToPath(new URL('../src/client/openapi.ts', import.meta.url));
export const REGENERATE_COMMAND = 'npm run client:gen';

const HEADER = `// The JSON API's types, generated from /openapi.json by openapi-typescript. Do not edit:
// change the route schemas in src/http/routes/ and run \`${REGENERATE_COMMAND}\`.
`;

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
