// Where commands read an organisation from (a bundle folder or a database), the day they judge as of, and the
// audit-time table they are given.
import { existsSync, readFileSync } from 'node:fs';
import { parseAuditTimeTable, type AuditTimeTable } from '../domain/certification/index.ts';
import { AppError, todayUtc, type AimsSnapshot } from '../domain/index.ts';
import { readBundle } from '../store/bundle/index.ts';
import type { AimsDatabase } from '../store/index.ts';

// The store (Kysely, better-sqlite3, pg) is loaded only by a command that opens a database: a bundle needs none.
const loadStore = () => import('../store/index.ts');

export interface SourceOptions {
  db?: string;
  org?: string;
}

/** Opens a database that must already exist: opening an SQLite path creates a file, and a mistyped path is no database. */
export async function openExistingDatabase(target: string): Promise<AimsDatabase> {
  const { isPostgresUrl, openDatabase } = await loadStore();
  if (!isPostgresUrl(target) && target !== ':memory:' && !existsSync(target)) {
    throw new AppError('not_found', `There is no database at ${target}; give a bundle folder, or --db with an existing database.`);
  }
  return openDatabase(target);
}

/** The organisation --org names, or the only one the database holds; several without --org is a question to the user. */
export async function chooseOrganisation(db: AimsDatabase, org: string | undefined): Promise<string> {
  if (org !== undefined) return org;
  const { listOrganisations } = await loadStore();
  const organisations = await listOrganisations(db);
  if (organisations.length === 0) throw new AppError('not_found', `The database at ${db.location} holds no organisation.`);
  if (organisations.length > 1) {
    throw new AppError('invalid_input', `The database holds ${organisations.length} organisations; choose one with --org: `
      + `${organisations.map((o) => `${o.id} (${o.name})`).join(', ')}.`);
  }
  return organisations[0]!.id;
}

/** Reads a bundle given on the command line: one that cannot be read is bad input (exit 2), whatever the file system said. */
export async function readBundleArgument(dir: string): Promise<AimsSnapshot> {
  try {
    return await readBundle(dir);
  } catch (error) {
    if (error instanceof AppError && error.code === 'storage_failure') throw new AppError('invalid_input', error.message, error.details);
    throw error;
  }
}

async function fromBundle(dir: string, org: string | undefined): Promise<AimsSnapshot> {
  const aims = await readBundleArgument(dir);
  if (org !== undefined && org !== aims.organisation.id) {
    throw new AppError('invalid_input', `The bundle at ${dir} holds organisation "${aims.organisation.id}", not "${org}".`);
  }
  return aims;
}

/** Reads one organisation from a bundle folder, or else from the database (--db, or the default one). */
export async function loadAims(bundleDir: string | undefined, opts: SourceOptions, defaultDb: string): Promise<AimsSnapshot> {
  if (bundleDir !== undefined && opts.db !== undefined) throw new AppError('invalid_input', 'Give either a bundle folder or --db, not both.');
  if (bundleDir !== undefined) return fromBundle(bundleDir, opts.org);
  const db = await openExistingDatabase(opts.db ?? defaultDb);
  const { loadSnapshot } = await loadStore();
  try {
    return await loadSnapshot(db, await chooseOrganisation(db, opts.org));
  } finally {
    await db.close();
  }
}

/** --now, or today (UTC): the CLI owns the clock so that nothing below it reads one. */
export const nowOrToday = (now: string | undefined): string => now ?? todayUtc(new Date());

/** Loads a certification body's audit-time table given with --table. */
export function loadTable(file: string | undefined): AuditTimeTable | undefined {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('not_found', `Cannot read the audit-time table ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`, [{ file, message: 'cannot be read' }]);
  }
  return parseAuditTimeTable(text, file);
}
