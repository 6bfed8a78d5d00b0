// One write transaction on one organisation: record changes with version checks, each with its audit entry.
import { sql } from 'kysely';
import { AppError, registers, type AnyRecord, type FoundRef, type RecordOf, type RegisterName } from '../domain/index.ts';
import { AuditChain, flushAuditChain, type ChainHead } from './audit-log.ts';
import { canonicalJson } from './canonical.ts';
import type { AimsDatabase, Dialect } from './database.ts';
import { readAllRecords, readRecord, type StoredRecord } from './read.ts';
import { findReferrers, missingReferences, type Referrer } from './references.ts';
import { ORGANISATIONS, type StoreDb } from './tables.ts';
import { inTransaction } from './transaction.ts';
import { deleteRows, insertRows, updateRows } from './write-rows.ts';

/** Who writes, and when (ISO 8601); the time defaults to the moment of the write. */
export interface WriteOptions {
  readonly actor: string;
  readonly at?: string;
}

/** The audit trail needs a time; the outer layers usually pass none and the store reads the clock here, once. */
export const writeTime = (options: WriteOptions): string => options.at ?? new Date().toISOString();

/** The first key of OpenAIMS's advisory locks on PostgreSQL ("AIMS" in ASCII), so they do not collide with others'. */
const ADVISORY_LOCK_CLASS = 0x41494d53;

/**
 * Locks the organisation's row for the rest of the transaction (PostgreSQL; SQLite's BEGIN IMMEDIATE already
 * holds the only write lock) and returns its audit chain head, or undefined when there is no such organisation.
 */
export async function lockOrganisation(trx: StoreDb, dialect: Dialect, organisationId: string): Promise<(ChainHead & { version: number; data: string }) | undefined> {
  if (dialect === 'postgres') {
    // A row lock cannot hold an organisation that does not exist yet, so two first imports would both insert it. An
    // advisory lock on its id, held to the end of the transaction, makes the second wait, then read the first's row.
    await sql`select pg_advisory_xact_lock(${ADVISORY_LOCK_CLASS}::int4, hashtext(${organisationId}))`.execute(trx);
  }
  let query = trx.selectFrom(ORGANISATIONS).select(['audit_seq', 'audit_hash', 'version', 'data']).where('id', '=', organisationId);
  if (dialect === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  return { seq: Number(row.audit_seq), hash: row.audit_hash as string, version: Number(row.version), data: row.data as string };
}

const label = (register: RegisterName, id: string) => `${registers[register].title} "${id}"`;

export class OrganisationWriter {
  constructor(
    readonly trx: StoreDb,
    readonly organisationId: string,
    readonly chain: AuditChain,
  ) {}

  get at(): string {
    return this.chain.at;
  }

  get<R extends RegisterName>(register: R, id: string): Promise<StoredRecord<R> | undefined> {
    return readRecord(this.trx, this.organisationId, register, id);
  }

  /** Every record of a register, as this transaction sees it: what a workflow judges a step against. */
  all<R extends RegisterName>(register: R): Promise<RecordOf<R>[]> {
    return readAllRecords(this.trx, this.organisationId, register);
  }

  missingReferences(register: RegisterName, record: AnyRecord): Promise<FoundRef[]> {
    return missingReferences(this.trx, this.organisationId, register, record);
  }

  referrers(register: RegisterName, id: string): Promise<Referrer[]> {
    return findReferrers(this.trx, this.organisationId, register, id);
  }

  async insert<R extends RegisterName>(register: R, record: RecordOf<R>): Promise<StoredRecord<R>> {
    if (await this.get(register, record.id)) {
      throw new AppError('already_exists', `${label(register, record.id)} already exists.`, [{ register, recordId: record.id, field: 'id', message: 'is taken' }]);
    }
    const stored = { record, version: 1, createdAt: this.at, updatedAt: this.at };
    await insertRows(this.trx, register, this.organisationId, [stored]);
    this.chain.append('create', register, record.id, null, canonicalJson(record));
    return stored;
  }

  /** The current record, or the error a write based on `expectedVersion` must fail with. */
  async #current<R extends RegisterName>(register: R, id: string, expectedVersion: number): Promise<StoredRecord<R>> {
    const current = await this.get(register, id);
    if (!current) throw new AppError('not_found', `${label(register, id)} does not exist.`, [{ register, recordId: id, message: 'not found' }]);
    if (current.version !== expectedVersion) {
      throw new AppError('version_conflict', `${label(register, id)} was changed by someone else (it is at version ${current.version}, `
        + `the change was based on version ${expectedVersion}). Nothing was written; reload it and apply the change again.`,
      [{ register, recordId: id, field: 'version', message: `is ${current.version}, not ${expectedVersion}` }]);
    }
    return current;
  }

  /** Replaces the record with the same id, if it is still at `expectedVersion`; an identical record changes nothing. */
  async update<R extends RegisterName>(register: R, record: RecordOf<R>, expectedVersion: number): Promise<StoredRecord<R>> {
    const current = await this.#current(register, record.id, expectedVersion);
    const before = canonicalJson(current.record);
    const after = canonicalJson(record);
    if (before === after) return current;
    const stored = { record, version: current.version + 1, createdAt: current.createdAt, updatedAt: this.at };
    await updateRows(this.trx, register, this.organisationId, [stored]);
    this.chain.append('update', register, record.id, before, after);
    return stored;
  }

  async delete<R extends RegisterName>(register: R, id: string, expectedVersion: number): Promise<StoredRecord<R>> {
    const current = await this.#current(register, id, expectedVersion);
    await deleteRows(this.trx, register, this.organisationId, [id]);
    this.chain.append('delete', register, id, canonicalJson(current.record), null);
    return current;
  }
}

/**
 * Runs `fn` with a writer on one organisation in one transaction; its audit entries are written before commit,
 * so a change and its entry exist together or not at all. Inside `fn` use only the writer, never `db`: on SQLite
 * the one connection is held by the transaction (a query on `db` would wait for ever), on PostgreSQL another
 * connection would not see the transaction's changes.
 */
export async function writeOrganisation<T>(
  db: AimsDatabase, organisationId: string, options: WriteOptions, fn: (writer: OrganisationWriter) => Promise<T>,
): Promise<T> {
  const at = writeTime(options);
  return inTransaction(db, 'write', async (trx) => {
    const head = await lockOrganisation(trx, db.dialect, organisationId);
    if (!head) throw new AppError('not_found', `No organisation with id "${organisationId}" in this database.`);
    const chain = new AuditChain(organisationId, head, options.actor, at);
    const result = await fn(new OrganisationWriter(trx, organisationId, chain));
    await flushAuditChain(trx, chain);
    return result;
  });
}
