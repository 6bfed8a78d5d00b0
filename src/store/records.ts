// The record repository: get, list, create, update and delete within one organisation, every write audited.
import { sql } from 'kysely';
import type { RecordOf, RegisterName } from '../domain/index.ts';
import type { AimsDatabase } from './database.ts';
import { layouts } from './layout.ts';
import { readRecord, readRecords, type StoredRecord } from './read.ts';
import { escapeLike } from './references.ts';
import { inTransaction } from './transaction.ts';
import { writeOrganisation, type WriteOptions } from './writer.ts';

export function getRecord<R extends RegisterName>(db: AimsDatabase, organisationId: string, register: R, id: string): Promise<StoredRecord<R> | undefined> {
  return inTransaction(db, 'read', (trx) => readRecord(trx, organisationId, register, id));
}

export interface ListOptions {
  readonly limit?: number;
  readonly offset?: number;
  /** Text the label (the register's naming field) must contain, ignoring case for ASCII letters. */
  readonly search?: string;
  /** `id` (default) or `label`; ties are broken by id. Both in code-unit order, the same on both databases. */
  readonly sort?: 'id' | 'label';
}

export interface RecordPage<R extends RegisterName> {
  readonly total: number;
  readonly items: readonly StoredRecord<R>[];
}

/** A page of a register's records, with the number of records that match in all. */
export function listRecords<R extends RegisterName>(db: AimsDatabase, organisationId: string, register: R, options: ListOptions = {}): Promise<RecordPage<R>> {
  const { table, labelColumn } = layouts[register];
  const limit = Math.max(0, Math.min(options.limit ?? 50, 1000));
  const offset = Math.max(0, options.offset ?? 0);
  // PostgreSQL sorts text by the database's collation unless told otherwise; "C" is code-point order, as SQLite's.
  const ordered = (column: string) => (db.dialect === 'postgres' ? sql`${sql.ref(column)} collate "C"` : sql.ref(column));
  return inTransaction(db, 'read', async (trx) => {
    let query = trx.selectFrom(table).where('organisation_id', '=', organisationId);
    if (options.search) {
      query = query.where(sql<boolean>`lower(${sql.ref(labelColumn)}) like lower(${`%${escapeLike(options.search)}%`}) escape '\\'`);
    }
    const counted = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
    let page = query.select('id');
    if (options.sort === 'label') page = page.orderBy(ordered(labelColumn));
    const rows = await page.orderBy(ordered('id')).limit(limit).offset(offset).execute();
    const ids = rows.map((r) => r.id as string);
    const byId = new Map((await readRecords(trx, organisationId, register, ids)).map((s) => [s.record.id, s]));
    return { total: Number(counted?.n ?? 0), items: ids.map((id) => byId.get(id)!).filter(Boolean) };
  });
}

/** Creates a record (AppError already_exists when the id is taken); version 1. */
export function insertRecord<R extends RegisterName>(
  db: AimsDatabase, organisationId: string, register: R, record: RecordOf<R>, options: WriteOptions,
): Promise<StoredRecord<R>> {
  return writeOrganisation(db, organisationId, options, (w) => w.insert(register, record));
}

/** Replaces a record if it is still at `expectedVersion` (AppError version_conflict otherwise, and nothing changes). */
export function modifyRecord<R extends RegisterName>(
  db: AimsDatabase, organisationId: string, register: R, record: RecordOf<R>, expectedVersion: number, options: WriteOptions,
): Promise<StoredRecord<R>> {
  return writeOrganisation(db, organisationId, options, (w) => w.update(register, record, expectedVersion));
}

/** Deletes a record if it is still at `expectedVersion`; returns what was deleted. */
export function removeRecord<R extends RegisterName>(
  db: AimsDatabase, organisationId: string, register: R, id: string, expectedVersion: number, options: WriteOptions,
): Promise<StoredRecord<R>> {
  return writeOrganisation(db, organisationId, options, (w) => w.delete(register, id, expectedVersion));
}
