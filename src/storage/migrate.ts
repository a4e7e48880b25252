import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as m0001 from './migrations/0001-registration.ts';
import * as m0002 from './migrations/0002-login-and-factors.ts';
import * as m0003 from './migrations/0003-sms-delivery.ts';
import * as m0004 from './migrations/0004-lifecycle.ts';
import * as m0005 from './migrations/0005-abuse.ts';
import * as m0006 from './migrations/0006-session-cache.ts';
import * as m0007 from './migrations/0007-counter-budgets.ts';
import * as m0008 from './migrations/0008-attempt-runs.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001-registration': m0001,
  '0002-login-and-factors': m0002,
  '0003-sms-delivery': m0003,
  '0004-lifecycle': m0004,
  '0005-abuse': m0005,
  '0006-session-cache': m0006,
  '0007-counter-budgets': m0007,
  '0008-attempt-runs': m0008,
};

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

/**
 * Applies pending migrations. Kysely's Postgres adapter takes `pg_advisory_xact_lock` around the
 * run, so any number of nodes may start at once: one migrates, the others wait and find nothing to do.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  // Strict order: a migration numbered below one already applied is refused, not run out of turn.
  const migrator = new Migrator({
    db,
    provider: new StaticProvider(),
    migrationTableName: 'tessera_migrations',
    migrationLockTableName: 'tessera_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
