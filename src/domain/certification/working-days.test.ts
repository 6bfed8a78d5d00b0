// Proposed audit days keep out weekends and the public holidays of the sites' countries, and are not split over a weekend.
import { describe, expect, it } from 'vitest';
import { auditSlot, countryCode, workingCalendar, workingDaysBetween } from './working-days.ts';

describe('working days of the sites', () => {
  it('reads countries as codes or English names and says which it does not know', () => {
    expect(countryCode('DE')).toBe('DE');
    expect(countryCode('Germany')).toBe('DE');
    expect(countryCode('United Kingdom')).toBe('GB');
    expect(countryCode('UK')).toBe('GB');
    expect(workingCalendar(['Germany', 'Atlantis']).unknown).toEqual(['Atlantis']);
  });

  it('keeps out the public holidays of every site country', () => {
    const cal = workingCalendar(['DE', 'France']);
    expect(cal.isWorkingDay('2029-10-03')).toBe(false); // Tag der Deutschen Einheit (a Wednesday)
    expect(cal.holidaysOn('2029-07-13')).toEqual([]);
    expect(cal.isWorkingDay('2029-07-13')).toBe(true);
    expect(cal.isWorkingDay('2029-07-16')).toBe(true);
    expect(cal.holidaysOn('2029-05-08')[0]).toMatch(/^FR: /); // Victoire 1945 in France only
    expect(workingCalendar(['DE']).isWorkingDay('2029-05-08')).toBe(true);
    expect(cal.isWorkingDay('2029-07-14')).toBe(false); // a Saturday, and France's national day
  });

  it('moves a 3-day audit off a holiday week-start and never over a weekend', () => {
    const cal = workingCalendar(['DE']);
    // Easter Monday 2029-04-02: Tue–Thu 3–5 April.
    expect(auditSlot('2029-04-02', 3, cal)).toEqual({ start: '2029-04-03', end: '2029-04-05' });
    // From Thursday 2029-04-05 a 3-day audit would cross the weekend: it starts Monday 9 April instead.
    expect(auditSlot('2029-04-05', 3, cal)).toEqual({ start: '2029-04-09', end: '2029-04-11' });
    // German Unity Day (Wednesday 2029-10-03) splits the week into Mon–Tue and Thu–Fri: a 3-day audit goes to 8 October.
    expect(auditSlot('2029-10-01', 3, cal)).toEqual({ start: '2029-10-08', end: '2029-10-10' });
    // Going back (a due date to keep): the latest 2-day slot starting on or before Friday 2029-10-05 is Thu–Fri 4–5 October.
    expect(auditSlot('2029-10-05', 2, cal, -1)).toEqual({ start: '2029-10-04', end: '2029-10-05' });
  });

  it('counts working days between two dates', () => {
    expect(workingDaysBetween('2029-04-02', '2029-04-06', workingCalendar(['DE']))).toBe(4);
    expect(workingDaysBetween('2029-04-02', '2029-04-06')).toBe(5);
  });
});
