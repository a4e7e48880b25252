import type { RuntimeSettings } from '../config/index.ts';
import { openDatabase } from '../storage/database.ts';
import { migrateToLatest } from '../storage/migrate.ts';

export async function runMigrate(runtime: RuntimeSettings): Promise<number> {
  const database = await openDatabase({ databaseUrl: runtime.databaseUrl, prepare: runtime.databasePrepare, dataDir: runtime.dataDir, poolSize: 1 });
  try {
    const applied = await migrateToLatest(database.db);
    console.log(applied.length > 0 ? `applied: ${applied.join(', ')}` : 'database is up to date');
    return 0;
  } finally {
    await database.close();
  }
}
