// Makes an organisation's stored records equal a snapshot in one transaction: the bulk write behind import.
import { registerNames, type AimsSnapshot, type AnyRecord, type RegisterName } from '../domain/index.ts';
import { AuditChain, flushAuditChain, GENESIS_HASH, ORGANISATION_REGISTER } from './audit-log.ts';
import { byCodeUnit, canonicalJson } from './canonical.ts';
import type { AimsDatabase } from './database.ts';
import { readRecords } from './read.ts';
import { ORGANISATIONS, type StoreDb } from './tables.ts';
import { inTransaction } from './transaction.ts';
import { deleteRows, insertRows, updateRows, type RowWrite } from './write-rows.ts';
import { lockOrganisation, writeTime, type WriteOptions } from './writer.ts';

export interface ChangeCounts {
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
}

export interface ReplaceSummary extends ChangeCounts {
  readonly organisationId: string;
  readonly organisation: 'created' | 'updated' | 'unchanged';
  /** Counts per register, for registers where anything was stored before or after. */
  readonly registers: Partial<Record<RegisterName, ChangeCounts>>;
}

async function replaceRegister(trx: StoreDb, chain: AuditChain, register: RegisterName, desired: readonly AnyRecord[]): Promise<ChangeCounts> {
  const organisationId = chain.organisationId;
  const current = new Map((await readRecords(trx, organisationId, register)).map((s) => [s.record.id, s]));
  const inserts: RowWrite[] = [];
  const updates: RowWrite[] = [];
  let unchanged = 0;
  const kept = new Set<string>();
  for (const record of desired) {
    kept.add(record.id);
    const after = canonicalJson(record);
    const stored = current.get(record.id);
    if (!stored) {
      inserts.push({ record, version: 1, createdAt: chain.at, updatedAt: chain.at });
      chain.append('create', register, record.id, null, after);
      continue;
    }
    const before = canonicalJson(stored.record);
    if (before === after) {
      unchanged++;
      continue;
    }
    updates.push({ record, version: stored.version + 1, createdAt: stored.createdAt, updatedAt: chain.at });
    chain.append('update', register, record.id, before, after);
  }
  const deletes = [...current.keys()].filter((id) => !kept.has(id)).sort(byCodeUnit);
  for (const id of deletes) chain.append('delete', register, id, canonicalJson(current.get(id)!.record), null);
  await deleteRows(trx, register, organisationId, deletes);
  await updateRows(trx, register, organisationId, updates);
  await insertRows(trx, register, organisationId, inserts);
  return { created: inserts.length, updated: updates.length, deleted: deletes.length, unchanged };
}

export interface ReplaceOptions extends WriteOptions {
  /** Shown what the replacement would do before it commits; throwing (an import that needs confirming) rolls it all back. */
  readonly approve?: (summary: ReplaceSummary) => void;
}

/**
 * In one transaction, makes the organisation (created when new) hold exactly the snapshot's records: new ones
 * inserted at version 1, changed ones replaced at version + 1, missing ones deleted, equal ones left untouched
 * (no version bump, no audit entry). One audit entry per change. Any failure rolls back everything.
 * The snapshot is taken as valid: validate it first (services/import-organisation does).
 */
export async function replaceOrganisation(db: AimsDatabase, snapshot: AimsSnapshot, options: ReplaceOptions): Promise<ReplaceSummary> {
  const at = writeTime(options);
  const organisation = snapshot.organisation;
  const organisationId = organisation.id;
  return inTransaction(db, 'write', async (trx) => {
    const head = await lockOrganisation(trx, db.dialect, organisationId);
    const chain = new AuditChain(organisationId, head ?? { seq: 0, hash: GENESIS_HASH }, options.actor, at);
    const after = canonicalJson(organisation);
    let organisationChange: ReplaceSummary['organisation'] = 'unchanged';
    if (!head) {
      await trx.insertInto(ORGANISATIONS).values({
        id: organisationId, name: organisation.name, version: 1, created_at: at, updated_at: at,
        data: JSON.stringify(organisation), audit_seq: 0, audit_hash: GENESIS_HASH,
      }).execute();
      chain.append('create', ORGANISATION_REGISTER, organisationId, null, after);
      organisationChange = 'created';
    } else {
      const before = canonicalJson(JSON.parse(head.data));
      if (before !== after) {
        await trx.updateTable(ORGANISATIONS)
          .set({ name: organisation.name, data: JSON.stringify(organisation), version: head.version + 1, updated_at: at })
          .where('id', '=', organisationId).execute();
        chain.append('update', ORGANISATION_REGISTER, organisationId, before, after);
        organisationChange = 'updated';
      }
    }
    const perRegister: Partial<Record<RegisterName, ChangeCounts>> = {};
    const total = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
    for (const register of registerNames) {
      const counts = await replaceRegister(trx, chain, register, snapshot[register] ?? []);
      if (counts.created + counts.updated + counts.deleted + counts.unchanged > 0) perRegister[register] = counts;
      total.created += counts.created;
      total.updated += counts.updated;
      total.deleted += counts.deleted;
      total.unchanged += counts.unchanged;
    }
    const summary: ReplaceSummary = { organisationId, organisation: organisationChange, ...total, registers: perRegister };
    options.approve?.(summary);
    await flushAuditChain(trx, chain);
    return summary;
  });
}
