// Prints Tessera's API document (`/openapi.json`) as a dev server would serve it, to stdout or to
// the file named: `node --import tsx scripts/openapi.ts [out.json]`. docs/api.md says how it is checked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTessera } from '../src/app.ts';
import { resolveRuntime } from '../src/config/index.ts';
import { generateSecret } from '../src/core/secrets.ts';

/** The document of a dev server with the default policy, on a throwaway embedded database. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tessera-openapi-'));
  const tessera = await createTessera(resolveRuntime('dev', { dataDir, secret: generateSecret(), logLevel: 'silent' }, {}));
  try {
    return (await tessera.server.inject({ method: 'GET', url: '/openapi.json' })).json();
  } finally {
    await tessera.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = `${JSON.stringify(await openApiDocument(), null, 2)}\n`;
  const out = process.argv[2];
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}
