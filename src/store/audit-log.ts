// The audit trail: every change to an organisation's records, append-only and hash-chained per organisation.
import { createHash } from 'node:crypto';
import type { AimsDatabase } from './database.ts';
import { AUDIT_LOG, ORGANISATIONS, type Row, type StoreDb } from './tables.ts';

export type AuditAction = 'create' | 'update' | 'delete';

/** The hash before the first entry of an organisation's chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Register name of entries about the organisation record itself. */
export const ORGANISATION_REGISTER = 'organisation';

export interface AuditEntry {
  readonly organisationId: string;
  /** 1, 2, 3, … per organisation, without gaps. */
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: AuditAction;
  readonly register: string;
  readonly recordId: string;
  /** Canonical JSON of the record before and after the change; null for a create's before and a delete's after. */
  readonly before: string | null;
  readonly after: string | null;
  readonly prevHash: string;
  readonly hash: string;
}

export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

/**
 * SHA-256 over a JSON array of every field in a fixed order, prev_hash included: JSON escaping makes the
 * serialisation unambiguous, and `before`/`after` are hashed as the exact text stored.
 */
export function hashEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const canonical = JSON.stringify([
    'openaims-audit-1', entry.organisationId, entry.seq, entry.at, entry.actor, entry.action,
    entry.register, entry.recordId, entry.before, entry.after, entry.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Entries of one write transaction, chained in memory and written together at its end. */
export class AuditChain {
  readonly pending: AuditEntry[] = [];
  #head: ChainHead;

  constructor(readonly organisationId: string, head: ChainHead, readonly actor: string, readonly at: string) {
    this.#head = head;
  }

  get head(): ChainHead {
    return this.#head;
  }

  append(action: AuditAction, register: string, recordId: string, before: string | null, after: string | null): AuditEntry {
    const unhashed = {
      organisationId: this.organisationId, seq: this.#head.seq + 1, at: this.at, actor: this.actor,
      action, register, recordId, before, after, prevHash: this.#head.hash,
    };
    const entry = { ...unhashed, hash: hashEntry(unhashed) };
    this.pending.push(entry);
    this.#head = { seq: entry.seq, hash: entry.hash };
    return entry;
  }
}

const toRow = (e: AuditEntry): Row => ({
  organisation_id: e.organisationId, seq: e.seq, at: e.at, actor: e.actor, action: e.action, register: e.register,
  record_id: e.recordId, before: e.before, after: e.after, prev_hash: e.prevHash, hash: e.hash,
});

export const auditEntryFromRow = (r: Row): AuditEntry => ({
  organisationId: r.organisation_id as string, seq: Number(r.seq), at: r.at as string, actor: r.actor as string,
  action: r.action as AuditAction, register: r.register as string, recordId: r.record_id as string,
  before: r.before as string | null, after: r.after as string | null, prevHash: r.prev_hash as string, hash: r.hash as string,
});

/** Writes the chain's pending entries and moves the organisation's head; call once, at the end of the transaction. */
export async function flushAuditChain(trx: StoreDb, chain: AuditChain): Promise<void> {
  if (chain.pending.length === 0) return;
  const rows = chain.pending.map(toRow);
  // 11 parameters a row; 2,000 rows stay under both databases' limits on parameters per statement.
  for (let i = 0; i < rows.length; i += 2000) await trx.insertInto(AUDIT_LOG).values(rows.slice(i, i + 2000)).execute();
  await trx.updateTable(ORGANISATIONS)
    .set({ audit_seq: chain.head.seq, audit_hash: chain.head.hash })
    .where('id', '=', chain.organisationId)
    .execute();
  chain.pending.length = 0;
}

/** The entries of an organisation's audit trail in order, a page at a time. */
export async function readAuditEntries(db: AimsDatabase, organisationId: string, afterSeq = 0, limit = 1000): Promise<AuditEntry[]> {
  const rows = await db.kysely.selectFrom(AUDIT_LOG).selectAll()
    .where('organisation_id', '=', organisationId).where('seq', '>', afterSeq)
    .orderBy('seq').limit(limit).execute();
  return rows.map(auditEntryFromRow);
}
