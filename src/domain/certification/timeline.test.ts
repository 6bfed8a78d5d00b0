// Due dates from the organisation's records and what is at risk: surveillance, recertification, the major limit.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { cycleDueDates, DEADLINE_WARNING_DAYS, timelineRisks } from './timeline.ts';

const cert = build.certificates({ id: 'cert-1', decisionOn: '2026-03-10', expiresOn: '2029-03-09' });
// One-day bookings of one auditor-day each: whether a booking fits its team and the calendar is pinned in booked-audits.test.ts.
const audit = (id: string, kind: 'surveillance-1' | 'surveillance-2' | 'recertification' | 'stage-2', start: string, status: 'planned' | 'done' = 'planned') =>
  build.externalAudits({ id, kind, plannedStart: start, plannedEnd: start, days: 1, ...(status === 'done' ? { actualStart: start, actualEnd: start } : {}), status });
const risks = (records: Parameters<typeof aimsOf>[0], now: string) => timelineRisks(aimsOf(records), now).map((r) => `${r.kind}:${r.subject.id}`);

describe('cycleDueDates', () => {
  it('derives the due dates of the cycle from the certificate and the audits held', () => {
    const due = cycleDueDates(aimsOf({ certificates: [cert], externalAudits: [audit('s1', 'surveillance-1', '2027-02-15', 'done')] }), '2027-06-01')!;
    expect(due.surveillance1).toMatchObject({ due: '2027-03-10', status: 'done', date: '2027-02-15' });
    expect(due.surveillance2).toMatchObject({ due: '2028-12-31', status: 'unscheduled' });
    expect(due.recertification).toMatchObject({ due: '2029-03-09', window: { from: '2028-11-09', to: '2029-01-09' } });
  });

  it('has no cycle before the first certification decision', () => {
    expect(cycleDueDates(aimsOf({ certificates: [cert] }), '2026-03-09')).toBeUndefined();
  });
});

describe('timelineRisks', () => {
  it('flags the first surveillance overdue the day after 2027-03-10, not on it', () => {
    const booked = audit('s1', 'surveillance-1', '2027-03-09');
    expect(risks({ certificates: [cert], externalAudits: [booked] }, '2027-03-10')).toEqual([]);
    expect(risks({ certificates: [cert], externalAudits: [booked] }, '2027-03-11')).toEqual(['surveillance-overdue:s1']);
    expect(risks({ certificates: [cert] }, '2027-03-11')).toEqual(['surveillance-overdue:cert-1']);
  });

  it(`flags an unbooked surveillance ${DEADLINE_WARNING_DAYS} days before its deadline, not earlier`, () => {
    expect(risks({ certificates: [cert] }, '2026-12-09')).toEqual([]);
    expect(risks({ certificates: [cert] }, '2026-12-10')).toEqual(['surveillance-unscheduled:cert-1']);
    // The second's calendar-year deadline 2028-12-31: at risk from 2028-10-02, weeks before 1 January.
    const held = [audit('s1', 'surveillance-1', '2027-02-01', 'done'), audit('re', 'recertification', '2028-12-04')];
    expect(risks({ certificates: [cert], externalAudits: held }, '2028-10-01')).toEqual([]);
    expect(risks({ certificates: [cert], externalAudits: held }, '2028-10-02')).toEqual(['surveillance-unscheduled:cert-1']);
  });

  it('flags as major a recertification whose end plus the decision time passes expiry, with the day it lapses', () => {
    const done = [audit('s1', 'surveillance-1', '2027-02-01', 'done'), audit('s2', 'surveillance-2', '2028-02-01', 'done')];
    // 2029-01-25 + 6 weeks = 2029-03-08, the last day a decision can be taken: in time.
    expect(risks({ certificates: [cert], externalAudits: [...done, audit('re', 'recertification', '2029-01-25')] }, '2028-06-01'))
      .toEqual(['recertification-too-close-to-expiry:re']);
    const late = timelineRisks(aimsOf({ certificates: [cert], externalAudits: [...done, audit('re', 'recertification', '2029-01-26')] }), '2028-06-01');
    expect(late).toMatchObject([{ kind: 'recertification-decision-after-expiry', severity: 'major', limit: '2029-03-09', date: '2029-03-10' }]);
  });

  it('flags a surveillance planned after its due date before it is overdue', () => {
    expect(risks({ certificates: [cert], externalAudits: [audit('s1', 'surveillance-1', '2027-04-01')] }, '2026-10-01'))
      .toEqual(['surveillance-planned-late:s1']);
  });

  it('flags a recertification planned after expiry', () => {
    const records = { certificates: [cert], externalAudits: [audit('s1', 'surveillance-1', '2027-02-01', 'done'), audit('s2', 'surveillance-2', '2028-02-01', 'done'), audit('re', 'recertification', '2029-04-02')] };
    expect(risks(records, '2028-06-01')).toEqual(['recertification-after-expiry:re']);
    // Booked on Sunday 2029-04-01 instead, its one auditor-day has no working day to fall on.
    const sunday = { ...records, externalAudits: [...records.externalAudits.slice(0, 2), audit('re', 'recertification', '2029-04-01')] };
    expect(risks(sunday, '2028-06-01')).toEqual(['audit-too-short:re', 'recertification-after-expiry:re']);
  });

  it('flags a recertification less than 2 months before expiry, and none inside the window', () => {
    const done = [audit('s1', 'surveillance-1', '2027-02-01', 'done'), audit('s2', 'surveillance-2', '2028-02-01', 'done')];
    expect(risks({ certificates: [cert], externalAudits: [...done, audit('re', 'recertification', '2029-02-01')] }, '2028-06-01'))
      .toEqual(['recertification-decision-after-expiry:re']);
    expect(risks({ certificates: [cert], externalAudits: [...done, audit('re', 'recertification', '2029-01-15')] }, '2028-06-01'))
      .toEqual(['recertification-too-close-to-expiry:re']);
    expect(risks({ certificates: [cert], externalAudits: [...done, audit('re', 'recertification', '2028-12-01')] }, '2028-06-01')).toEqual([]);
  });

  it('flags an unscheduled recertification within 6 months of expiry, and a lapsed certificate after it', () => {
    const done = [audit('s1', 'surveillance-1', '2027-02-01', 'done'), audit('s2', 'surveillance-2', '2028-02-01', 'done')];
    expect(risks({ certificates: [cert], externalAudits: done }, '2028-09-08')).toEqual([]);
    expect(risks({ certificates: [cert], externalAudits: done }, '2028-09-09')).toEqual(['recertification-unscheduled:cert-1']);
    expect(risks({ certificates: [cert], externalAudits: done }, '2029-03-10')).toEqual(['certificate-lapsed:cert-1']);
  });

  it('flags an open Stage 2 major within 30 days of its 6-month limit', () => {
    const stage2 = build.externalAudits({ id: 'st2', kind: 'stage-2', actualStart: '2026-01-19', actualEnd: '2026-01-23', status: 'done' });
    const major = build.externalFindings({ id: 'maj', auditId: 'st2', classification: 'major', raisedOn: '2026-01-22', status: 'open' });
    expect(risks({ externalAudits: [stage2], externalFindings: [major] }, '2026-06-22')).toEqual([]);
    expect(risks({ externalAudits: [stage2], externalFindings: [major] }, '2026-06-23')).toEqual(['major-limit-near:maj']);
    expect(risks({ externalAudits: [stage2], externalFindings: [{ ...major, status: 'closed' }] }, '2026-07-01')).toEqual([]);
  });
});
