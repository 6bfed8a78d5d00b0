// Migration 0002: link tables for the lists of clause and control ids that 0001 kept inside the JSON `data`, so
// "which records serve clause 9.2" is one indexed query; moves the lists of records already stored into them.
// Migrations are history: never edit this file once released; add a new migration instead.
import type { Kysely } from 'kysely';
import { createLinkTable } from './table-builders.ts';

/** Link table, owner table, and the path of the list inside a record (nested for a risk's treatment). */
const CATALOGUE_LINKS: readonly (readonly [table: string, owner: string, path: readonly string[]])[] = [
  ['roles_area_refs', 'roles', ['areaRefs']],
  ['documents_required_by', 'documents', ['requiredBy']],
  ['evidence_items_refs', 'evidence_items', ['refs']],
  ['risks_treatment_control_ids', 'risks', ['treatment', 'controlIds']],
  ['nonconformities_refs', 'nonconformities', ['refs']],
  ['internal_audit_programmes_planned_coverage', 'internal_audit_programmes', ['plannedCoverage']],
  ['internal_audits_scope_refs', 'internal_audits', ['scopeRefs']],
  ['external_audits_sampled_refs', 'external_audits', ['sampledRefs']],
  ['external_findings_refs', 'external_findings', ['refs']],
  ['mock_interviews_control_ids', 'mock_interviews', ['controlIds']],
];

/** Rows per multi-row insert: four parameters a row, well under both databases' parameter limits. */
const INSERT_BATCH = 5000;

type Cell = string | number | null;
type Db = Kysely<Record<string, Record<string, Cell>>>;
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Takes the list at `path` out of a record's `data`, leaving `[]` as the mark that it is present, exactly as
 * the store writes records from this migration on; undefined when the record has no such list.
 */
function detachList(data: Json, path: readonly string[]): unknown[] | undefined {
  let parent: unknown = data;
  for (const key of path.slice(0, -1)) parent = isObject(parent) ? parent[key] : undefined;
  const last = path[path.length - 1]!;
  if (!isObject(parent) || !Array.isArray(parent[last])) return undefined;
  const list = parent[last] as unknown[];
  parent[last] = [];
  return list;
}

/** Moves the lists of every stored record of `owner` into `table`. */
async function backfill(db: Db, table: string, owner: string, path: readonly string[]): Promise<void> {
  const records = await db.selectFrom(owner).select(['organisation_id', 'id', 'data']).execute();
  const rows: Record<string, Cell>[] = [];
  for (const record of records) {
    const data = JSON.parse(record.data as string) as Json;
    const list = detachList(data, path);
    if (!list || list.length === 0) continue; // `data` already holds what the store would write: `[]` or nothing
    list.forEach((target, position) => {
      rows.push({ organisation_id: record.organisation_id, owner_id: record.id, target_id: String(target), position });
    });
    await db.updateTable(owner).set({ data: JSON.stringify(data) })
      .where('organisation_id', '=', record.organisation_id).where('id', '=', record.id).execute();
  }
  for (let i = 0; i < rows.length; i += INSERT_BATCH) await db.insertInto(table).values(rows.slice(i, i + INSERT_BATCH)).execute();
}

async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as Db;
  for (const [table, owner, path] of CATALOGUE_LINKS) {
    await createLinkTable(untyped, table, owner);
    await backfill(db, table, owner, path);
  }
  // The SoA names its control in a column of its own; an index makes it one lookup as well.
  await db.schema.createIndex('soa_entries_control_id_idx').on('soa_entries').columns(['organisation_id', 'control_id']).execute();
}

export const migration0002 = { up };
