// Turns a record into the cells of its table row and its link rows, and back, losing nothing on the way.
import type { AnyRecord, RegisterName } from '../domain/index.ts';
import { layouts, type ColumnField, type TableLayout } from './layout.ts';
import type { Cell, Row } from './tables.ts';

interface FieldIndex {
  readonly columns: ReadonlyMap<string, ColumnField>;
}

const fieldIndexes = new Map<RegisterName, FieldIndex>();

function fieldIndex(layout: TableLayout): FieldIndex {
  let index = fieldIndexes.get(layout.register);
  if (!index) {
    index = {
      columns: new Map(layout.columns.map((c) => [c.field, c])),
    };
    fieldIndexes.set(layout.register, index);
  }
  return index;
}

/** What one record becomes: its own cells (without version and timestamps) and the items of each link field. */
export interface RecordCells {
  readonly cells: Readonly<Record<string, Cell>>;
  /** Link table name → target ids in list order. */
  readonly links: ReadonlyMap<string, readonly string[]>;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Takes the list at `path` out of `data`, leaving `[]` in its place, and returns it (undefined when absent).
 * Objects along a nested path are copied first: `data` shares them with the caller's record, which stays as it was.
 */
function detachList(data: Json, path: readonly string[]): string[] | undefined {
  let parent = data;
  for (let i = 0; i < path.length - 1; i++) {
    const child = parent[path[i]!];
    if (!isObject(child)) return undefined;
    parent = parent[path[i]!] = { ...child };
  }
  const last = path[path.length - 1]!;
  const list = parent[last];
  if (!Array.isArray(list)) return undefined;
  parent[last] = [];
  return list as string[];
}

/**
 * Columns hold their fields (NULL where absent); link fields go to link tables, leaving `[]` in `data` as the mark
 * that the list is present (an absent optional list and an empty one are different records); the rest is `data`.
 */
export function toCells(register: RegisterName, record: AnyRecord): RecordCells {
  const layout = layouts[register];
  const { columns } = fieldIndex(layout);
  const source = record as unknown as Json;
  const cells: Record<string, Cell> = { id: source.id as string };
  for (const c of layout.columns) cells[c.column] = (source[c.field] as string | undefined) ?? null;
  const data: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'id' || value === undefined || columns.has(key)) continue;
    data[key] = value;
  }
  const links = new Map<string, readonly string[]>();
  for (const link of layout.links) {
    const items = detachList(data, link.path);
    if (items) links.set(link.table, items);
  }
  cells.data = JSON.stringify(data);
  return { cells, links };
}

/**
 * Rebuilds a record from its row and its link items (link table → ids in position order). The parsed `data` is
 * completed in place rather than copied: loading a large organisation is bound by allocation, and key order
 * carries no meaning (the bundle writer puts keys in schema order itself).
 */
export function fromCells(register: RegisterName, row: Row, links: (table: string) => readonly string[] | undefined): AnyRecord {
  const layout = layouts[register];
  const record = JSON.parse(row.data as string) as Json;
  record.id = row.id;
  for (const c of layout.columns) {
    const value = row[c.column];
    if (value !== null && value !== undefined) record[c.field] = value;
  }
  // A link field is in `data` (as `[]`) exactly when the list is present; its items come from the link table.
  for (const l of layout.links) {
    let parent: unknown = record;
    for (let i = 0; i < l.path.length - 1 && isObject(parent); i++) parent = parent[l.path[i]!];
    const last = l.path[l.path.length - 1]!;
    if (isObject(parent) && parent[last] !== undefined) parent[last] = [...(links(l.table) ?? [])];
  }
  return record as unknown as AnyRecord;
}

/** Link table → owner id → target ids in position order, read for a whole register at once. */
export type LinkLists = ReadonlyMap<string, ReadonlyMap<string, string[]>>;

/**
 * Rebuilds the records of a whole register from rows read as arrays: `[id, data, …the layout's columns in order]`.
 * fromCells for snapshots, without its per-row costs: each row's JSON is parsed once and completed in place, and
 * each link list is taken as read (every owner's list is a fresh array, so no record shares one with another).
 */
export function recordsFromArrays(layout: TableLayout, rows: readonly (readonly Cell[])[], links: LinkLists): AnyRecord[] {
  const fields = layout.columns.map((c) => c.field);
  const linkFields = layout.links.map((l) => ({ path: l.path, last: l.path[l.path.length - 1]!, byOwner: links.get(l.table) }));
  const out: AnyRecord[] = new Array<AnyRecord>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const id = row[0] as string;
    const record = JSON.parse(row[1] as string) as Json;
    record.id = id;
    for (let c = 0; c < fields.length; c++) {
      const value = row[c + 2];
      if (value !== null && value !== undefined) record[fields[c]!] = value;
    }
    for (const l of linkFields) {
      let parent: unknown = record;
      for (let i = 0; i < l.path.length - 1 && isObject(parent); i++) parent = parent[l.path[i]!];
      if (isObject(parent) && parent[l.last] !== undefined) parent[l.last] = l.byOwner?.get(id) ?? [];
    }
    out[r] = record as unknown as AnyRecord;
  }
  return out;
}
