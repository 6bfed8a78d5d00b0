// Audit-day estimate: initial audit time by effective personnel from a table, and the surveillance and
// recertification days derived from it (IAF MD 5 practice), with the rule behind every number.

export interface AuditTimeRow {
  readonly personsMin: number;
  /** Undefined on an open-ended last row. */
  readonly personsMax?: number;
  /** Initial audit days, Stage 1 plus Stage 2. */
  readonly days: number;
}

export interface AuditTimeTable {
  readonly name: string;
  /** Where the figures come from, shown with every estimate so nobody mistakes a default for the body's figure. */
  readonly source: string;
  readonly rows: readonly AuditTimeRow[];
  /** Above a bounded last row: continue the progression of the last rows, or refuse. */
  readonly above: 'extrapolate' | 'none';
}

const r = (personsMin: number, personsMax: number, days: number): AuditTimeRow => ({ personsMin, personsMax, days });

/**
 * The ISMS table of ISO/IEC 27006 (as quoted by secondary sources), used as a configurable default because
 * ISO/IEC 42006:2025's own table is not public. Load the certification body's figures with `--table <file>`.
 */
export const defaultAuditTimeTable: AuditTimeTable = {
  name: 'ISO/IEC 27006 ISMS initial audit time (configurable default)',
  source:
    'ISO/IEC 27006 ISMS table of initial audit time by effective personnel, quoted by secondary sources. ISO/IEC 42006:2025 '
    + 'governs AIMS certification bodies but its table is not public, so this is a default: load your body’s table with --table.',
  rows: [
    r(1, 10, 5), r(11, 15, 6), r(16, 25, 7), r(26, 45, 8.5), r(46, 65, 10), r(66, 85, 11), r(86, 125, 12),
    r(126, 175, 13), r(176, 275, 14), r(276, 425, 15), r(426, 625, 16.5), r(626, 875, 17.5), r(876, 1175, 18.5),
    r(1176, 1550, 19.5), r(1551, 2025, 21), r(2026, 2675, 22), r(2676, 3450, 23), r(3451, 4350, 24), r(4351, 5450, 25),
    r(5451, 6800, 26), r(6801, 8500, 27), r(8501, 10700, 28),
  ],
  above: 'extrapolate',
};

/** Rows the progression above a table is read from. */
const PROGRESSION_ROWS = 4;

/** The largest reduction of the table's days IAF MD 5 allows for low complexity (all reasons together). */
export const MAX_COMPLEXITY_REDUCTION = 0.3;

/** The last rule of an estimate the inputs do not adjust. */
export const NO_ADJUSTMENT_RULE = 'The body may adjust for complexity (by at most 30% down); this estimate applies no adjustment.';

/** Share of the initial audit days spent in Stage 1: common practice, not a rule (bodies set their own split). */
export const STAGE1_SHARE = 0.3;
export const SURVEILLANCE_SHARE = 1 / 3;
export const RECERTIFICATION_SHARE = 2 / 3;

/** Audit days are counted to the nearest half day (x.25 rounds up to x.5, x.75 up to x+1). */
export function roundToHalfDay(days: number): number {
  return Math.round(days * 2 + 1e-9) / 2;
}

export interface TableRowUsed {
  readonly personsMin: number;
  readonly personsMax: number | null;
  readonly days: number;
  /** True when the row is not in the table but continues its progression. */
  readonly extrapolated: boolean;
}

export interface Progression {
  /** Each further band is this many times as wide (upper bound ratio). */
  readonly growth: number;
  /** Each further band adds this many days. */
  readonly stepDays: number;
}

/** How the table continues above its last row: the average growth and day step of its last rows. */
export function progressionOf(table: AuditTimeTable): Progression | undefined {
  const bounded = table.rows.filter((row) => row.personsMax !== undefined);
  if (table.above !== 'extrapolate' || bounded.length !== table.rows.length || bounded.length < 2) return undefined;
  const n = Math.min(PROGRESSION_ROWS, bounded.length - 1);
  const last = bounded.at(-1)!;
  const base = bounded.at(-1 - n)!;
  return {
    growth: (last.personsMax! / base.personsMax!) ** (1 / n),
    stepDays: (last.days - base.days) / n,
  };
}

