// Reads a certification body's own audit-time table from TSV or JSON text, with errors that name file, line and field.
import { AppError, type ErrorDetail } from '../errors.ts';
import type { AuditTimeRow, AuditTimeTable } from './audit-time.ts';

interface Located {
  readonly row: AuditTimeRow;
  readonly line?: number;
  readonly field: string;
}

const isNumber = (s: string): boolean => /^\d+(\.\d+)?$/.test(s.trim());

/** TSV (or CSV) rows `persons_min  persons_max  days`; an optional header; `#` comments; an open last row. */
function parseDelimited(text: string, file: string): { rows: Located[]; above: AuditTimeTable['above']; problems: ErrorDetail[] } {
  const rows: Located[] = [];
  const problems: ErrorDetail[] = [];
  let above: AuditTimeTable['above'] = 'none';
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const cells = (raw.includes('\t') ? raw.split('\t') : raw.split(',')).map((c) => c.trim());
    const [min = '', max = '', days = ''] = cells;
    if (!isNumber(min)) {
      if (rows.length === 0 && problems.length === 0) return; // the header
      problems.push({ file, line, field: 'persons_min', message: `expected a whole number of persons, got "${min}".` });
      return;
    }
    if (max === '' && !isNumber(days)) {
      // "10701 <empty> follow the progression above", as the ISO/IEC 27006 table is usually quoted.
      above = 'extrapolate';
      return;
    }
    if (max !== '' && !isNumber(max)) {
      problems.push({ file, line, field: 'persons_max', message: `expected a whole number of persons or nothing, got "${max}".` });
      return;
    }
    if (!isNumber(days)) {
      problems.push({ file, line, field: 'days', message: `expected a number of audit days, got "${days}".` });
      return;
    }
    const row: AuditTimeRow = max === ''
      ? { personsMin: Number(min), days: Number(days) }
      : { personsMin: Number(min), personsMax: Number(max), days: Number(days) };
    rows.push({ row, line, field: '' });
  });
  return { rows, above, problems };
}

function pick(o: Record<string, unknown>, ...keys: string[]): unknown {
  for (const k of keys) if (o[k] !== undefined && o[k] !== null && o[k] !== '') return o[k];
  return undefined;
}

/** JSON: `[{ personsMin, personsMax?, days }]` or `{ name?, source?, above?, rows: [...] }` (snake_case keys too). */
function parseJson(text: string, file: string): { rows: Located[]; above: AuditTimeTable['above']; problems: ErrorDetail[]; name?: string; source?: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_input', `The audit-time table ${file} is not valid JSON.`, [
      { file, message: error instanceof Error ? error.message : String(error) },
    ]);
  }
  const top = Array.isArray(data) ? { rows: data } : (data as Record<string, unknown> | null);
  const rawRows = top && Array.isArray(top.rows) ? (top.rows as unknown[]) : undefined;
  if (!top || !rawRows) {
    throw new AppError('invalid_input', `The audit-time table ${file} must be an array of rows or an object with "rows".`, [
      { file, field: 'rows', message: 'missing' },
    ]);
  }
  const problems: ErrorDetail[] = [];
  const rows: Located[] = [];
  rawRows.forEach((raw, i) => {
    const field = `rows[${i}]`;
    const o = (raw ?? {}) as Record<string, unknown>;
    const min = pick(o, 'personsMin', 'persons_min');
    const max = pick(o, 'personsMax', 'persons_max');
    const days = pick(o, 'days', 'initialDays', 'initial_audit_days_stage1_plus_stage2');
    if (typeof min !== 'number') problems.push({ file, field: `${field}.personsMin`, message: 'expected a whole number of persons.' });
    if (max !== undefined && typeof max !== 'number') problems.push({ file, field: `${field}.personsMax`, message: 'expected a whole number of persons or nothing.' });
    if (typeof days !== 'number') problems.push({ file, field: `${field}.days`, message: 'expected a number of audit days.' });
    if (typeof min !== 'number' || typeof days !== 'number' || (max !== undefined && typeof max !== 'number')) return;
    rows.push({ row: max === undefined ? { personsMin: min, days } : { personsMin: min, personsMax: max as number, days }, field });
  });
  const above = top.above === 'extrapolate' ? 'extrapolate' : 'none';
  return {
    rows, above, problems,
    ...(typeof top.name === 'string' ? { name: top.name } : {}),
    ...(typeof top.source === 'string' ? { source: top.source } : {}),
  };
}

/** Rows must start at 1 person, follow on without gaps or overlaps, and only the last may be open-ended. */
function validate(rows: readonly Located[], file: string): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const at = (x: Located, field: string, message: string): ErrorDetail =>
    x.line !== undefined ? { file, line: x.line, field, message } : { file, field: `${x.field}.${field}`, message };
  if (rows.length === 0) return [{ file, message: 'the table has no rows.' }];
  rows.forEach((x, i) => {
    const { row } = x;
    const prev = rows[i - 1]?.row;
    if (!Number.isInteger(row.personsMin) || row.personsMin < 1) problems.push(at(x, 'personsMin', 'must be a whole number of at least 1.'));
    if (i === 0 && row.personsMin !== 1) problems.push(at(x, 'personsMin', 'the first row must start at 1 person.'));
    if (prev && prev.personsMax === undefined) problems.push(at(x, 'personsMin', 'only the last row may be open-ended.'));
    if (prev?.personsMax !== undefined && row.personsMin !== prev.personsMax + 1) {
      problems.push(at(x, 'personsMin', `must be ${prev.personsMax + 1}, right after the previous row's ${prev.personsMax}.`));
    }
    if (row.personsMax !== undefined && (!Number.isInteger(row.personsMax) || row.personsMax < row.personsMin)) {
      problems.push(at(x, 'personsMax', 'must be a whole number not below persons_min.'));
    }
    if (!(row.days > 0)) problems.push(at(x, 'days', 'must be more than 0.'));
    if (prev && row.days < prev.days) problems.push(at(x, 'days', 'must not be fewer than the previous row’s days.'));
  });
  return problems;
}

/** Parses a table file's text; throws an `invalid_input` AppError listing every problem. */
export function parseAuditTimeTable(text: string, file: string): AuditTimeTable {
  const json = /\.json$/i.test(file) || /^\s*[[{]/.test(text);
  const parsed = json ? parseJson(text, file) : parseDelimited(text, file);
  const problems = [...parsed.problems, ...(parsed.problems.length === 0 ? validate(parsed.rows, file) : [])];
  if (problems.length > 0) throw new AppError('invalid_input', `The audit-time table ${file} cannot be used.`, problems);
  const meta = parsed as { name?: string; source?: string };
  const name = meta.name ?? `Audit-time table from ${file}`;
  const source = meta.source ?? `Loaded from ${file}.`;
  return { name, source, rows: parsed.rows.map((x) => x.row), above: parsed.above };
}
