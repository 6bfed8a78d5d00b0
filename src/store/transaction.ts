// Transactions on both databases: writes serialise early (SQLite BEGIN IMMEDIATE), reads see one consistent state.
import { sql } from 'kysely';
import { AppError } from '../domain/index.ts';
import type { AimsDatabase } from './database.ts';
import type { StoreDb } from './tables.ts';

export type TransactionMode = 'read' | 'write';

/**
 * Runs `fn` in one transaction and commits, or rolls everything back when it throws (a foreign key checked at
 * commit included). Database errors leave as AppErrors: a missing reference, a duplicate, or a storage failure.
 */
export async function inTransaction<T>(db: AimsDatabase, mode: TransactionMode, fn: (trx: StoreDb) => Promise<T>): Promise<T> {
  try {
    if (db.dialect === 'postgres') {
      const builder = db.kysely.transaction();
      return await (mode === 'read' ? builder.setIsolationLevel('repeatable read').setAccessMode('read only') : builder).execute(fn);
    }
    return await db.kysely.connection().execute(async (conn) => {
      // IMMEDIATE takes the write lock at the start, so two writers queue (busy_timeout) instead of one failing midway.
      await sql.raw(mode === 'write' ? 'begin immediate' : 'begin').execute(conn);
      try {
        const result = await fn(conn);
        await sql.raw('commit').execute(conn);
        return result;
      } catch (error) {
        // SQLite may already have rolled back on its own (e.g. a full disk); the first error is the one to report.
        await sql.raw('rollback').execute(conn).catch(() => undefined);
        throw error;
      }
    });
  } catch (error) {
    throw asAppError(error);
  }
}

interface DatabaseError {
  code?: unknown;
  message?: unknown;
  detail?: unknown;
  table?: unknown;
}

/** A database error as the AppError a user can act on; AppErrors and programming errors pass through unchanged. */
export function asAppError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Error)) return error;
  const { code, detail, table } = error as DatabaseError;
  if (typeof code !== 'string') return error;
  const where = typeof table === 'string' ? ` (table ${table})` : '';
  const more = typeof detail === 'string' ? `: ${detail.replace(/\.$/, '')}` : '';
  if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new AppError('broken_reference', `A reference points at a record that does not exist in this organisation${where}${more}. Nothing was written.`);
  }
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') {
    return new AppError('already_exists', `A record with this id already exists${where}${more}. Nothing was written.`);
  }
  if (/^(SQLITE_|[0-9A-Z]{5}$|E[A-Z]+)/.test(code)) {
    return new AppError('storage_failure', `The database failed: ${error.message} [${code}]. Nothing was written.`);
  }
  return error;
}