function describeProgression(table: AuditTimeTable, p: Progression): string {
  const last = table.rows.at(-1)!;
  const next = Math.round(last.personsMax! * p.growth);
  return `Above ${last.personsMax!.toLocaleString('en')} persons the table continues the progression of its last `
    + `${Math.min(PROGRESSION_ROWS, table.rows.length - 1)} rows: each further band adds ${p.stepDays} day(s) and its upper bound is `
    + `${p.growth.toFixed(3)}× the previous one (${(last.personsMax! + 1).toLocaleString('en')}–${next.toLocaleString('en')} → `
    + `${last.days + p.stepDays} days, and so on).`;
}

const persons = (n: number): string => `${n.toLocaleString('en')} ${n === 1 ? 'person' : 'persons'}`;

export interface InitialAuditDays {
  readonly days: number;
  readonly row: TableRowUsed;
  readonly rule: string;
}

/** Initial audit days (Stage 1 + Stage 2) for a number of effective personnel; undefined when the table cannot say. */
export function initialAuditDays(personnel: number, table: AuditTimeTable = defaultAuditTimeTable): InitialAuditDays | undefined {
  if (!Number.isInteger(personnel) || personnel < 1) return undefined;
  const row = table.rows.find((x) => personnel >= x.personsMin && (x.personsMax === undefined || personnel <= x.personsMax));
  if (row) {
    const range = row.personsMax === undefined ? `${row.personsMin} or more` : `${row.personsMin}–${row.personsMax}`;
    return {
      days: row.days,
      row: { personsMin: row.personsMin, personsMax: row.personsMax ?? null, days: row.days, extrapolated: false },
      rule: `${table.name}: row ${range} persons → ${row.days} initial audit days (for ${persons(personnel)}).`,
    };
  }
  const p = progressionOf(table);
  const last = table.rows.at(-1);
  if (!p || !last || last.personsMax === undefined || personnel <= last.personsMax) return undefined;
  let min = last.personsMax + 1;
  let max = last.personsMax;
  let days = last.days;
  let upper = last.personsMax;
  // Bands grow geometrically, so even millions of persons take a few dozen steps.
  while (personnel > max) {
    upper *= p.growth;
    min = max + 1;
    max = Math.round(upper);
    days += p.stepDays;
  }
  days = roundToHalfDay(days);
  return {
    days,
    row: { personsMin: min, personsMax: max, days, extrapolated: true },
    rule: `${persons(personnel)} is above the table’s last row. ${describeProgression(table, p)} Here: ${min}–${max} persons → ${days} days.`,
  };
}

export interface AuditDayEstimate {
  readonly personnel: number;
  readonly table: { readonly name: string; readonly source: string };
  readonly row: TableRowUsed;
  readonly initial: { readonly days: number; readonly stage1: number; readonly stage2: number };
  /** Days of each surveillance audit (years 1 and 2). */
  readonly surveillance: { readonly days: number; readonly audits: number };
  readonly recertification: { readonly days: number };
  readonly rules: readonly string[];
}

/** The whole estimate for a cycle; undefined when the table has no row for the personnel and cannot extrapolate. */
export function estimateAuditDays(personnel: number, table: AuditTimeTable = defaultAuditTimeTable): AuditDayEstimate | undefined {
  const initial = initialAuditDays(personnel, table);
  if (!initial) return undefined;
  const stage1 = roundToHalfDay(initial.days * STAGE1_SHARE);
  const surveillance = roundToHalfDay(initial.days * SURVEILLANCE_SHARE);
  const recertification = roundToHalfDay(initial.days * RECERTIFICATION_SHARE);
  return {
    personnel,
    table: { name: table.name, source: table.source },
    row: initial.row,
    initial: { days: initial.days, stage1, stage2: initial.days - stage1 },
    surveillance: { days: surveillance, audits: 2 },
    recertification: { days: recertification },
    rules: [
      initial.rule,
      `Stage 1 ≈ ${Math.round(STAGE1_SHARE * 100)}% of the initial days (common practice; the body sets the split), the rest is Stage 2.`,
      `Each surveillance audit ≈ 1/3 of the initial days: ${initial.days} / 3 → ${surveillance} (IAF MD 5 practice: likely, from secondary sources; the body sets its own figure).`,
      `Recertification ≈ 2/3 of the initial days: ${initial.days} × 2/3 → ${recertification} (IAF MD 5 practice: likely, from secondary sources; the body sets its own figure).`,
      'Days are rounded to the nearest half day. An audit day is 8 hours; longer days do not shorten the count.',
      NO_ADJUSTMENT_RULE,
    ],
  };
}
