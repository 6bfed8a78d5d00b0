// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC, without a clock: callers pass `now`.
export type IsoDateString = string;

const DAY_MS = 86_400_000;

function parse(date: IsoDateString): Date {
  const day = date.slice(0, 10);
  const d = new Date(`${day}T00:00:00Z`);
  // Date rolls a day past the month's end over (2026-02-30 → 2026-03-02); a date that does not exist is refused instead.
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day) throw new RangeError(`not an ISO date: ${date}`);
  return d;
}

function format(d: Date): IsoDateString {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: IsoDateString, days: number): IsoDateString {
  return format(new Date(parse(date).getTime() + days * DAY_MS));
}

/**
 * Adds calendar months, clamping to the month's last day (2026-01-31 + 1 month = 2026-02-28),
 * the way due dates are read by auditors.
 */
export function addMonths(date: IsoDateString, months: number): IsoDateString {
  const d = parse(date);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return format(target);
}

export function addYears(date: IsoDateString, years: number): IsoDateString {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDateString, to: IsoDateString): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / DAY_MS);
}

/** ISO dates compare correctly as strings; these read better at call sites. */
export const isBefore = (a: IsoDateString, b: IsoDateString): boolean => a.slice(0, 10) < b.slice(0, 10);
export const isAfter = (a: IsoDateString, b: IsoDateString): boolean => a.slice(0, 10) > b.slice(0, 10);
export const isOnOrBefore = (a: IsoDateString, b: IsoDateString): boolean => a.slice(0, 10) <= b.slice(0, 10);

/** The later of some dates, ignoring missing ones; undefined when none is given. */
export function latest(...dates: (IsoDateString | undefined)[]): IsoDateString | undefined {
  return dates.filter((d): d is IsoDateString => d !== undefined).sort().at(-1);
}

/** A calendar date that exists, written YYYY-MM-DD; year 0000 is refused (no record is dated before the common era). */
export function isValidIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value.startsWith('0000')) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && format(d) === value;
}

/** Today's date in UTC, for the outer layers that own the clock. */
export function todayUtc(now: Date): IsoDateString {
  return format(now);
}
