// Calendar arithmetic at month ends and leap days, and dates that do not exist.
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, isValidIsoDate } from './dates.ts';

describe('dates', () => {
  it('clamps to the last day of a shorter month, leap years included', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', -2)).toBe('2026-06-30');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('counts days across a leap day and a year end', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2027-03-01', '2026-03-01')).toBe(-365);
  });

  it('refuses a date that does not exist rather than rolling it into the next month', () => {
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(() => addDays('2026-02-30', 0)).toThrow(/not an ISO date: 2026-02-30/);
    expect(() => addMonths('2026-04-31', 1)).toThrow(RangeError);
    expect(() => daysBetween('2026-01-01', 'soon')).toThrow(/not an ISO date: soon/);
  });

  it('refuses year 0000, which no calendar a record is dated in has', () => {
    expect(isValidIsoDate('0000-01-01')).toBe(false);
    expect(isValidIsoDate('0001-01-01')).toBe(true);
  });
});
