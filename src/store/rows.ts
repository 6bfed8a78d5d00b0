// Turns a record into the cells of its table row and its link rows, and back, losing nothing on the way.
import type { AnyRecord, RegisterName } from '../domain/index.ts';
import { layouts, type ColumnField, type LinkField, type TableLayout } from './layout.ts';
import type { Cell, Row } from './tables.ts';

interface FieldIndex {
  readonly columns: ReadonlyMap<string, ColumnField>;
  readonly links: ReadonlyMap<string, LinkField>;
}

const fieldIndexes = new Map<RegisterName, FieldIndex>();

function fieldIndex(layout: TableLayout): FieldIndex {
  let index = fieldIndexes.get(layout.register);
  if (!index) {
    index = {
      columns: new Map(layout.columns.map((c) => [c.field, c])),
      links: new Map(layout.links.map((l) => [l.field, l])),
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

/**
 * Columns hold their fields (NULL where absent); link fields go to link tables, leaving `[]` in `data` as the mark
 * that the list is present (an absent optional list and an empty one are different records); the rest is `data`.
 */
export function toCells(register: RegisterName, record: AnyRecord): RecordCells {
  const layout = layouts[register];
  const { columns, links: linkFields } = fieldIndex(layout);
  const source = record as unknown as Record<string, unknown>;
  const cells: Record<string, Cell> = { id: source.id as string };
  for (const c of layout.columns) cells[c.column] = (source[c.field] as string | undefined) ?? null;
  const data: Record<string, unknown> = {};
  const links = new Map<string, readonly string[]>();
  for (const [key, value] of Object.entries(source)) {
    if (key === 'id' || value === undefined || columns.has(key)) continue;
    const link = linkFields.get(key);
    if (link) {
      links.set(link.table, value as string[]);
      data[key] = [];
    } else {
      data[key] = value;
    }
  }
  cells.data = JSON.stringify(data);
  return { cells, links };
}

/** Rebuilds a record from its row and its link items (link table → ids in position order), keys in schema order. */
export function fromCells(register: RegisterName, row: Row, links: (table: string) => readonly string[] | undefined): AnyRecord {
  const layout = layouts[register];
  const { columns, links: linkFields } = fieldIndex(layout);
  const data = JSON.parse(row.data as string) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of layout.properties) {
    if (key === 'id') {
      out.id = row.id;
      continue;
    }
    const column = columns.get(key);
    if (column) {
      const value = row[column.column];
      if (value !== null && value !== undefined) out[key] = value;
      continue;
    }
    if (!Object.hasOwn(data, key)) continue;
    const link = linkFields.get(key);
    out[key] = link ? [...(links(link.table) ?? [])] : data[key];
  }
  // Anything the schema no longer names is kept rather than silently dropped.
  for (const key of Object.keys(data)) if (!Object.hasOwn(out, key)) out[key] = data[key];
  return out as unknown as AnyRecord;
}
