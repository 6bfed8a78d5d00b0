// Dates of the demo organisation, all relative to one `asOf` day, so the demo always sits a few months before Stage 1.
import { addDays, addMonths, isValidIsoDate, AppError } from '../../domain/index.ts';

export interface DemoClock {
  readonly asOf: string;
  /** The day `n` days from asOf (negative: in the past). */
  day(n: number): string;
  /** `n` calendar months after `date`. */
  after(date: string, months: number): string;
  /** The calendar year `n` years from asOf's, for text such as dataset periods. */
  year(n: number): string;
}

/** Stage 1 of the demo is this many days after asOf: "a few months before Stage 1". */
export const STAGE_1_IN_DAYS = 80;

export function demoClock(asOf: string): DemoClock {
  if (!isValidIsoDate(asOf)) throw new AppError('invalid_input', `--as-of must be a date written YYYY-MM-DD; got "${asOf}".`);
  return {
    asOf,
    day: (n) => addDays(asOf, n),
    after: (date, months) => addMonths(date, months),
    year: (n) => String(Number(asOf.slice(0, 4)) + n),
  };
}
