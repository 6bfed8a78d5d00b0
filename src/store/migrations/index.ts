// The migrations of the store, in order. Kysely's Migrator runs the pending ones when a database is opened.
import type { Migration, MigrationProvider } from 'kysely';
import { migration0001 } from './0001-initial.ts';
import { migration0002 } from './0002-catalogue-links.ts';
import { migration0003 } from './0003-control-statements.ts';
import { migration0004 } from './0004-accounts.ts';
import { migration0005 } from './0005-evidence-files.ts';

/** Names sort in the order they run; never rename or remove one that has been released. */
const migrations: Record<string, Migration> = {
  '0001-initial': migration0001,
  '0002-catalogue-links': migration0002,
  '0003-control-statements': migration0003,
  '0004-accounts': migration0004,
  '0005-evidence-files': migration0005,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
