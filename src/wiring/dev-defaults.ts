import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { RuntimeSettings } from '../config/index.ts';
import { ConfigError } from '../core/errors.ts';
import { generateSecret, parseSecret } from '../core/secrets.ts';

/*
 * What `tessera dev` makes up when it is not configured: the server secret and the admin token,
 * generated once into the data dir. `tessera start` refuses to run on them.
 */

/** Dev defaults warn once each, by name, so nobody ships them unknowingly. */
export function warnDevDefault(log: Logger, name: string, detail: string): void {
  log.warn({ devDefault: name }, `DEV DEFAULT IN USE: ${name} — ${detail}. Never run production like this (\`tessera start\` refuses it).`);
}

/** A secret kept in `<dataDir>/<name>`, made on first use (readable by its owner only). */
function dataDirSecret(dataDir: string, name: string): { file: string; value: string } {
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, generateSecret() + '\n', { mode: 0o600 });
  }
  return { file, value: readFileSync(file, 'utf8').trim() };
}

/** The admin API token: configured, or in dev generated once into the data dir (the CLI reads it there). */
export function loadAdminToken(runtime: RuntimeSettings): string | undefined {
  if (runtime.adminToken || runtime.mode === 'production') return runtime.adminToken;
  return dataDirSecret(runtime.dataDir, 'admin-token').value;
}

/** The server secret: configured, required in production, else generated once into the data dir. */
export function loadSecret(runtime: RuntimeSettings, log: Logger): Uint8Array {
  if (runtime.secret) return parseSecret(runtime.secret);
  if (runtime.mode === 'production')
    throw new ConfigError('TESSERA_SECRET (or --secret) is required by `tessera start`: 32+ random bytes, e.g. `openssl rand -hex 32`');
  const { file, value } = dataDirSecret(runtime.dataDir, 'secret');
  chmodSync(file, 0o600);
  warnDevDefault(log, 'generated server secret', `kept in ${file}`);
  return parseSecret(value);
}
