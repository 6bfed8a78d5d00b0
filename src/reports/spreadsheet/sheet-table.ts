// A report table as both spreadsheet formats write it: named columns of a kind, rows of cells.
import type { SheetCell } from '../../domain/sheets/sheet-cells.ts';

export type { SheetCell } from '../../domain/sheets/sheet-cells.ts';

/** `date` cells hold ISO dates (YYYY-MM-DD) and become date cells in XLSX; `list` cells may run over lines. */
export type ColumnKind = 'text' | 'long-text' | 'date' | 'number' | 'boolean';

export interface SheetColumn {
  readonly header: string;
  readonly kind: ColumnKind;
}

export interface SheetTable {
  /** The worksheet name (at most 31 characters, none of `[]:*?/\`). */
  readonly sheet: string;
  /** The CSV file name without extension, relative to the output folder (may hold a `registers/` folder). */
  readonly file: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly SheetCell[])[];
}

export const column = (header: string, kind: ColumnKind = 'text'): SheetColumn => ({ header, kind });

/** A list of values as one cell, or nothing for an empty list. */
export const listCell = (values: readonly string[] | undefined, separator = '; '): SheetCell =>
  values && values.length > 0 ? values.join(separator) : undefined;
