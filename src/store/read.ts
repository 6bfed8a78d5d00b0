// Reads records of one organisation: one query per table and per link table, grouped in memory (no N+1).
import type { RecordOf, RegisterName } from '../domain/index.ts';
import { layouts } from './layout.ts';
import { fromCells } from './rows.ts';
import type { Row, StoreDb } from './tables.ts';

/** A record as stored: the record itself and the bookkeeping every table carries. */
export interface StoredRecord<R extends RegisterName = RegisterName> {
  readonly record: RecordOf<R>;
  /** 1 on creation, one more on every change; writes name the version they were based on. */
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Ids per IN list: far below both databases' parameter limits, and short enough for SQLite's statement cache. */
export const ID_BATCH = 500;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

type LinkItems = Map<string, Map<string, string[]>>;

async function readLinks(trx: StoreDb, organisationId: string, register: RegisterName, ownerIds?: readonly string[]): Promise<LinkItems> {
  const out: LinkItems = new Map();
  for (const link of layouts[register].links) {
    const byOwner = new Map<string, string[]>();
    out.set(link.table, byOwner);
    const batches = ownerIds ? chunks(ownerIds, ID_BATCH) : [undefined];
    for (const batch of batches) {
      if (batch?.length === 0) continue;
      let query = trx.selectFrom(link.table).select(['owner_id', 'target_id']).where('organisation_id', '=', organisationId);
      if (batch) query = query.where('owner_id', 'in', batch);
      // Owner then position is the primary key's order (no sort); pushing rows in it keeps each list in order.
      for (const row of await query.orderBy('owner_id').orderBy('position').execute()) {
        const owner = row.owner_id as string;
        let items = byOwner.get(owner);
        if (!items) byOwner.set(owner, (items = []));
        items.push(row.target_id as string);
      }
    }
  }
  return out;
}

function toStored<R extends RegisterName>(register: R, row: Row, links: LinkItems): StoredRecord<R> {
  const id = row.id as string;
  return {
    record: fromCells(register, row, (table) => links.get(table)?.get(id)) as RecordOf<R>,
    version: Number(row.version),
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
  };
}

/** Records of a register, all of them or those with the given ids, in no particular order. */
export async function readRecords<R extends RegisterName>(
  trx: StoreDb, organisationId: string, register: R, ids?: readonly string[],
): Promise<StoredRecord<R>[]> {
  const { table } = layouts[register];
  const rows: Row[] = [];
  for (const batch of ids ? chunks(ids, ID_BATCH) : [undefined]) {
    if (batch?.length === 0) continue;
    let query = trx.selectFrom(table).selectAll().where('organisation_id', '=', organisationId);
    if (batch) query = query.where('id', 'in', batch);
    for (const row of await query.execute()) rows.push(row);
  }
  if (rows.length === 0) return [];
  const links = await readLinks(trx, organisationId, register, ids ? rows.map((r) => r.id as string) : undefined);
  return rows.map((row) => toStored(register, row, links));
}

/**
 * Every record of a register without bookkeeping, for snapshots: only the columns records are made of are read,
 * since at 80,000 records the time goes into allocating rows and parsing them.
 */
export async function readAllRecords<R extends RegisterName>(trx: StoreDb, organisationId: string, register: R): Promise<RecordOf<R>[]> {
  const layout = layouts[register];
  const rows = await trx.selectFrom(layout.table).select(['id', 'data', ...layout.columns.map((c) => c.column)])
    .where('organisation_id', '=', organisationId).execute();
  if (rows.length === 0) return [];
  const links = await readLinks(trx, organisationId, register);
  return rows.map((row) => fromCells(register, row, (table) => links.get(table)?.get(row.id as string)) as RecordOf<R>);
}

export async function readRecord<R extends RegisterName>(
  trx: StoreDb, organisationId: string, register: R, id: string,
): Promise<StoredRecord<R> | undefined> {
  return (await readRecords(trx, organisationId, register, [id]))[0];
}
