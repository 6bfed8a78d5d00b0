// Writes the report tables as one XLSX workbook: a sheet per table with a styled, frozen, filtered header row,
// dates as date cells and columns sized to their content. Streams rows, so a large AIMS does not sit in memory twice.
import ExcelJS from 'exceljs';
import type { ProgressListener } from './progress.ts';
import type { SheetCell, SheetColumn, SheetTable } from './sheet-table.ts';

export interface WorkbookInfo {
  readonly title: string;
  /** The day the report is as of (YYYY-MM-DD): the workbook's creation date, so that the same records give the same file. */
  readonly asOf: string;
}

const HEADER_FILL = 'FF1F3864';
const MAX_WIDTH = 60;
const LONG_TEXT_WIDTH = 60;

/** 2026-11-01 → a Date at midnight UTC, which exceljs stores as that day's serial number. */
export function dateCell(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function widthOf(col: SheetColumn, index: number, rows: readonly (readonly SheetCell[])[]): number {
  if (col.kind === 'long-text') return LONG_TEXT_WIDTH;
  if (col.kind === 'date') return Math.max(12, col.header.length + 2);
  let longest = col.header.length;
  // The first few hundred rows show how wide a column runs; measuring every row of a large register buys nothing.
  for (const row of rows.slice(0, 500)) {
    const v = row[index];
    if (v === undefined) continue;
    for (const line of String(v).split('\n')) longest = Math.max(longest, line.length);
  }
  return Math.min(MAX_WIDTH, Math.max(8, longest + 2));
}

function valueOf(col: SheetColumn, v: SheetCell): ExcelJS.CellValue {
  if (v === undefined) return null;
  if (col.kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) return dateCell(v);
  return v;
}

function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

function addTable(wb: ExcelJS.stream.xlsx.WorkbookWriter, table: SheetTable): void {
  const ws = wb.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = table.columns.map((col, i) => ({
    header: col.header,
    width: widthOf(col, i, table.rows),
    style: {
      ...(col.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : {}),
      alignment: { vertical: 'top', wrapText: col.kind === 'long-text' || col.kind === 'text' },
    },
  }));
  ws.autoFilter = `A1:${columnLetter(table.columns.length)}1`;
  const header = ws.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.commit();
  for (const row of table.rows) ws.addRow(table.columns.map((col, i) => valueOf(col, row[i]))).commit();
  ws.commit();
}

/** Writes `tables` to `file` as an XLSX workbook. */
export async function writeXlsx(file: string, tables: readonly SheetTable[], info: WorkbookInfo, onProgress?: ProgressListener): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  wb.creator = 'OpenAIMS';
  wb.title = info.title;
  wb.created = dateCell(info.asOf);
  wb.modified = dateCell(info.asOf);
  tables.forEach((table, i) => {
    addTable(wb, table);
    onProgress?.(i + 1, tables.length, table.sheet);
  });
  await wb.commit();
}
