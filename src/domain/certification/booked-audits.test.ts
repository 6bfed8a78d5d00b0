// Booked audits against their team and the working days of the sites' countries, pinned to dates in 2027.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { bookedAuditChecks } from './booked-audits.ts';

const lead = { name: 'L', role: 'lead-auditor' as const };
const auditor = { name: 'A', role: 'auditor' as const };
const expert = { name: 'T', role: 'technical-assessor' as const };

describe('bookedAuditChecks', () => {
  it('takes the estimate for the audit kind when the booking records no days (300 persons, an AI provider: Stage 2 11.5 → 12 working days alone)', () => {
    const st2 = build.externalAudits({ id: 'st2', kind: 'stage-2', plannedStart: '2027-04-26', plannedEnd: '2027-05-07', team: [lead, expert], status: 'planned' });
    const [c] = bookedAuditChecks(aimsOf({ externalAudits: [st2] }, { effectivePersonnel: 300 }), '2027-03-01');
    // The table's 15 days +10% for a provider of AI (the factory organisation's role) → 16.5, Stage 2 16.5 − 5 = 11.5.
    expect(c).toMatchObject({ auditorDays: 11.5, auditorDaysFrom: 'estimate', auditors: 1, teamRecorded: true, workingDaysNeeded: 12, workingDaysBooked: 10, holidays: [] });
    // With a second auditor it needs 6 (11.5 / 2 = 5.75, rounded up to whole days).
    const two = { ...st2, team: [lead, auditor, expert] };
    expect(bookedAuditChecks(aimsOf({ externalAudits: [two] }, { effectivePersonnel: 300 }), '2027-03-01')[0]?.workingDaysNeeded).toBe(6);
  });

  it('leaves weekends and the sites’ public holidays out of the working days, and names the holidays', () => {
    const s1 = build.externalAudits({ id: 's1', kind: 'surveillance-1', plannedStart: '2027-12-23', plannedEnd: '2027-12-29', days: 3, team: [lead], status: 'planned' });
    const sites = [build.sites({ id: 'hq', country: 'United Kingdom', central: true }), build.sites({ id: 'de', country: 'DE', central: false })];
    const [c] = bookedAuditChecks(aimsOf({ externalAudits: [s1], sites }), '2027-03-01');
    // 23, 24, 27, 28, 29 December 2027 are weekdays; 27 and 28 are the British substitute bank holidays for
    // Christmas and Boxing Day on the weekend.
    expect(c!.workingDaysBooked).toBe(3);
    expect(c!.holidays.map((h) => h.slice(0, 10))).toEqual(['2027-12-27', '2027-12-28']);
    expect(c!.holidays[0]).toContain('GB:');
  });

  it('without a last day checks only the first day, and never a held, cancelled or past booking', () => {
    const open = build.externalAudits({ id: 'o', kind: 'stage-1', plannedStart: '2027-05-03', status: 'planned' });
    const held = build.externalAudits({ id: 'h', kind: 'stage-1', plannedStart: '2027-05-03', plannedEnd: '2027-05-03', actualStart: '2027-05-03', status: 'done' });
    const cancelled = build.externalAudits({ id: 'c', kind: 'stage-1', plannedStart: '2027-05-03', plannedEnd: '2027-05-03', status: 'cancelled' });
    const past = build.externalAudits({ id: 'p', kind: 'stage-1', plannedStart: '2027-01-04', plannedEnd: '2027-01-04', status: 'planned' });
    const checks = bookedAuditChecks(aimsOf({ externalAudits: [open, held, cancelled, past], sites: [build.sites({ id: 'hq', country: 'GB', central: true })] }), '2027-03-01');
    expect(checks.map((c) => c.audit.id)).toEqual(['o']);
    expect(checks[0]).toMatchObject({ workingDaysBooked: 0, holidays: ['2027-05-03 GB: Early May bank holiday'] });
    expect(checks[0]!.workingDaysNeeded).toBeUndefined();
  });
});
