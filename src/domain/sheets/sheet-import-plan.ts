// Plans the import of a sheet into one register: every row checked against the register's schema and every
// reference against the organisation's records, then each record marked created, updated or unchanged. Pure:
// the service writes the plan only when it has no problem.
import { registers, type RegisterName } from '../model/registers.ts';
import { describeTarget, referencesOf, resolves } from '../model/references.ts';
import { indexSnapshot, type AimsSnapshot } from '../model/snapshot.ts';
import type { AnyRecord } from '../model/registers.ts';
import { validateRecord } from '../validation.ts';
import { bindMapping, type MappedColumn, type SheetMapping } from './sheet-mapping.ts';
import { recordFromRow, sameValue } from './sheet-records.ts';
import { isEmptyCell, type RawCell } from './sheet-values.ts';

export interface SheetRow {
  /** The row number as the spreadsheet shows it (the header row is usually 1). */
  readonly row: number;
  readonly cells: readonly RawCell[];
}

export interface SheetGrid {
  readonly headers: readonly string[];
  readonly rows: readonly SheetRow[];
}

/** One thing wrong: where (row, column and the field it fills), what, and what would be allowed. */
export interface SheetProblem {
  readonly row?: number;
  readonly column?: string;
  /** 1-based column position in the sheet. */
  readonly columnNumber?: number;
  readonly field?: string;
  readonly message: string;
  readonly allowed?: readonly string[];
}

export type ChangeAction = 'create' | 'update' | 'unchanged';

export interface SheetChange {
  readonly row: number;
  readonly id: string;
  readonly action: ChangeAction;
  readonly record: AnyRecord;
  /** The stored record an update replaces. */
  readonly before?: AnyRecord;
}

export interface SheetImportPlan {
  readonly register: RegisterName;
  readonly changes: readonly SheetChange[];
  readonly problems: readonly SheetProblem[];
  /** Sheet columns no field takes, reported so that a misspelt header is not silently lost. */
  readonly unmapped: readonly string[];
}

const at = (row: number, column: MappedColumn | undefined, field: string | undefined, message: string, allowed?: readonly string[]): SheetProblem => ({
  row, ...(column ? { column: column.header, columnNumber: column.index + 1 } : {}), ...(field ? { field } : {}), message, ...(allowed ? { allowed } : {}),
});

/** The column whose field a validation path (`treatment.controlIds[1]`) falls in: the longest mapped prefix. */
function columnFor(columns: readonly MappedColumn[], path: string): MappedColumn | undefined {
  const key = path.replace(/\[\d+\]/g, '');
  return [...columns].sort((a, b) => b.field.key.length - a.field.key.length)
    .find((c) => key === c.field.key || key.startsWith(`${c.field.key}.`));
}

export function planSheetImport(aims: AimsSnapshot, register: RegisterName, grid: SheetGrid, mapping: SheetMapping): SheetImportPlan {
  const { columns, problems: mappingProblems, unmapped } = bindMapping(register, mapping, grid.headers);
  const problems: SheetProblem[] = mappingProblems.map((p) => {
    const index = p.column === undefined ? -1 : grid.headers.indexOf(p.column);
    return { ...(p.column ? { column: p.column } : {}), ...(index >= 0 ? { columnNumber: index + 1 } : {}), message: p.message };
  });
  if (problems.length > 0) return { register, changes: [], problems, unmapped };

  const schema = registers[register].schema;
  const stored = new Map((aims[register] as readonly AnyRecord[]).map((r) => [r.id, r]));
  const idColumn = columns.find((c) => c.field.key === 'id')!;
  const firstRow = new Map<string, number>();
  const built: { row: number; record: AnyRecord; before?: AnyRecord }[] = [];
  for (const { row, cells } of grid.rows) {
    if (cells.every(isEmptyCell)) continue;
    const idCell = cells[idColumn.index];
    const id = isEmptyCell(idCell) ? undefined : String(idCell).trim();
    if (id === undefined) {
      problems.push(at(row, idColumn, 'id', 'has no id; every row needs the id of the record it creates or updates'));
      continue;
    }
    const seen = firstRow.get(id);
    if (seen !== undefined) {
      problems.push(at(row, idColumn, 'id', `"${id}" is also the id on row ${seen}; each record may appear once`));
      continue;
    }
    firstRow.set(id, row);
    const before = stored.get(id);
    const { record, problems: cellProblems } = recordFromRow(schema, before, columns, cells);
    for (const p of cellProblems) problems.push(at(row, p.column, p.column.field.key, p.message, p.allowed));
    // The rest of a row with an unreadable cell is still checked, so that one pass reports every problem.
    const unreadable = new Set(cellProblems.map((p) => p.column));
    for (const issue of validateRecord(register, record)) {
      const field = issue.field ?? '';
      const column = columnFor(columns, field);
      if (column && unreadable.has(column)) continue;
      problems.push(at(row, column, field || undefined, column ? issue.message : `${issue.message} (no column of the sheet fills it: add one, or map one with --mapping)`));
    }
    built.push({ row, record: record as AnyRecord, ...(before ? { before } : {}) });
  }

  // References resolve against the organisation as it will be: its records with this sheet's applied.
  const merged = new Map(stored);
  for (const b of built) merged.set(b.record.id, b.record);
  const index = indexSnapshot({ ...aims, [register]: [...merged.values()] } as AimsSnapshot);
  for (const b of built) {
    for (const ref of referencesOf(register, b.record)) {
      if (resolves(ref.target, ref.id, index)) continue;
      const column = columnFor(columns, ref.path);
      problems.push(at(b.row, column, ref.path, `no ${describeTarget(ref.target)} with id "${ref.id}" in this organisation`));
    }
  }
  const changes = built.map((b): SheetChange => ({
    row: b.row, id: b.record.id, record: b.record,
    action: !b.before ? 'create' : sameValue(b.before, b.record) ? 'unchanged' : 'update',
    ...(b.before ? { before: b.before } : {}),
  }));
  return { register, changes, problems, unmapped };
}
