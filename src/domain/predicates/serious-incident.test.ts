// Art 73 deadlines: the day counts per kind, the awareness date, boundaries on the deadline, and an unknown kind.
import { describe, expect, it } from 'vitest';
import { awareOn, seriousIncidentDeadline, seriousIncidentStatus } from './serious-incident.ts';

const serious = { euAiActSerious: true, occurredOn: '2026-10-01' } as const;

describe('seriousIncidentDeadline', () => {
  it('allows 15 days by default, 10 on a death and 2 for widespread or critical-infrastructure incidents', () => {
    expect(seriousIncidentDeadline(serious, 'other')).toBe('2026-10-16');
    expect(seriousIncidentDeadline(serious, 'death')).toBe('2026-10-11');
    expect(seriousIncidentDeadline(serious, 'widespread-or-critical-infrastructure')).toBe('2026-10-03');
  });

  it('counts from the day the organisation became aware, else from the day it occurred', () => {
    expect(awareOn({ occurredOn: '2026-10-01', detectedOn: '2026-10-05' })).toBe('2026-10-05');
    expect(seriousIncidentDeadline({ occurredOn: '2026-10-01', detectedOn: '2026-10-05' }, 'other')).toBe('2026-10-20');
    expect(awareOn({ occurredOn: '2026-10-01' })).toBe('2026-10-01');
  });

  it('crosses month and year ends', () => {
    expect(seriousIncidentDeadline({ occurredOn: '2026-12-25' }, 'other')).toBe('2027-01-09');
  });
});

describe('seriousIncidentStatus', () => {
  it('ignores incidents that are not serious under Art 73', () => {
    expect(seriousIncidentStatus({ ...serious, euAiActSerious: false }, '2027-01-01')).toEqual({ kind: 'not-serious' });
  });

  it('is due up to and including the deadline, overdue the day after', () => {
    const incident = { ...serious, seriousKind: 'other' as const };
    expect(seriousIncidentStatus(incident, '2026-10-16')).toMatchObject({ kind: 'due', deadline: '2026-10-16', days: 15 });
    expect(seriousIncidentStatus(incident, '2026-10-17')).toMatchObject({ kind: 'overdue', deadline: '2026-10-16' });
  });

  it('judges a report by its date, not by today', () => {
    const incident = { ...serious, seriousKind: 'death' as const };
    expect(seriousIncidentStatus({ ...incident, reportedToAuthorityOn: '2026-10-11' }, '2027-06-01').kind).toBe('reported-in-time');
    expect(seriousIncidentStatus({ ...incident, reportedToAuthorityOn: '2026-10-12' }, '2027-06-01').kind).toBe('reported-late');
  });

  it('decides an unknown kind only where every deadline agrees', () => {
    expect(seriousIncidentStatus({ ...serious, reportedToAuthorityOn: '2026-10-03' }, '2026-11-01').kind).toBe('reported-in-time');
    expect(seriousIncidentStatus({ ...serious, reportedToAuthorityOn: '2026-10-17' }, '2026-11-01')).toMatchObject({ kind: 'reported-late', deadline: '2026-10-16' });
    expect(seriousIncidentStatus({ ...serious, reportedToAuthorityOn: '2026-10-09' }, '2026-11-01')).toEqual({
      kind: 'undecided', earliestDeadline: '2026-10-03', latestDeadline: '2026-10-16',
    });
    expect(seriousIncidentStatus(serious, '2026-10-02')).toMatchObject({ kind: 'due', deadline: '2026-10-03' });
    expect(seriousIncidentStatus(serious, '2026-10-10').kind).toBe('undecided');
    expect(seriousIncidentStatus(serious, '2026-10-17')).toMatchObject({ kind: 'overdue', deadline: '2026-10-16' });
  });
});
