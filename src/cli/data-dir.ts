import { accessSync, constants, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../core/errors.ts';

/**
 * A server writes `server.json` into its data dir whichever database it uses, and with the
 * embedded one the database and the dev secret and admin token too: the folder is made (owner
 * only, parents included) before anything else, so a path that cannot hold them stops the start
 * with its name before the server listens, not with ENOENT once it does.
 */
export function prepareDataDir(dataDir: string): void {
  const path = resolve(dataDir);
  try {
    mkdirSync(path, { recursive: true, mode: 0o700 });
    accessSync(path, constants.W_OK | constants.X_OK);
  } catch (err) {
    throw new ConfigError(`--data-dir/TESSERA_DATA_DIR: cannot create or write to the data dir ${path} (${(err as Error).message})`);
  }
}
