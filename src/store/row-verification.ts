// Register rows verified against the audit trail: each row must be what its organisation's last entry for it recorded.
import * as crypto from 'node:crypto';
import { isRegisterName, registerNames, registers, type RegisterName } from '../domain/index.ts';
import type { AuditAction, AuditEntry } from './audit-log.ts';
import { ORGANISATION_REGISTER } from './audit-log.ts';
import { canonicalJson } from './canonical.ts';
import { membershipRows } from './accounts.ts';
import { controlStatementRows } from './control-statements.ts';
import { evidenceRequestRows } from './evidence-requests.ts';
import { evidenceFileRows } from './evidence-files.ts';
import type { AimsDatabase } from './database.ts';
import { layouts } from './layout.ts';
import { readRegisters } from './snapshot.ts';
import { ORGANISATIONS, type StoreDb } from './tables.ts';

/** What a row says against the trail: changed past the application, written without an entry, or deleted without one. */
export type RowProblem = 'changed' | 'unrecorded' | 'not-deleted' | 'missing' | 'unknown-register';

export interface RowDiscrepancy {
  readonly organisationId: string;
  /** A register name, or `organisation` for the organisation record itself. */
  readonly register: string;
  readonly recordId: string;
  readonly problem: RowProblem;
  /** The last entry about the record, when it has one. */
  readonly seq?: number;
  readonly message: string;
}

export interface RowVerification {
  /** Rows compared: the organisation's own row (when present) and every register row. */
  readonly rows: number;
  readonly discrepancies: readonly RowDiscrepancy[];
}

interface LastEntry {
  readonly seq: number;
  readonly action: AuditAction;
  /** SHA-256 of the recorded `after` (null for a delete): a digest keeps the state of 70,000 records small. */
  readonly digest: string | null;
}

/** Node 20.12 and later hash a string in one call, without a Hash object per record; earlier ones go through createHash. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'base64') => string }).hash;
const digestOf = (text: string): string => (oneShot ? oneShot('sha256', text, 'base64') : crypto.createHash('sha256').update(text, 'utf8').digest('base64'));
const keyOf = (register: string, recordId: string): string => `${register}\u0000${recordId}`;

/** The state of every record the trail speaks of, built entry by entry as the chain is walked. */
export class TrailState {
  readonly #last = new Map<string, LastEntry & { readonly register: string; readonly recordId: string }>();

  note(entry: AuditEntry): void {
    this.#last.set(keyOf(entry.register, entry.recordId), {
      register: entry.register, recordId: entry.recordId, seq: entry.seq, action: entry.action,
      digest: entry.after === null ? null : digestOf(entry.after),
    });
  }

  /** Takes the last entry about a record out of the state: what is left at the end has no row. */
  take(register: string, recordId: string): LastEntry | undefined {
    const key = keyOf(register, recordId);
    const last = this.#last.get(key);
    this.#last.delete(key);
    return last;
  }

  left(): IterableIterator<LastEntry & { readonly register: string; readonly recordId: string }> {
    return this.#last.values();
  }
}

/** Tables outside the registers whose writes append to the trail too, each read as its entries record it. */
const otherAuditedTables = [controlStatementRows, evidenceRequestRows, evidenceFileRows, membershipRows];
const isAuditedTable = (register: string): boolean => otherAuditedTables.some((t) => t.register === register);

function labelOf(register: string, recordId: string): string {
  if (register === ORGANISATION_REGISTER) return `Organisation "${recordId}"`;
  return isRegisterName(register) ? `${registers[register].title} "${recordId}"` : `${register} "${recordId}"`;
}

function compare(organisationId: string, register: string, recordId: string, current: string, last: LastEntry | undefined): RowDiscrepancy | undefined {
  const what = labelOf(register, recordId);
  const at = { organisationId, register, recordId };
  if (!last) return { ...at, problem: 'unrecorded', message: `${what} has no audit entry: it was written past the application` };
  if (last.action === 'delete') {
    return { ...at, problem: 'not-deleted', seq: last.seq, message: `${what} is still in the database, but entry #${last.seq} recorded its deletion` };
  }
  if (last.digest !== digestOf(current)) {
    return { ...at, problem: 'changed', seq: last.seq, message: `${what} differs from what its last audit entry (#${last.seq}) recorded: it was changed past the application` };
  }
  return undefined;
}

/**
 * Compares the organisation's row and every register row with `trail` (its whole chain, already walked and
 * verified), reading each register in one query rather than a query per record.
 */
export async function verifyRows(db: AimsDatabase, trx: StoreDb, organisationId: string, trail: TrailState): Promise<RowVerification> {
  const discrepancies: RowDiscrepancy[] = [];
  let rows = 0;
  const own = await trx.selectFrom(ORGANISATIONS).select('data').where('id', '=', organisationId).executeTakeFirst();
  if (own) {
    rows++;
    const found = compare(organisationId, ORGANISATION_REGISTER, organisationId, canonicalJson(JSON.parse(own.data as string)), trail.take(ORGANISATION_REGISTER, organisationId));
    if (found) discrepancies.push(found);
  }
  const records = await readRegisters(db, trx, organisationId);
  for (const register of registerNames) {
    for (const record of records[register]) {
      rows++;
      const found = compare(organisationId, register, record.id, canonicalJson(record), trail.take(register, record.id));
      if (found) discrepancies.push(found);
    }
  }
  for (const table of otherAuditedTables) {
    for (const row of await table.read(trx, organisationId)) {
      rows++;
      const found = compare(organisationId, table.register, row.id, row.content, trail.take(table.register, row.id));
      if (found) discrepancies.push(found);
    }
  }
  for (const last of trail.left()) {
    if (last.action === 'delete') continue;
    const at = { organisationId, register: last.register, recordId: last.recordId, seq: last.seq };
    const what = labelOf(last.register, last.recordId);
    discrepancies.push(last.register !== ORGANISATION_REGISTER && !isRegisterName(last.register) && !isAuditedTable(last.register)
      ? { ...at, problem: 'unknown-register', message: `entry #${last.seq} is about ${what}, of a register this release does not know` }
      : { ...at, problem: 'missing', message: `${what} is gone from the database, but its last audit entry (#${last.seq}, ${last.action}) recorded it: it was deleted past the application` });
  }
  return { rows, discrepancies };
}

/**
 * Organisation ids found in register rows but neither in `organisations` nor in the trail: rows left behind by a
 * deletion made past the application (foreign keys off), which no entry accounts for.
 */
export async function organisationsOnlyInRows(trx: StoreDb, known: ReadonlySet<string>): Promise<string[]> {
  const found = new Set<string>();
  for (const register of registerNames as readonly RegisterName[]) {
    const rows = await trx.selectFrom(layouts[register].table).select('organisation_id').distinct().execute();
    for (const row of rows) if (!known.has(row.organisation_id as string)) found.add(row.organisation_id as string);
  }
  return [...found];
}
