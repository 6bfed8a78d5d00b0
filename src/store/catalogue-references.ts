// Which records name a clause or a control: the evidence that serves clause 9.2, the risks that control A.6.2.7
// treats. Served by the catalogue link tables and their (organisation_id, target_id) indexes.
import { refSites, registerNames, type RegisterName } from '../domain/index.ts';
import { byCodeUnit } from './canonical.ts';
import type { AimsDatabase } from './database.ts';
import { CATALOGUE_LINK_TARGETS, layouts, linkAt } from './layout.ts';
import { referencesInData, type Referrer } from './references.ts';
import type { StoreDb } from './tables.ts';
import { inTransaction } from './transaction.ts';

const isClauseOrControlTarget = (target: string): boolean => (CATALOGUE_LINK_TARGETS as readonly string[]).includes(target);

interface Found extends Referrer {
  /** Sort keys: where the reference sits in the register's schema, then in its list. */
  readonly site: number;
  readonly position: number;
}

async function findIn(trx: StoreDb, organisationId: string, register: RegisterName, ref: string, out: Found[]): Promise<void> {
  const layout = layouts[register];
  let nested = false;
  for (const [site, { path, target }] of refSites(register).entries()) {
    if (!isClauseOrControlTarget(target)) continue;
    const column = path.length === 1 ? layout.columns.find((c) => c.field === path[0]) : undefined;
    const link = linkAt(layout.links, path);
    if (column) {
      const rows = await trx.selectFrom(layout.table).select('id')
        .where('organisation_id', '=', organisationId).where(column.column, '=', ref).execute();
      for (const row of rows) out.push({ register, id: row.id as string, field: column.field, site, position: 0 });
    } else if (link) {
      const rows = await trx.selectFrom(link.table).select(['owner_id', 'position'])
        .where('organisation_id', '=', organisationId).where('target_id', '=', ref).execute();
      for (const row of rows) {
        const position = Number(row.position);
        out.push({ register, id: row.owner_id as string, field: `${link.field}[${position}]`, site, position });
      }
    } else {
      nested = true;
    }
  }
  if (!nested) return;
  // Lists inside lists of objects (an internal audit's findings) stay in `data`; they sort after the other sites.
  const site = refSites(register).length;
  for (const r of await referencesInData(trx, organisationId, register, ref, isClauseOrControlTarget)) out.push({ ...r, site, position: 0 });
}

/**
 * Every record of the organisation that names the clause or control `ref` (an Annex A control or one of the
 * organisation's own), with the field it is named in (`refs[2]`, `treatment.controlIds[0]`, `controlId`);
 * in register order, then by id, then by where in the record.
 */
export function recordsReferencing(db: AimsDatabase, organisationId: string, ref: string): Promise<Referrer[]> {
  return inTransaction(db, 'read', async (trx) => {
    const found: Found[] = [];
    for (const register of registerNames) await findIn(trx, organisationId, register, ref, found);
    const order = new Map(registerNames.map((r, i) => [r, i]));
    found.sort((a, b) => order.get(a.register)! - order.get(b.register)! || byCodeUnit(a.id, b.id)
      || a.site - b.site || a.position - b.position || byCodeUnit(a.field, b.field));
    return found.map(({ register, id, field }) => ({ register, id, field }));
  });
}
