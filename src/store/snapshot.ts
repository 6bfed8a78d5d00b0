// Loads an organisation's whole AIMS as an AimsSnapshot, and lists the organisations a database holds.
import type Sqlite from 'better-sqlite3';
import { AppError, registerNames, type AimsSnapshot, type AnyRecord, type Organisation, type RegisterName } from '../domain/index.ts';
import { byCodeUnit } from './canonical.ts';
import { sqliteConnection, type AimsDatabase } from './database.ts';
import { layouts, type TableLayout } from './layout.ts';
import { readAllRecords } from './read.ts';
import { recordsFromArrays, type LinkLists } from './rows.ts';
import { ORGANISATIONS, type Cell, type StoreDb } from './tables.ts';
import { inTransaction } from './transaction.ts';

/** Every organisation in the database, by id. */
export function listOrganisations(db: AimsDatabase): Promise<Organisation[]> {
  return inTransaction(db, 'read', async (trx) => {
    const rows = await trx.selectFrom(ORGANISATIONS).select(['id', 'data']).execute();
    return rows.map((r) => JSON.parse(r.data as string) as Organisation).sort((a, b) => byCodeUnit(a.id, b.id));
  });
}

export type RegisterRecords = { [R in RegisterName]: AnyRecord[] };

const quoted = (name: string): string => `"${name}"`;

function linkListsSqlite(raw: Sqlite.Database, layout: TableLayout, organisationId: string): LinkLists {
  const out = new Map<string, Map<string, string[]>>();
  for (const link of layout.links) {
    const byOwner = new Map<string, string[]>();
    out.set(link.table, byOwner);
    // Owner then position is the primary key's order (no sort); pushing rows in it keeps each list in order.
    const rows = raw.prepare(`select owner_id, target_id from ${quoted(link.table)} where organisation_id = ? order by owner_id, position`)
      .raw(true).all(organisationId) as string[][];
    let owner: string | undefined;
    let items: string[] = [];
    for (const [ownerId, target] of rows) {
      if (ownerId !== owner) byOwner.set((owner = ownerId!), (items = []));
      items.push(target!);
    }
  }
  return out;
}

/**
 * SQLite straight through better-sqlite3, inside the transaction Kysely holds open on the one connection: rows as
 * arrays and no query building, since at 70,000 records the time goes into allocating and parsing rows.
 */
function readRegistersSqlite(raw: Sqlite.Database, organisationId: string): RegisterRecords {
  const out: Partial<RegisterRecords> = {};
  for (const register of registerNames) {
    const layout = layouts[register];
    const columns = ['id', 'data', ...layout.columns.map((c) => c.column)].map(quoted).join(', ');
    const rows = raw.prepare(`select ${columns} from ${quoted(layout.table)} where organisation_id = ?`).raw(true).all(organisationId) as Cell[][];
    out[register] = rows.length === 0 ? [] : recordsFromArrays(layout, rows, linkListsSqlite(raw, layout, organisationId));
  }
  return out as RegisterRecords;
}

/**
 * Every register of one organisation, each sorted by id in code-unit order (sorted here, not by SQL, whose
 * collations differ between databases). Call it inside a read transaction of `db`, passing that transaction.
 */
export async function readRegisters(db: AimsDatabase, trx: StoreDb, organisationId: string): Promise<RegisterRecords> {
  const raw = sqliteConnection(db);
  let out: RegisterRecords;
  if (raw) {
    out = readRegistersSqlite(raw, organisationId);
  } else {
    const read: Partial<RegisterRecords> = {};
    for (const register of registerNames) read[register] = await readAllRecords(trx, organisationId, register);
    out = read as RegisterRecords;
  }
  for (const register of registerNames) out[register].sort((a, b) => byCodeUnit(a.id, b.id));
  return out;
}

/** The organisation's records, read in one transaction so the snapshot is one consistent state. */
export function loadSnapshot(db: AimsDatabase, organisationId: string): Promise<AimsSnapshot> {
  return inTransaction(db, 'read', async (trx) => {
    const row = await trx.selectFrom(ORGANISATIONS).select('data').where('id', '=', organisationId).executeTakeFirst();
    if (!row) throw new AppError('not_found', `No organisation with id "${organisationId}" in this database.`);
    const organisation = JSON.parse(row.data as string) as Organisation;
    return { organisation, ...(await readRegisters(db, trx, organisationId)) } as AimsSnapshot;
  });
}
