// Builds records from the rows of a sheet: each mapped cell set at its field's path over the existing record (or a
// new one), required lists defaulting to empty, and empty optional groups of fields left out.
import type { TSchema } from '@sinclair/typebox';
import type { MappedColumn } from './sheet-mapping.ts';
import { isEmptyCell, readCell, type RawCell } from './sheet-values.ts';

type Obj = Record<string, unknown>;
type Schema = TSchema & Record<string, unknown>;

export interface CellProblem {
  readonly column: MappedColumn;
  readonly message: string;
  readonly allowed?: readonly string[];
}

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function setAt(target: Obj, path: readonly string[], value: unknown): void {
  let at = target;
  for (const p of path.slice(0, -1)) {
    if (!isObj(at[p])) at[p] = {};
    at = at[p] as Obj;
  }
  at[path[path.length - 1]!] = value;
}

function deleteAt(target: Obj, path: readonly string[]): void {
  let at: unknown = target;
  for (const p of path.slice(0, -1)) at = isObj(at) ? at[p] : undefined;
  if (isObj(at)) delete at[path[path.length - 1]!];
}

/** Fills required lists and groups the sheet did not give, and drops optional groups left with no field at all. */
function settle(schema: Schema, value: Obj): void {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  for (const [name, child] of Object.entries(props)) {
    if (value[name] === undefined && required.has(name)) {
      if (child.type === 'array') value[name] = [];
      else if (child.type === 'object') value[name] = {};
    }
    const v = value[name];
    if (child.type === 'object' && child.properties && isObj(v)) {
      settle(child, v);
      if (!required.has(name) && Object.keys(v).length === 0) delete value[name];
    }
  }
}

/**
 * The record a row makes: `base` (the stored record, for an update) with every mapped column applied. An empty cell
 * removes the field, since the sheet is the source of the columns it has; fields no column maps keep their value.
 */
export function recordFromRow(schema: TSchema, base: unknown, columns: readonly MappedColumn[], cells: readonly RawCell[]): { record: Obj; problems: CellProblem[] } {
  const record: Obj = isObj(base) ? structuredClone(base) : {};
  const problems: CellProblem[] = [];
  for (const column of columns) {
    const cell = cells[column.index];
    if (isEmptyCell(cell)) {
      deleteAt(record, column.field.path);
      continue;
    }
    const reading = readCell(column.field, cell, column.values, column.separator);
    if (!reading.ok) problems.push({ column, message: reading.message, ...(reading.allowed ? { allowed: reading.allowed } : {}) });
    else setAt(record, column.field.path, reading.value);
  }
  settle(schema as Schema, record);
  return { record, problems };
}

/** Deep equality of two JSON values, whatever the order of their keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (!isObj(a) || !isObj(b)) return false;
  const ka = Object.keys(a).filter((k) => a[k] !== undefined);
  const kb = Object.keys(b).filter((k) => b[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue(a[k], b[k]));
}
