// Writes the report tables as CSV files (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the
// accents right), with text that a spreadsheet would run as a formula neutralised.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { ProgressListener } from './progress.ts';
import type { SheetCell, SheetTable } from './sheet-table.ts';

/** What a spreadsheet program takes for the start of a formula (or, tab and CR, for a way to smuggle one past). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text starting like a formula gets a leading `'`, which spreadsheets show as text and an import strips again. */
export const neutraliseFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

const csvValue = (v: SheetCell): string | number | boolean | undefined => (typeof v === 'string' ? neutraliseFormula(v) : v);

/** One table as CSV text: header row, CRLF line ends, fields quoted where they need it, a BOM first. */
export function tableCsv(table: SheetTable): string {
  const rows = [table.columns.map((c) => neutraliseFormula(c.header)), ...table.rows.map((r) => table.columns.map((_, i) => csvValue(r[i])))];
  return stringify(rows, { bom: true, record_delimiter: 'windows', cast: { boolean: (b) => (b ? 'true' : 'false') } });
}

/** Writes each table to `<dir>/<table.file>.csv`, creating folders as needed; returns the files written. */
export async function writeCsvFolder(dir: string, tables: readonly SheetTable[], onProgress?: ProgressListener): Promise<string[]> {
  const files: string[] = [];
  for (const [i, table] of tables.entries()) {
    const file = join(dir, `${table.file}.csv`);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, tableCsv(table), 'utf8');
    files.push(file);
    onProgress?.(i + 1, tables.length, table.sheet);
  }
  return files;
}
