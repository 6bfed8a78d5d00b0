// The audit trail: every change to an organisation's records, append-only and hash-chained per organisation.
import { createHash } from 'node:crypto';
import { AppError } from '../domain/index.ts';
import type { AimsDatabase } from './database.ts';
import { AUDIT_LOG, ORGANISATIONS, type Row, type StoreDb } from './tables.ts';
import { inTransaction } from './transaction.ts';

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

const fromRow = (r: Row): AuditEntry => ({
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
  return rows.map(fromRow);
}

export interface BrokenEntry {
  readonly organisationId: string;
  readonly seq: number;
  readonly reason: string;
}

export interface OrganisationTrail {
  readonly organisationId: string;
  readonly entries: number;
  /** The first entry that does not verify; absent when the organisation's chain is intact. */
  readonly broken?: BrokenEntry;
}

export interface AuditVerification {
  readonly intact: boolean;
  readonly organisations: readonly OrganisationTrail[];
  /** The first broken entry over all organisations checked (in organisation id order). */
  readonly firstBroken?: BrokenEntry;
}

async function verifyOrganisation(trx: StoreDb, organisationId: string, head: ChainHead): Promise<OrganisationTrail> {
  let expected: ChainHead = { seq: 0, hash: GENESIS_HASH };
  const broken = (seq: number, reason: string): OrganisationTrail => ({ organisationId, entries: expected.seq, broken: { organisationId, seq, reason } });
  for (;;) {
    const rows = await trx.selectFrom(AUDIT_LOG).selectAll()
      .where('organisation_id', '=', organisationId).where('seq', '>', expected.seq)
      .orderBy('seq').limit(5000).execute();
    for (const entry of rows.map(fromRow)) {
      const seq = expected.seq + 1;
      if (entry.seq !== seq) return broken(seq, `entry #${seq} is missing (the next entry is #${entry.seq})`);
      if (entry.prevHash !== expected.hash) return broken(seq, `entry #${seq} does not follow entry #${seq - 1}: its prev_hash differs from that entry's hash`);
      const { hash, ...unhashed } = entry;
      if (hashEntry(unhashed) !== hash) return broken(seq, `entry #${seq} was altered: its content does not match its hash`);
      if (!['create', 'update', 'delete'].includes(entry.action)) return broken(seq, `entry #${seq} has an unknown action "${entry.action}"`);
      expected = { seq, hash };
    }
    if (rows.length < 5000) break;
  }
  if (head.seq !== expected.seq || head.hash !== expected.hash) {
    return broken(expected.seq + 1, head.seq > expected.seq
      ? `entries #${expected.seq + 1} to #${head.seq} are missing (the trail ends at #${expected.seq})`
      : `the organisation's chain head (#${head.seq}) does not match the last entry (#${expected.seq})`);
  }
  return { organisationId, entries: expected.seq };
}

/**
 * Recomputes every hash of the audit trail, of one organisation or of all, and reports the first entry that is
 * missing, out of order or altered. What it cannot see: a chain rewritten consistently from some entry onward
 * together with the head; keep copies of `audit_hash` elsewhere (backups) to anchor it.
 */
export async function verifyAuditTrail(db: AimsDatabase, organisationId?: string): Promise<AuditVerification> {
  return inTransaction(db, 'read', async (trx) => {
    let query = trx.selectFrom(ORGANISATIONS).select(['id', 'audit_seq', 'audit_hash']);
    if (organisationId !== undefined) query = query.where('id', '=', organisationId);
    const heads = (await query.execute()).sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : 1));
    if (organisationId !== undefined && heads.length === 0) {
      throw new AppError('not_found', `No organisation with id "${organisationId}" in this database.`);
    }
    const organisations: OrganisationTrail[] = [];
    for (const h of heads) {
      organisations.push(await verifyOrganisation(trx, h.id as string, { seq: Number(h.audit_seq), hash: h.audit_hash as string }));
    }
    const firstBroken = organisations.find((o) => o.broken)?.broken;
    return { intact: firstBroken === undefined, organisations, ...(firstBroken ? { firstBroken } : {}) };
  });
}
