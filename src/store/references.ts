// Follows references inside the database: which references of a record resolve, and who refers to a record.
import { sql } from 'kysely';
import {
  isRegisterName, refSites, referencesOf, registerNames, resolves,
  type AnyRecord, type FoundRef, type RegisterName, type SnapshotIndex,
} from '../domain/index.ts';
import { layouts, linkAt } from './layout.ts';
import { chunks, ID_BATCH } from './read.ts';
import type { StoreDb } from './tables.ts';

/** Catalogue targets that may also name one of the organisation's own controls. */
const CONTROL_TARGETS = new Set(['control', 'clauseOrControl']);

async function existingIds(trx: StoreDb, organisationId: string, register: RegisterName, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const batch of chunks([...new Set(ids)], ID_BATCH)) {
    const rows = await trx.selectFrom(layouts[register].table).select('id')
      .where('organisation_id', '=', organisationId).where('id', 'in', batch).execute();
    for (const row of rows) found.add(row.id as string);
  }
  return found;
}

/**
 * The references of `record` that point at nothing in this organisation or the catalogue. A reference to the
 * record itself counts as resolved, since the record is being written.
 */
export async function missingReferences(trx: StoreDb, organisationId: string, register: RegisterName, record: AnyRecord): Promise<FoundRef[]> {
  const refs = [...referencesOf(register, record)].filter((r) => !(r.target === register && r.id === record.id));
  const wanted = new Map<RegisterName, string[]>();
  for (const ref of refs) {
    const target: RegisterName | undefined = isRegisterName(ref.target) ? ref.target : CONTROL_TARGETS.has(ref.target) ? 'customControls' : undefined;
    if (target) wanted.set(target, [...(wanted.get(target) ?? []), ref.id]);
  }
  const found = new Map<RegisterName, Set<string>>();
  for (const [target, ids] of wanted) found.set(target, await existingIds(trx, organisationId, target, ids));
  // `resolves` reads only the organisation's own controls for catalogue targets; the rest of the index stays empty.
  const customControls = new Map([...(found.get('customControls') ?? [])].map((id) => [id, { id }]));
  const catalogueIndex = { customControls } as unknown as SnapshotIndex;
  return refs.filter((ref) => {
    if (isRegisterName(ref.target)) return !found.get(ref.target)?.has(ref.id);
    return !resolves(ref.target, ref.id, catalogueIndex);
  });
}

/** A record that refers to another, and where. */
export interface Referrer {
  readonly register: RegisterName;
  readonly id: string;
  readonly field: string;
}

/** `text` for a LIKE pattern with `escape '\\'`: its own `%`, `_` and `\\` match only themselves. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * References to `id` that sit inside `data` (lists within lists of objects, `{register, id}` pairs) of the records
 * of `register`: a text match narrows the rows, then each record's own references confirm them. `data` holds
 * neither columns nor link items, so only the references left in `data` are found here.
 */
export async function referencesInData(
  trx: StoreDb, organisationId: string, register: RegisterName, id: string, pointsHere: (target: string) => boolean,
): Promise<Referrer[]> {
  const candidates = await trx.selectFrom(layouts[register].table).select(['id', 'data'])
    .where('organisation_id', '=', organisationId)
    .where(sql<boolean>`${sql.ref('data')} like ${`%${escapeLike(JSON.stringify(id))}%`} escape '\\'`)
    .execute();
  const out: Referrer[] = [];
  for (const row of candidates) {
    const record = { ...(JSON.parse(row.data as string) as object), id: row.id } as unknown as AnyRecord;
    for (const ref of referencesOf(register, record)) {
      if (ref.id === id && pointsHere(ref.target)) out.push({ register, id: row.id as string, field: ref.path });
    }
  }
  return out;
}

/**
 * Every record of the organisation that refers to `register`/`id`: through a column, a link table or a reference
 * nested in `data` (found by a text match first, then confirmed by reading the record's references).
 */
export async function findReferrers(trx: StoreDb, organisationId: string, register: RegisterName, id: string): Promise<Referrer[]> {
  const out: Referrer[] = [];
  const isHere = (target: string) => target === register || (register === 'customControls' && CONTROL_TARGETS.has(target));
  // A site of `{register, id}` pairs (`*`) may point anywhere; the pairs found in the records name their register.
  const pointsHere = (target: string) => target === '*' || isHere(target);
  for (const source of registerNames) {
    const layout = layouts[source];
    let nested = false;
    for (const site of refSites(source).filter((s) => pointsHere(s.target))) {
      const [field] = site.path;
      const column = layout.columns.find((c) => c.field === field);
      const link = linkAt(layout.links, site.path);
      if (column && site.path.length === 1) {
        const rows = await trx.selectFrom(layout.table).select('id')
          .where('organisation_id', '=', organisationId).where(column.column, '=', id).execute();
        for (const row of rows) out.push({ register: source, id: row.id as string, field: column.field });
      } else if (link) {
        const rows = await trx.selectFrom(link.table).select(['owner_id', 'position'])
          .where('organisation_id', '=', organisationId).where('target_id', '=', id).execute();
        for (const row of rows) out.push({ register: source, id: row.owner_id as string, field: `${link.field}[${Number(row.position)}]` });
      } else {
        nested = true;
      }
    }
    if (nested) out.push(...await referencesInData(trx, organisationId, source, id, isHere));
  }
  return out.filter((r) => !(r.register === register && r.id === id));
}
