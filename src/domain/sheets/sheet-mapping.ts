// The column mapping of a sheet import: which sheet column fills which record field, with value maps for enums.
// A mapping is saved as a small YAML file and reused; without one, headers are matched to field names and titles.
import { Type, type Static } from '@sinclair/typebox';
import { registers, type RegisterName } from '../model/registers.ts';
import { importable, normaliseHeader, sheetFields, type SheetField } from './sheet-fields.ts';

export const ColumnMappingSchema = Type.Object({
  field: Type.String({ minLength: 1, description: 'The record field the column fills, dotted for nested ones: `treatment.option`.' }),
  values: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Sheet value → allowed value, for enums and yes/no columns.' })),
  separator: Type.Optional(Type.String({ minLength: 1, description: 'What separates the items of a list cell; `;` and new lines by default.' })),
}, { additionalProperties: false });

export const SheetMappingSchema = Type.Object({
  register: Type.String({ minLength: 1 }),
  sheet: Type.Optional(Type.String({ minLength: 1, description: 'The worksheet of an XLSX file; the first one by default.' })),
  headerRow: Type.Optional(Type.Integer({ minimum: 1, description: 'The row that holds the headers; 1 by default.' })),
  columns: Type.Record(Type.String(), Type.Union([Type.String({ minLength: 1 }), ColumnMappingSchema])),
}, { additionalProperties: false });

export type ColumnMapping = Static<typeof ColumnMappingSchema>;
export type SheetMapping = Static<typeof SheetMappingSchema>;

/** A sheet column bound to a field, ready to convert cells. */
export interface MappedColumn {
  readonly header: string;
  /** 0-based position in the sheet's rows. */
  readonly index: number;
  readonly field: SheetField;
  readonly values?: Readonly<Record<string, string>>;
  readonly separator?: string;
}

export interface MappingProblem {
  readonly column?: string;
  readonly message: string;
}

/** The default mapping: each header that names one importable field by its key, its title or (for `id`) "<record> id". */
export function defaultMapping(register: RegisterName, headers: readonly string[]): SheetMapping {
  const fields = sheetFields(register).filter(importable);
  const names = new Map<string, SheetField>();
  for (const f of fields) {
    names.set(normaliseHeader(f.key), f);
    names.set(normaliseHeader(f.title), f);
  }
  const id = fields.find((f) => f.key === 'id');
  if (id) names.set(normaliseHeader(`${registers[register].title} id`), id);
  const columns: Record<string, string> = {};
  const taken = new Set<string>();
  for (const h of headers) {
    const f = names.get(normaliseHeader(h));
    if (!f || taken.has(f.key)) continue;
    taken.add(f.key);
    columns[h] = f.key;
  }
  return { register, columns };
}

/** Binds a mapping to the headers of a sheet; every problem is returned, nothing thrown. */
export function bindMapping(register: RegisterName, mapping: SheetMapping, headers: readonly string[]): { columns: MappedColumn[]; problems: MappingProblem[]; unmapped: string[] } {
  const fields = new Map(sheetFields(register).map((f) => [f.key, f]));
  const problems: MappingProblem[] = [];
  const columns: MappedColumn[] = [];
  const byHeader = new Map(headers.map((h, i) => [h.trim(), i]));
  const seen = new Map<string, string>();
  for (const [header, spec] of Object.entries(mapping.columns)) {
    const m: ColumnMapping = typeof spec === 'string' ? { field: spec } : spec;
    const index = byHeader.get(header.trim());
    const field = fields.get(m.field);
    if (index === undefined) {
      problems.push({ column: header, message: `the mapping names column "${header}", which the sheet does not have (its columns: ${headers.filter((h) => h !== '').join(', ')})` });
      continue;
    }
    if (!field) {
      problems.push({ column: header, message: `"${m.field}" is not a field of ${registers[register].title.toLowerCase()}; fields: ${[...fields.values()].filter(importable).map((f) => f.key).join(', ')}` });
      continue;
    }
    if (!importable(field)) {
      problems.push({ column: header, message: `"${m.field}" is a list of records, which one cell cannot hold; import it through a YAML bundle` });
      continue;
    }
    const other = seen.get(field.key);
    if (other !== undefined) {
      problems.push({ column: header, message: `both "${other}" and "${header}" are mapped to ${field.key}; map one column per field` });
      continue;
    }
    seen.set(field.key, header);
    columns.push({ header, index, field, ...(m.values ? { values: m.values } : {}), ...(m.separator ? { separator: m.separator } : {}) });
  }
  if (!seen.has('id')) problems.push({ message: `no column gives the record id: add an "id" column (or "${registers[register].title} id"), or map one to "id" in the mapping` });
  const mapped = new Set(columns.map((c) => c.index));
  const unmapped = headers.filter((h, i) => h.trim() !== '' && !mapped.has(i) && !problems.some((p) => p.column === h));
  return { columns, problems, unmapped };
}
