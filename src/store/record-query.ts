// Register list pages for the API: filters on the indexed columns, text search on the label, sort, pages;
// a record's audit history; and what refers to a record (its inbound links).
import { sql } from 'kysely';
import type { RegisterName } from '../domain/index.ts';
import type { AuditEntry } from './audit-log.ts';
import type { AimsDatabase } from './database.ts';
import { layouts } from './layout.ts';
import { readRecords, type StoredRecord } from './read.ts';
import { escapeLike, findReferrers, type Referrer } from './references.ts';
import { AUDIT_LOG, type StoreDb } from './tables.ts';
import { inTransaction } from './transaction.ts';

export interface RecordQuery {
  readonly limit: number;
  readonly offset: number;
  /** Text the label must contain, ignoring case for ASCII letters. */
  readonly search?: string;
  /** Exact values of indexed fields (the register's columns), by field name. */
  readonly filters?: Readonly<Record<string, string>>;
  /** `id`, `label`, or an indexed field; ties broken by id. */
  readonly sort?: string;
  readonly descending?: boolean;
  /** Only these ids (an external auditor's scope); undefined for no restriction. */
  readonly onlyIds?: readonly string[];
  /**
   * The total of the same query counted before, at a version of the organisation: used instead of counting again
   * when the organisation is still at that version (paging through a register counts once).
   */
  readonly countedAt?: { readonly seq: number; readonly hash: string; readonly total: number };
}

/** The fields of a register a list may filter and sort on: its columns (ids, dates, status, label). */
export const indexedFields = (register: RegisterName): readonly string[] => layouts[register].columns.map((c) => c.field);

export interface QueriedPage<R extends RegisterName> {
  readonly total: number;
  readonly items: StoredRecord<R>[];
  /** The organisation's version (head of its audit chain) the page was read at, in the same transaction. */
  readonly head: { readonly seq: number; readonly hash: string } | undefined;
}

/** A page of a register's records matching the query, with the number that match in all. */
export function queryRecords<R extends RegisterName>(db: AimsDatabase, organisationId: string, register: R, q: RecordQuery): Promise<QueriedPage<R>> {
  const layout = layouts[register];
  const columnOf = (field: string) => (field === 'id' ? 'id' : field === 'label' ? layout.labelColumn : layout.columns.find((c) => c.field === field)?.column);
  // PostgreSQL sorts text by the database's collation unless told otherwise; "C" is code-point order, as SQLite's.
  const ordered = (column: string) => (db.dialect === 'postgres' ? sql`${sql.ref(column)} collate "C"` : sql.ref(column));
  return inTransaction(db, 'read', async (trx) => {
    let query = trx.selectFrom(layout.table).where('organisation_id', '=', organisationId);
    if (q.search) query = query.where(sql<boolean>`lower(${sql.ref(layout.labelColumn)}) like lower(${`%${escapeLike(q.search)}%`}) escape '\\'`);
    for (const [field, value] of Object.entries(q.filters ?? {})) {
      const column = columnOf(field);
      if (column) query = query.where(column, '=', value);
    }
    if (q.onlyIds) query = q.onlyIds.length === 0 ? query.where(sql<boolean>`1 = 0`) : query.where('id', 'in', [...q.onlyIds]);
    const head = await trx.selectFrom('organisations').select(['audit_seq', 'audit_hash']).where('id', '=', organisationId).executeTakeFirst();
    const known = q.countedAt && head && q.countedAt.seq === Number(head.audit_seq) && q.countedAt.hash === head.audit_hash ? q.countedAt.total : undefined;
    const counted = known !== undefined ? { n: known } : await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
    const direction = q.descending ? 'desc' : 'asc';
    // Ids first, then those rows whole: sorting and skipping (a sort by title sorts every record of the register) then
    // moves only ids and sort keys, never the records' data.
    let page = query.select('id');
    const sortColumn = q.sort ? columnOf(q.sort) : undefined;
    if (sortColumn && sortColumn !== 'id') page = page.orderBy(sql`${ordered(sortColumn)} ${sql.raw(direction)}`);
    const rows = await page.orderBy(sql`${ordered('id')} ${sql.raw(sortColumn === 'id' ? direction : 'asc')}`).limit(q.limit).offset(q.offset).execute();
    const ids = rows.map((r) => r.id as string);
    const byId = new Map((await readRecords(trx, organisationId, register, ids)).map((s) => [s.record.id, s]));
    return {
      total: Number(counted?.n ?? 0),
      items: ids.map((id) => byId.get(id)).filter((s): s is StoredRecord<R> => s !== undefined),
      head: head ? { seq: Number(head.audit_seq), hash: head.audit_hash as string } : undefined,
    };
  });
}

/** The audit entries about one record, oldest first (the whole chain is verified elsewhere). */
export async function recordHistory(db: AimsDatabase, organisationId: string, register: RegisterName, id: string, limit = 500): Promise<AuditEntry[]> {
  const rows = await db.kysely.selectFrom(AUDIT_LOG).selectAll()
    .where('organisation_id', '=', organisationId).where('register', '=', register).where('record_id', '=', id)
    .orderBy('seq').limit(limit).execute();
  return rows.map((r) => ({
    organisationId: r.organisation_id as string, seq: Number(r.seq), at: r.at as string, actor: r.actor as string,
    action: r.action as AuditEntry['action'], register: r.register as string, recordId: r.record_id as string,
    before: r.before as string | null, after: r.after as string | null, prevHash: r.prev_hash as string, hash: r.hash as string,
  }));
}

/** Every record of the organisation that refers to `register`/`id`, and in which field. */
export function recordReferrers(db: AimsDatabase, organisationId: string, register: RegisterName, id: string): Promise<Referrer[]> {
  return inTransaction(db, 'read', (trx: StoreDb) => findReferrers(trx, organisationId, register, id));
}

/** The head of the organisation's audit chain: its version, which changes with every write. */
export async function organisationHead(db: AimsDatabase, organisationId: string): Promise<{ seq: number; hash: string } | undefined> {
  const row = await db.kysely.selectFrom('organisations').select(['audit_seq', 'audit_hash']).where('id', '=', organisationId).executeTakeFirst();
  return row ? { seq: Number(row.audit_seq), hash: row.audit_hash as string } : undefined;
}
