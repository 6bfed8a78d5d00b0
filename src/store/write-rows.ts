// Batched row writes for one register: multi-row inserts and upserts sized to stay under parameter limits.
import { sql } from 'kysely';
import type { AnyRecord, RegisterName } from '../domain/index.ts';
import { layouts } from './layout.ts';
import { chunks, ID_BATCH } from './read.ts';
import { toCells } from './rows.ts';
import type { Row, StoreDb } from './tables.ts';

/**
 * Parameters per statement: PostgreSQL allows 65,535, SQLite (as built into better-sqlite3) 32,766; staying well
 * under both keeps one code path for both databases.
 */
const MAX_PARAMETERS = 30_000;

/** A record to write with its bookkeeping. */
export interface RowWrite {
  readonly record: AnyRecord;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface Prepared {
  readonly rows: Row[];
  readonly linkRows: Map<string, Row[]>;
}

function prepare(register: RegisterName, organisationId: string, writes: readonly RowWrite[]): Prepared {
  const rows: Row[] = [];
  const linkRows = new Map<string, Row[]>(layouts[register].links.map((l) => [l.table, []]));
  for (const w of writes) {
    const { cells, links } = toCells(register, w.record);
    rows.push({ organisation_id: organisationId, ...cells, version: w.version, created_at: w.createdAt, updated_at: w.updatedAt });
    for (const [table, targets] of links) {
      const out = linkRows.get(table)!;
      targets.forEach((target, position) => out.push({ organisation_id: organisationId, owner_id: cells.id as string, target_id: target, position }));
    }
  }
  return { rows, linkRows };
}

async function insertBatched(trx: StoreDb, table: string, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]!).length));
  for (const batch of chunks(rows, size)) await trx.insertInto(table).values(batch).execute();
}

/** Inserts new records with their link rows. */
export async function insertRows(trx: StoreDb, register: RegisterName, organisationId: string, writes: readonly RowWrite[]): Promise<void> {
  const { rows, linkRows } = prepare(register, organisationId, writes);
  await insertBatched(trx, layouts[register].table, rows);
  for (const [table, links] of linkRows) await insertBatched(trx, table, links);
}

/** Replaces existing records (same ids) in place, rewriting their link rows. */
export async function updateRows(trx: StoreDb, register: RegisterName, organisationId: string, writes: readonly RowWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const { rows, linkRows } = prepare(register, organisationId, writes);
  const layout = layouts[register];
  await deleteLinkRows(trx, register, organisationId, rows.map((r) => r.id as string));
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]!).length));
  const updated = Object.keys(rows[0]!).filter((c) => c !== 'organisation_id' && c !== 'id' && c !== 'created_at');
  for (const batch of chunks(rows, size)) {
    // An upsert updates many rows in one statement on both databases; every id here exists already.
    await trx.insertInto(layout.table).values(batch)
      .onConflict((oc) => oc.columns(['organisation_id', 'id']).doUpdateSet(
        Object.fromEntries(updated.map((c) => [c, sql`excluded.${sql.ref(c)}`])),
      ))
      .execute();
  }
  for (const [table, links] of linkRows) await insertBatched(trx, table, links);
}

async function deleteLinkRows(trx: StoreDb, register: RegisterName, organisationId: string, ids: readonly string[]): Promise<void> {
  for (const link of layouts[register].links) {
    for (const batch of chunks(ids, ID_BATCH)) {
      await trx.deleteFrom(link.table).where('organisation_id', '=', organisationId).where('owner_id', 'in', batch).execute();
    }
  }
}

/** Deletes records by id with their link rows; returns how many rows went. */
export async function deleteRows(trx: StoreDb, register: RegisterName, organisationId: string, ids: readonly string[]): Promise<number> {
  await deleteLinkRows(trx, register, organisationId, ids);
  let deleted = 0;
  for (const batch of chunks(ids, ID_BATCH)) {
    const result = await trx.deleteFrom(layouts[register].table).where('organisation_id', '=', organisationId).where('id', 'in', batch).executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  return deleted;
}
