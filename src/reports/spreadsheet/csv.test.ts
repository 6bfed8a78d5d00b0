// Tests of the CSV writer: RFC 4180 quoting, the BOM, and formula injection neutralised in every cell.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, tableCsv } from './csv.ts';
import { column } from './sheet-table.ts';

describe('CSV of a report table', () => {
  it('quotes commas, quotes and new lines, ends lines with CRLF and starts with a BOM', () => {
    const text = tableCsv({ sheet: 'T', file: 't', columns: [column('A'), column('B', 'number'), column('C', 'boolean')], rows: [['a, "b"\nc', 3, true]] });
    expect(text).toBe('\ufeffA,B,C\r\n"a, ""b""\nc",3,true\r\n');
    expect(parse(text, { bom: true })).toEqual([['A', 'B', 'C'], ['a, "b"\nc', '3', 'true']]);
  });

  it('escapes text starting like a formula, but not numbers', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutraliseFormula('1+1')).toBe('1+1');
    const text = tableCsv({ sheet: 'T', file: 't', columns: [column('X'), column('N', 'number')], rows: [['=cmd|" /C calc"!A0', -3], ['@SUM(A1)', 1]] });
    const rows = parse(text, { bom: true }) as string[][];
    expect(rows.slice(1)).toEqual([["'=cmd|\" /C calc\"!A0", '-3'], ["'@SUM(A1)", '1']]);
  });
});
