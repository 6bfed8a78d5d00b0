// Reads a CSV or XLSX file into headers and rows for a sheet import. CSV as RFC 4180 (a BOM is skipped); XLSX through
// exceljs, date cells as ISO dates, formulas by their cached result and never evaluated.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../domain/index.ts';
import type { SheetGrid } from '../../domain/sheets/sheet-import-plan.ts';
import type { RawCell } from '../../domain/sheets/sheet-values.ts';

export interface ReadSheetOptions {
  /** The worksheet of an XLSX file (by name); the first one by default. */
  readonly sheet?: string;
  /** The row holding the headers, 1 by default; the rows after it are the records. */
  readonly headerRow?: number;
}

export interface ReadSheet extends SheetGrid {
  readonly file: string;
  /** The worksheet read, for XLSX files. */
  readonly sheet?: string;
}

const isoOf = (d: Date): string => (d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() + d.getUTCMilliseconds() === 0 ? d.toISOString().slice(0, 10) : d.toISOString());

function cellValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return isoOf(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellValue((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('hyperlink' in value) return String((value as { text?: unknown }).text ?? value.hyperlink);
    if ('error' in value) return undefined;
  }
  return String(value);
}

async function readXlsx(file: string, o: ReadSheetOptions): Promise<ReadSheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (error) {
    throw new AppError('invalid_input', `Cannot read ${file} as an XLSX workbook: ${(error as Error).message}.`, [{ file, message: 'not an XLSX workbook' }]);
  }
  const ws = o.sheet !== undefined ? wb.getWorksheet(o.sheet) : wb.worksheets[0];
  if (!ws) {
    throw new AppError('invalid_input', `${file} has no worksheet "${o.sheet}"; its worksheets: ${wb.worksheets.map((w) => w.name).join(', ')}.`, [{ file, message: 'no such worksheet' }]);
  }
  const headerRow = o.headerRow ?? 1;
  const width = ws.columnCount;
  const rowCells = (r: ExcelJS.Row): RawCell[] => Array.from({ length: width }, (_, i) => cellValue(r.getCell(i + 1).value));
  const headers = rowCells(ws.getRow(headerRow)).map((h) => (h === undefined ? '' : String(h).trim()));
  const rows: { row: number; cells: RawCell[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (r, n) => {
    if (n > headerRow) rows.push({ row: n, cells: rowCells(r) });
  });
  return { file, sheet: ws.name, headers, rows };
}

async function readCsv(file: string, o: ReadSheetOptions): Promise<ReadSheet> {
  let records: string[][];
  try {
    records = parse(await readFile(file, 'utf8'), { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const e = error as { code?: string; lines?: number; message: string };
    if (e.code === 'ENOENT' || e.code === 'EACCES') throw error;
    throw new AppError('invalid_input', `${file} is not valid CSV: ${e.message}`, [{ file, ...(e.lines ? { line: e.lines } : {}), message: 'not valid CSV' }]);
  }
  const headerRow = o.headerRow ?? 1;
  const headers = (records[headerRow - 1] ?? []).map((h) => h.trim());
  const rows = records.slice(headerRow).map((cells, i) => ({ row: headerRow + i + 1, cells: cells.map((c): RawCell => c) }));
  return { file, headers, rows };
}

/** Reads `file` by its extension: .csv (or .txt) as CSV, .xlsx as a workbook. */
export async function readSheet(file: string, options: ReadSheetOptions = {}): Promise<ReadSheet> {
  const ext = extname(file).toLowerCase();
  try {
    if (ext === '.xlsx') return await readXlsx(file, options);
    if (ext === '.csv' || ext === '.txt') return await readCsv(file, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw new AppError('not_found', `Cannot read ${file}: ${code}.`, [{ file, message: 'cannot be read' }]);
    throw error;
  }
  throw new AppError('invalid_input', `${file}: give a .csv or .xlsx file (an .xls or .ods file can be saved as .xlsx from its program).`, [{ file, message: 'unknown file type' }]);
}
