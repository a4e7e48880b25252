// Prints Tessera's API document (`/openapi.json`) as a dev server serves it, to stdout or to the
// file named: `node --import tsx scripts/openapi.ts [out.json]`. docs/api.md says how it is checked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPI3 } from 'openapi-typescript';
import { createTessera } from '../src/app.ts';
import { buildPolicy, resolveRuntime } from '../src/config/index.ts';
import { generateSecret } from '../src/core/secrets.ts';

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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = `${JSON.stringify(await openApiDocument(), null, 2)}\n`;
  const out = process.argv[2];
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}
