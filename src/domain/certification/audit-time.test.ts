// Pins the audit-day table at its boundaries, the derived surveillance and recertification days, and table loading.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { defaultAuditTimeTable, estimateAuditDays, initialAuditDays, roundToHalfDay } from './audit-time.ts';
import { parseAuditTimeTable } from './audit-time-file.ts';

const fixture = join(import.meta.dirname, '../../../test/fixtures/isms-audit-time-iso27006.tsv');

describe('the default audit-time table', () => {
  it('is the ISO/IEC 27006 table of the reference data, row for row', () => {
    const fromFile = parseAuditTimeTable(readFileSync(fixture, 'utf8'), 'isms-audit-time-iso27006.tsv');
    expect(defaultAuditTimeTable.rows).toEqual(fromFile.rows);
    expect(fromFile.above).toBe('extrapolate');
    expect(defaultAuditTimeTable.name).toMatch(/27006.*configurable default/);
    expect(defaultAuditTimeTable.source).toMatch(/42006.*not public/);
  });

  it.each([
    [1, 5], [10, 5], [11, 6], [15, 6], [16, 7], [45, 8.5], [46, 10], [275, 14], [276, 15], [300, 15], [425, 15],
    [426, 16.5], [1550, 19.5], [1551, 21], [8500, 27], [8501, 28], [10700, 28],
  ])('%i persons → %d initial days', (persons, days) => {
    expect(initialAuditDays(persons)?.days).toBe(days);
    expect(initialAuditDays(persons)?.row.extrapolated).toBe(false);
  });

  it('continues the progression above 10,700 persons, one day per band ~1.25× wider', () => {
    const first = initialAuditDays(10701)!;
    expect(first.days).toBe(29);
    expect(first.row).toMatchObject({ personsMin: 10701, personsMax: 13400, extrapolated: true });
    expect(initialAuditDays(13400)!.days).toBe(29);
    expect(initialAuditDays(13401)!.days).toBe(30);
    expect(first.rule).toMatch(/progression of its last 4 rows/);
    // Monotonic and slow-growing even far above the table.
    expect(initialAuditDays(100_000)!.days).toBe(38);
    expect(initialAuditDays(1_000_000)!.days).toBeGreaterThan(initialAuditDays(100_000)!.days);
  });

  it('has nothing to say for fewer than one person', () => {
    expect(initialAuditDays(0)).toBeUndefined();
    expect(initialAuditDays(2.5)).toBeUndefined();
  });
});

describe('estimateAuditDays', () => {
  it('gives 15 initial, 5 per surveillance and 10 for recertification at 300 persons', () => {
    const e = estimateAuditDays(300)!;
    expect(e.initial.days).toBe(15);
    expect(e.initial.stage1 + e.initial.stage2).toBe(15);
    expect(e.surveillance.days).toBe(5);
    expect(e.recertification.days).toBe(10);
    // The derived figures are likely practice, not firm rules, and say so.
    expect(e.rules.filter((r) => /likely, from secondary sources/.test(r))).toHaveLength(2);
  });

  it('rounds the derived days to the nearest half day', () => {
    const e = estimateAuditDays(45)!; // 8.5 initial
    expect(e.surveillance.days).toBe(3); // 2.83
    expect(e.recertification.days).toBe(5.5); // 5.67
    expect(roundToHalfDay(2.25)).toBe(2.5);
    expect(roundToHalfDay(2.2)).toBe(2);
    expect(roundToHalfDay(2.75)).toBe(3);
  });
});

describe('parseAuditTimeTable', () => {
  it('reads a body’s own TSV table with an open last row', () => {
    const t = parseAuditTimeTable('persons_min\tpersons_max\tdays\n1\t50\t6\n51\t\t9\n', 'body.tsv');
    expect(initialAuditDays(50, t)?.days).toBe(6);
    expect(initialAuditDays(5000, t)?.days).toBe(9);
    expect(t.name).toContain('body.tsv');
  });

  it('reads JSON rows and refuses to guess above a bounded last row', () => {
    const t = parseAuditTimeTable(JSON.stringify({ name: 'Body X 2026', rows: [{ personsMin: 1, personsMax: 100, days: 7 }] }), 'x.json');
    expect(t.name).toBe('Body X 2026');
    expect(initialAuditDays(100, t)?.days).toBe(7);
    expect(initialAuditDays(101, t)).toBeUndefined();
  });

  it('names the line and field of each problem', () => {
    const text = 'persons_min\tpersons_max\tdays\n1\t10\t5\n12\t20\tsix\n';
    try {
      parseAuditTimeTable(text, 'bad.tsv');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details).toEqual([{ file: 'bad.tsv', line: 3, field: 'days', message: 'expected a number of audit days, got "six".' }]);
    }
    expect(() => parseAuditTimeTable('1\t10\t5\n12\t20\t6\n', 'gap.tsv')).toThrow(AppError);
    try {
      parseAuditTimeTable('1\t10\t5\n12\t20\t6\n', 'gap.tsv');
    } catch (error) {
      expect((error as AppError).details[0]).toMatchObject({ line: 2, field: 'personsMin' });
    }
  });
});
