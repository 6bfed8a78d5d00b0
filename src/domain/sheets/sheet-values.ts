// Reads one sheet cell as the value of a record field: text, dates (ISO text or a spreadsheet date), numbers, yes/no,
// enum values through the mapping's value map, and lists. A cell that cannot be read says what is allowed.
import { isValidIsoDate } from '../dates.ts';
import { isTextList } from './sheet-cells.ts';
import type { SheetField } from './sheet-fields.ts';

/** A cell as a sheet reader hands it over: dates of XLSX date cells already as ISO text. */
export type RawCell = string | number | boolean | undefined;

export type CellReading = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string; readonly allowed?: readonly string[] };

const ok = (value: unknown): CellReading => ({ ok: true, value });
const bad = (message: string, allowed?: readonly string[]): CellReading => ({ ok: false, message, ...(allowed ? { allowed } : {}) });

/** Whether a cell holds nothing: absent, or only blanks. */
export const isEmptyCell = (cell: RawCell): boolean => cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** Undoes the `'` an export puts before text that starts like a formula. */
export const unescapeFormula = (text: string): string => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

const text = (cell: RawCell): string => unescapeFormula(String(cell).trim());

/** Days since 1899-12-30, as spreadsheets count them, to YYYY-MM-DD. */
const serialDate = (serial: number): string => new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 10);

function readEnum(value: string, allowed: readonly string[], map: Readonly<Record<string, string>> | undefined): CellReading {
  const mapped = map?.[value] ?? Object.entries(map ?? {}).find(([k]) => k.toLowerCase() === value.toLowerCase())?.[1];
  const candidate = mapped ?? value;
  if (allowed.includes(candidate)) return ok(candidate);
  // "In operation" and "IN_OPERATION" mean in-operation: spreadsheets rarely hold the exact token.
  const loose = candidate.toLowerCase().replace(/[\s_]+/g, '-');
  if (allowed.includes(loose)) return ok(loose);
  return bad(`"${value}" is not an allowed value${map ? ' (nor a key of the mapping’s value map)' : ''}`, allowed);
}

function readDate(cell: RawCell): CellReading {
  if (typeof cell === 'number') return ok(serialDate(cell));
  const t = text(cell);
  return isValidIsoDate(t) ? ok(t) : bad(`"${t}" is not a date; write it as YYYY-MM-DD or use a date cell`);
}

const yes = new Set(['true', 'yes', 'y', '1', 'x']);
const no = new Set(['false', 'no', 'n', '0']);

function readScalar(field: SheetField, kind: SheetField['kind'] | 'text' | 'enum' | 'date', cell: RawCell, map: Readonly<Record<string, string>> | undefined): CellReading {
  switch (kind) {
    case 'date':
      return readDate(cell);
    case 'integer':
    case 'number': {
      const n = typeof cell === 'number' ? cell : Number(text(cell));
      if (!Number.isFinite(n) || (typeof cell !== 'number' && text(cell) === '')) return bad(`"${text(cell)}" is not a number`);
      if (kind === 'integer' && !Number.isInteger(n)) return bad(`${n} is not a whole number`);
      return ok(n);
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return ok(cell);
      const t = text(cell);
      const mapped = map?.[t];
      const v = (mapped ?? t).toLowerCase();
      if (yes.has(v)) return ok(true);
      if (no.has(v)) return ok(false);
      return bad(`"${t}" is not yes or no`, ['yes', 'no', 'true', 'false']);
    }
    case 'enum':
      return readEnum(text(cell), field.values ?? [], map);
    default:
      return ok(typeof cell === 'string' ? text(cell) : String(cell));
  }
}

/** The field's value from a non-empty cell. */
export function readCell(field: SheetField, cell: RawCell, map?: Readonly<Record<string, string>>, separator?: string): CellReading {
  if (field.kind !== 'list') return readScalar(field, field.kind, cell, map);
  const items = String(cell).split(separator ?? (isTextList(field) ? /\r?\n/ : /[;\n]/)).map((s) => s.trim()).filter((s) => s !== '');
  const values: unknown[] = [];
  for (const item of items) {
    const r = readScalar(field, field.itemKind ?? 'text', item, map);
    if (!r.ok) return r;
    if (!values.includes(r.value)) values.push(r.value);
  }
  return ok(values);
}
