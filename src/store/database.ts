// Opens the database an AIMS lives in, SQLite file or PostgreSQL URL, and brings its schema up to date.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteAdapter, SqliteDialect, type DialectAdapter, type SqliteDatabase, type SqliteStatement } from 'kysely';
import pg from 'pg';
import { AppError } from '../domain/index.ts';
import { migrationProvider } from './migrations/index.ts';
import type { StoreDb, StoreTables } from './tables.ts';

export type Dialect = 'sqlite' | 'postgres';

/** An open database: the Kysely instance (use it only inside src/store), its dialect, and how to close it. */
export interface AimsDatabase {
  readonly kysely: StoreDb;
  readonly dialect: Dialect;
  /** Where it is, for messages: the file path, or the URL without its password. */
  readonly location: string;
  close(): Promise<void>;
}

export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target);

/**
 * better-sqlite3 reads this once, when its native part loads at the first open: with it a `file:` URI can open an
 * archived copy as immutable (below). No path of ours is read as a URI: SQLite paths are made absolute first.
 */
process.env.SQLITE_USE_URI ??= '1';

export interface OpenOptions {
  /**
   * Reads the database as it is: nothing is written to it or beside it and no migration runs, so an archived copy
   * (a read-only file in a read-only folder) can be checked. A schema of another release is refused.
   */
  readonly readOnly?: boolean;
}

/** SQLite runs DDL inside transactions; Kysely's adapter says it does not, which would run migrations bare. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class AimsSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

/**
 * better-sqlite3 behind a statement cache: Kysely prepares every query afresh, and preparing is a good part of
 * the cost of the many small identical statements of record writes. Large multi-row inserts are not cached:
 * they are few, and each prepared one holds a big program.
 */
function cachingDatabase(raw: Sqlite.Database): SqliteDatabase {
  const cache = new Map<string, Sqlite.Statement>();
  return {
    close: () => raw.close(),
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql);
      if (!statement) {
        statement = raw.prepare(sql);
        if (sql.length <= 4096) {
          if (cache.size >= 500) cache.delete(cache.keys().next().value as string);
          cache.set(sql, statement);
        }
      }
      return statement as unknown as SqliteStatement;
    },
  };
}

/**
 * A read-only connection that writes nothing beside the file. Without a -wal file every commit is in the file
 * itself, so it is opened immutable (SQLite then needs no -shm, which a read-only folder could not hold); with a
 * -wal file, whose commits are not in the file yet, it is read through SQLite's locks (and its -shm).
 */
function openSqliteReadOnly(path: string): Sqlite.Database {
  if (!existsSync(path)) throw new AppError('not_found', `No database at ${path}; name it with --db <file|postgres-url>.`);
  const withLog = existsSync(`${path}-wal`);
  const raw = withLog
    ? new Sqlite(path, { readonly: true, fileMustExist: true })
    : new Sqlite(`${pathToFileURL(path).href}?immutable=1`, { readonly: true, fileMustExist: true });
  try {
    raw.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    raw.close();
    throw new AppError('storage_failure', withLog
      ? `Cannot read the database at ${path} read-only: ${(error as Error).message}. Its write-ahead log (${path}-wal) `
        + 'needs its -shm file beside it: copy the database with both files, or checkpoint it before archiving it.'
      : `Cannot read the database at ${path}: ${(error as Error).message}.`);
  }
  raw.pragma('busy_timeout = 10000');
  return raw;
}

/** The better-sqlite3 connection behind each SQLite Kysely instance, for the few reads that bypass Kysely. */
const sqliteConnections = new WeakMap<StoreDb, Sqlite.Database>();

/**
 * The SQLite connection of `db` (undefined on PostgreSQL), for bulk reads inside one of its transactions: there is
 * one connection, so its statements run inside the transaction Kysely holds open on it. Never write through it.
 */
export const sqliteConnection = (db: AimsDatabase): Sqlite.Database | undefined => sqliteConnections.get(db.kysely);

function sqliteKysely(raw: Sqlite.Database, path: string): { kysely: StoreDb; location: string } {
  const kysely = new Kysely<StoreTables>({ dialect: new AimsSqliteDialect({ database: cachingDatabase(raw) }) });
  sqliteConnections.set(kysely, raw);
  return { kysely, location: path };
}

