// Working days of the organisation's sites: weekends and the public holidays of their countries (date-holidays).
import Holidays from 'date-holidays';
import { addDays, type IsoDateString } from '../dates.ts';

export interface WorkingCalendar {
  /** ISO 3166 codes whose public holidays are kept out. */
  readonly countries: readonly string[];
  /** Countries named on sites that the holiday library does not know: their holidays are not kept out. */
  readonly unknown: readonly string[];
  /** Names of the public holidays on a date in any of the countries, `CODE: name`. */
  holidaysOn(date: IsoDateString): string[];
  isWorkingDay(date: IsoDateString): boolean;
}

const aliases: Readonly<Record<string, string>> = { uk: 'GB', 'great britain': 'GB', england: 'GB', usa: 'US', 'united states': 'US', us: 'US', korea: 'KR' };

let names: Map<string, string> | undefined;
/** The ISO 3166 alpha-2 code of a country given as a code or an English name; undefined when unknown. */
export function countryCode(country: string): string | undefined {
  names ??= new Map(Object.entries(new Holidays().getCountries('en')).flatMap(([code, name]) => [[code.toLowerCase(), code], [name.toLowerCase(), code]]));
  const key = country.trim().toLowerCase();
  return aliases[key] ?? names.get(key);
}

const dayOfWeek = (date: IsoDateString): number => new Date(`${date}T00:00:00Z`).getUTCDay();
export const isWeekend = (date: IsoDateString): boolean => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;

/** A calendar of working days for sites in these countries (codes or English names). */
export function workingCalendar(countries: readonly string[]): WorkingCalendar {
  const codes = [...new Set(countries.map(countryCode).filter((c): c is string => c !== undefined))].sort();
  const unknown = [...new Set(countries.filter((c) => countryCode(c) === undefined))];
  const libraries = codes.map((code) => [code, new Holidays(code, { types: ['public'] })] as const);
  const byYear = new Map<number, Map<IsoDateString, string[]>>();
  const year = (y: number): Map<IsoDateString, string[]> => {
    let m = byYear.get(y);
    if (!m) {
      m = new Map();
      for (const [code, hd] of libraries) {
        // Holidays are read by their local date string, so no time zone moves them a day.
        for (const h of hd.getHolidays(y)) {
          if (h.type !== 'public') continue;
          const d = h.date.slice(0, 10);
          m.set(d, [...(m.get(d) ?? []), `${code}: ${h.name}`]);
        }
      }
      byYear.set(y, m);
    }
    return m;
  };
  const holidaysOn = (date: IsoDateString): string[] => year(Number(date.slice(0, 4))).get(date) ?? [];
  return { countries: codes, unknown, holidaysOn, isWorkingDay: (date) => !isWeekend(date) && holidaysOn(date).length === 0 };
}

/** Weekends only: the calendar when no site names a country. */
export const weekdayCalendar: WorkingCalendar = workingCalendar([]);

/** Working days from `start` to `end` inclusive. */
export function workingDaysBetween(start: IsoDateString, end: IsoDateString, cal: WorkingCalendar = weekdayCalendar): number {
  let n = 0;
  for (let d = start; d <= end; d = addDays(d, 1)) if (cal.isWorkingDay(d)) n++;
  return n;
}

/**
 * The first day on or after `from` (or on or before it, going back) that starts `length` consecutive working days in
 * one week: an audit of up to five days is never split over a weekend or a holiday. Longer audits start on a Monday
 * (or the first working day of a week) and run over whole weeks.
 */
export function auditSlot(from: IsoDateString, length: number, cal: WorkingCalendar = weekdayCalendar, direction: 1 | -1 = 1): { start: IsoDateString; end: IsoDateString } {
  const days = Math.max(1, Math.ceil(length));
  const run = Math.min(days, 5);
  for (let start = from, tries = 0; tries < 400; start = addDays(start, direction), tries++) {
    let ok = true;
    for (let i = 0; i < run && ok; i++) ok = cal.isWorkingDay(addDays(start, i));
    if (!ok) continue;
    let end = start;
    for (let left = days - 1; left > 0;) { end = addDays(end, 1); if (cal.isWorkingDay(end)) left--; }
    return { start, end };
  }
  return { start: from, end: from };
}

/** The first working day on or after `from` and the working days after it up to `length` days, whatever lies between. */
export function spreadSlot(from: IsoDateString, length: number, cal: WorkingCalendar = weekdayCalendar): { start: IsoDateString; end: IsoDateString } {
  const { start } = auditSlot(from, 1, cal);
  let end = start;
  for (let left = Math.max(1, Math.ceil(length)) - 1; left > 0;) { end = addDays(end, 1); if (cal.isWorkingDay(end)) left--; }
  return { start, end };
}
