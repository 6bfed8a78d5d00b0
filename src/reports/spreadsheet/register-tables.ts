// Every register of the organisation as a table: one column per field (nested fields flattened), one row per record.
import { registerFileStem, registerNames, type AimsSnapshot, type RegisterName } from '../../domain/index.ts';
import { cellOf } from '../../domain/sheets/sheet-cells.ts';
import { fieldTitle, sheetFields, valueAt, type SheetField } from '../../domain/sheets/sheet-fields.ts';
import { column, type ColumnKind, type SheetTable } from './sheet-table.ts';

const kinds: Readonly<Record<SheetField['kind'], ColumnKind>> = {
  text: 'text', date: 'date', 'date-time': 'text', integer: 'number', number: 'number', boolean: 'boolean', enum: 'text', list: 'text', records: 'long-text',
};

/** Register sheets whose plain name another sheet of the report already uses. */
const renamed: Partial<Record<RegisterName, string>> = { readinessSteps: 'Readiness step records' };

/** The worksheet name of a register: `AI systems`, `SoA entries` (Excel allows 31 characters). */
export const registerSheetName = (register: RegisterName): string => (renamed[register] ?? fieldTitle([register])).slice(0, 31);

export function registerTable(aims: AimsSnapshot, register: RegisterName): SheetTable {
  const fields = sheetFields(register);
  const records = aims[register] as readonly unknown[];
  return {
    sheet: registerSheetName(register),
    file: `registers/${registerFileStem(register)}`,
    columns: fields.map((f) => column(f.title, kinds[f.kind])),
    rows: records.map((record) => fields.map((f) => cellOf(f, valueAt(record, f.path)))),
  };
}

export const registerTables = (aims: AimsSnapshot): SheetTable[] => registerNames.map((r) => registerTable(aims, r));