function openSqlite(file: string, readOnly: boolean): { kysely: StoreDb; location: string } {
  const path = file === ':memory:' ? file : resolve(file);
  if (readOnly) return sqliteKysely(openSqliteReadOnly(path), path);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const raw = new Sqlite(path);
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 10000');
  // WAL with synchronous NORMAL never corrupts the file; a power cut may lose the last commits, not break them.
  raw.pragma('synchronous = NORMAL');
  return sqliteKysely(raw, path);
}

function openPostgres(url: string, readOnly: boolean): { kysely: StoreDb; location: string } {
  // Read-only sessions on the server's side too: a statement that would write fails instead.
  const pool = new pg.Pool({ connectionString: url, max: 10, ...(readOnly ? { options: '-c default_transaction_read_only=on' } : {}) });
  // An idle connection that drops (a server restart) must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const shown = new URL(url);
  shown.password = '';
  return { kysely: new Kysely<StoreTables>({ dialect: new PostgresDialect({ pool }) }), location: shown.toString() };
}

/** Runs the pending migrations, all in one transaction: a failed upgrade leaves the schema as it was. */
async function migrate(kysely: StoreDb): Promise<void> {
  const { error } = await new Migrator({ db: kysely, provider: migrationProvider }).migrateToLatest();
  if (error) throw error;
}

/**
 * Connects to `target` as openDatabase does but runs no migration: openDatabase's first step, and the way tests
 * of a migration get a database as an earlier release left it.
 */
export function connectDatabase(target: string, options: OpenOptions = {}): { kysely: StoreDb; dialect: Dialect; location: string } {
  const dialect: Dialect = isPostgresUrl(target) ? 'postgres' : 'sqlite';
  const readOnly = options.readOnly === true;
  try {
    return { dialect, ...(dialect === 'postgres' ? openPostgres(target, readOnly) : openSqlite(target, readOnly)) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('storage_failure', `Cannot open the database at ${target}: ${(error as Error).message}`);
  }
}

/** Refuses a database whose schema is not this release's: without migrating it, its tables may not be the ones read. */
async function requireCurrentSchema(kysely: StoreDb, location: string): Promise<void> {
  const known = Object.keys(await migrationProvider.getMigrations()).sort();
  let applied: string[];
  try {
    applied = (await kysely.selectFrom('kysely_migration').select('name').execute()).map((r) => r.name as string).sort();
  } catch {
    throw new AppError('invalid_input', `The database at ${location} holds no OpenAIMS schema (it has no kysely_migration table).`);
  }
  const pending = known.filter((m) => !applied.includes(m));
  const unknown = applied.filter((m) => !known.includes(m));
  if (pending.length > 0 || unknown.length > 0) {
    throw new AppError('invalid_input', `The database at ${location} has the schema of ${unknown.length > 0 ? 'a later' : 'an earlier'} release `
      + `(${unknown.length > 0 ? `migrations ${unknown.join(', ')} are unknown here` : `migrations ${pending.join(', ')} are not applied`}). `
      + 'A read-only check does not migrate: use the release that wrote it, or open a writable copy with this one first.');
  }
}

/**
 * Opens `target`: a `postgres://` or `postgresql://` URL, or else the path of a SQLite file (created with its
 * folder when missing). Pending migrations run before it is returned; with `readOnly` none runs (see OpenOptions).
 */
export async function openDatabase(target: string, options: OpenOptions = {}): Promise<AimsDatabase> {
  const { kysely, dialect, location } = connectDatabase(target, options);
  try {
    if (options.readOnly) await requireCurrentSchema(kysely, location);
    else await migrate(kysely);
  } catch (error) {
    await kysely.destroy().catch(() => undefined);
    if (error instanceof AppError) throw error;
    throw new AppError('storage_failure', `Cannot prepare the database at ${location}: ${(error as Error).message}`);
  }
  let closed = false;
  return {
    kysely,
    dialect,
    location,
    async close() {
      if (closed) return;
      closed = true;
      await kysely.destroy();
    },
  };
}
