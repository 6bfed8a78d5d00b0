// A register as spreadsheet columns: its schema flattened to one column per field, shared by export and import so
// that a register exported as a sheet imports back unchanged.
import type { TSchema } from '@sinclair/typebox';
import { RECORD_REF_KEYWORD, REF_KEYWORD } from '../model/primitives.ts';
import { registers, type RegisterName } from '../model/registers.ts';

/**
 * `list`: strings (or enum values) one cell holds separated by `;`; `records`: an array of objects (gates, actions),
 * shown in a sheet but not importable from one cell.
 */
export type SheetFieldKind = 'text' | 'date' | 'date-time' | 'integer' | 'number' | 'boolean' | 'enum' | 'list' | 'records';

export interface SheetField {
  /** Property names from the record down: `['treatment', 'option']`. */
  readonly path: readonly string[];
  /** The dotted path: `treatment.option`. */
  readonly key: string;
  /** The column header: `Treatment option`. */
  readonly title: string;
  readonly kind: SheetFieldKind;
  /** Allowed values of an enum, or of the items of an enum list. */
  readonly values?: readonly string[];
  /** For a list: whether its items are enum values, dates or text. */
  readonly itemKind?: 'text' | 'enum' | 'date';
  /** Required in its parent object (the parent itself may be optional). */
  readonly required: boolean;
  /** What the field points at, for references (`persons`, `control` …). */
  readonly ref?: string;
  readonly description?: string;
}

type Schema = TSchema & Record<string, unknown>;

const acronyms: Readonly<Record<string, string>> = { ai: 'AI', eu: 'EU', act: 'Act', soa: 'SoA', url: 'URL', iaf: 'IAF', mla: 'MLA', sha256: 'SHA-256' };

/** `euAiActRole` → `EU AI Act role`; a path's segments are joined: `treatment.controlIds` → `Treatment control ids`. */
export function fieldTitle(path: readonly string[]): string {
  const words = path.flatMap((p) => p.split(/(?=[A-Z])/)).map((w) => acronyms[w.toLowerCase()] ?? w.toLowerCase());
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What a header or field name is compared as: case, spaces and punctuation do not matter. */
export const normaliseHeader = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

function kindOf(s: Schema): Exclude<SheetFieldKind, 'list' | 'records'> | undefined {
  if (Array.isArray(s.enum)) return 'enum';
  if (s.type === 'string') return s.format === 'date' ? 'date' : s.format === 'date-time' ? 'date-time' : 'text';
  if (s.type === 'integer') return 'integer';
  if (s.type === 'number') return 'number';
  if (s.type === 'boolean') return 'boolean';
  return undefined;
}

function walk(schema: Schema, path: string[], required: boolean, out: SheetField[]): void {
  const base = { path, key: path.join('.'), title: fieldTitle(path), required, ...(typeof schema.description === 'string' ? { description: schema.description } : {}) };
  if (schema.type === 'object' && schema.properties && schema[RECORD_REF_KEYWORD] !== true) {
    const props = schema.properties as Record<string, Schema>;
    const req = new Set((schema.required as string[] | undefined) ?? []);
    for (const [name, child] of Object.entries(props)) walk(child, [...path, name], req.has(name), out);
    return;
  }
  if (schema.type === 'array') {
    const item = schema.items as Schema;
    const itemKind = kindOf(item);
    if (itemKind === 'text' || itemKind === 'enum' || itemKind === 'date') {
      out.push({ ...base, kind: 'list', itemKind, ...(itemKind === 'enum' ? { values: item.enum as string[] } : {}),
        ...(typeof item[REF_KEYWORD] === 'string' ? { ref: item[REF_KEYWORD] as string } : {}) });
    } else {
      out.push({ ...base, kind: 'records' });
    }
    return;
  }
  const kind = kindOf(schema) ?? 'text';
  out.push({ ...base, kind, ...(kind === 'enum' ? { values: schema.enum as string[] } : {}),
    ...(typeof schema[REF_KEYWORD] === 'string' ? { ref: schema[REF_KEYWORD] as string } : {}) });
}

const cache = new Map<RegisterName, readonly SheetField[]>();

/** The register's fields in schema order, nested objects flattened (`treatment.option`), derived once. */
export function sheetFields(register: RegisterName): readonly SheetField[] {
  let fields = cache.get(register);
  if (!fields) {
    const out: SheetField[] = [];
    walk(registers[register].schema as Schema, [], true, out);
    fields = out;
    cache.set(register, fields);
  }
  return fields;
}

/** Whether a sheet cell can hold the field for import: everything but arrays of objects. */
export const importable = (field: SheetField): boolean => field.kind !== 'records';

/** The value at a field's path in a record, or undefined. */
export function valueAt(record: unknown, path: readonly string[]): unknown {
  let value: unknown = record;
  for (const p of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[p];
  }
  return value;
}
