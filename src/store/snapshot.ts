// Loads an organisation's whole AIMS as an AimsSnapshot, and lists the organisations a database holds.
import { AppError, registerNames, type AimsSnapshot, type Organisation, type RegisterName } from '../domain/index.ts';
import { byCodeUnit } from './canonical.ts';
import type { AimsDatabase } from './database.ts';
import { readAllRecords } from './read.ts';
import { ORGANISATIONS } from './tables.ts';
import { inTransaction } from './transaction.ts';

/** Every organisation in the database, by id. */
export function listOrganisations(db: AimsDatabase): Promise<Organisation[]> {
  return inTransaction(db, 'read', async (trx) => {
    const rows = await trx.selectFrom(ORGANISATIONS).select(['id', 'data']).execute();
    return rows.map((r) => JSON.parse(r.data as string) as Organisation).sort((a, b) => byCodeUnit(a.id, b.id));
  });
}

/**
 * The organisation's records, each register sorted by id in code-unit order (sorted here, not by SQL, whose
 * collations differ between databases), read in one transaction so the snapshot is one consistent state.
 */
export function loadSnapshot(db: AimsDatabase, organisationId: string): Promise<AimsSnapshot> {
  return inTransaction(db, 'read', async (trx) => {
    const row = await trx.selectFrom(ORGANISATIONS).select('data').where('id', '=', organisationId).executeTakeFirst();
    if (!row) throw new AppError('not_found', `No organisation with id "${organisationId}" in this database.`);
    const snapshot: Record<string, unknown> = { organisation: JSON.parse(row.data as string) as Organisation };
    for (const register of registerNames) {
      snapshot[register] = (await readAllRecords(trx, organisationId, register as RegisterName)).sort((a, b) => byCodeUnit(a.id, b.id));
    }
    return snapshot as AimsSnapshot;
  });
}
