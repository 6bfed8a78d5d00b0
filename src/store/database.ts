// Opens the database an AIMS lives in, SQLite file or PostgreSQL URL, and brings its schema up to date.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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

function openSqlite(file: string): { kysely: StoreDb; location: string } {
  const path = file === ':memory:' ? file : resolve(file);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const raw = new Sqlite(path);
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 10000');
  // WAL with synchronous NORMAL never corrupts the file; a power cut may lose the last commits, not break them.
  raw.pragma('synchronous = NORMAL');
  return { kysely: new Kysely<StoreTables>({ dialect: new AimsSqliteDialect({ database: cachingDatabase(raw) }) }), location: path };
}

function openPostgres(url: string): { kysely: StoreDb; location: string } {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
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
export function connectDatabase(target: string): { kysely: StoreDb; dialect: Dialect; location: string } {
  const dialect: Dialect = isPostgresUrl(target) ? 'postgres' : 'sqlite';
  try {
    return { dialect, ...(dialect === 'postgres' ? openPostgres(target) : openSqlite(target)) };
  } catch (error) {
    throw new AppError('storage_failure', `Cannot open the database at ${target}: ${(error as Error).message}`);
  }
}

/**
 * Opens `target`: a `postgres://` or `postgresql://` URL, or else the path of a SQLite file (created with its
 * folder when missing). Pending migrations run before it is returned.
 */
export async function openDatabase(target: string): Promise<AimsDatabase> {
  const { kysely, dialect, location } = connectDatabase(target);
  try {
    await migrate(kysely);
  } catch (error) {
    await kysely.destroy().catch(() => undefined);
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
