// The cycle after a recertification, built from records: initial certificate, two surveillances, recertification,
// the new certificate, then the plan of cycle 2 (the 12-month rule is for the first cycle only).
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { cycleFromRecords } from './cycle-from-records.ts';
import { cycleDueDates, cycleNumber, timelineRisks } from './timeline.ts';

const done = (id: string, kind: 'stage-2' | 'surveillance-1' | 'surveillance-2' | 'recertification', start: string, end = start) =>
  build.externalAudits({ id, kind, plannedStart: start, plannedEnd: end, actualStart: start, actualEnd: end, status: 'done' });
const first = build.certificates({ id: 'cert-1', number: 'AIMS-001', decisionOn: '2026-03-10', expiresOn: '2029-03-09', status: 'expired' });
// Recertified before expiry; the new certificate's expiry is based on the old one (2032-03-09).
const second = build.certificates({ id: 'cert-2', number: 'AIMS-001-R1', decisionOn: '2029-01-20', expiresOn: '2032-03-09', status: 'valid' });
const history = [
  done('st2', 'stage-2', '2026-01-19', '2026-01-23'), done('s1', 'surveillance-1', '2027-02-08'), done('s2', 'surveillance-2', '2028-02-07'),
  done('re', 'recertification', '2028-12-04', '2028-12-06'),
];
const records = aimsOf({ certificates: [first, second], externalAudits: history });
const at = (c: ReturnType<typeof cycleFromRecords>, kind: string) => c!.events.find((e) => e.kind === kind);

describe('the second certification cycle', () => {
  it('numbers the cycles: a certificate preceded by a recertification audit continues the earlier one', () => {
    expect(cycleNumber(records, first)).toBe(1);
    expect(cycleNumber(records, second)).toBe(2);
    // Without the recertification audit the later certificate is a new initial certification (after a lapse).
    expect(cycleNumber(aimsOf({ certificates: [first, second], externalAudits: history.slice(0, 3) }), second)).toBe(1);
  });

  it('2026-12-02: only the current certificate kept, its recertification audit recorded: a later cycle, calendar-year rule', () => {
    const onlyCurrent = aimsOf({ certificates: [second], externalAudits: history });
    expect(cycleNumber(onlyCurrent, second)).toBe(2);
    expect(cycleDueDates(onlyCurrent, '2029-06-01')!.surveillance1).toMatchObject({ due: '2030-12-31' });
    // No recertification audit in the year before the decision: an initial certification.
    expect(cycleNumber(aimsOf({ certificates: [second], externalAudits: history.slice(0, 3) }), second)).toBe(1);
  });

  it('sets the first surveillance of cycle 2 by the calendar-year rule, not 12 months from the decision', () => {
    const due = cycleDueDates(records, '2029-06-01')!;
    expect(due).toMatchObject({ cycle: 2, certificate: { id: 'cert-2' } });
    expect(due.surveillance1).toMatchObject({ due: '2030-12-31', status: 'unscheduled' });
    expect(due.recertification).toMatchObject({ due: '2032-03-09', window: { from: '2031-11-09', to: '2032-01-09' } });
    // 2030-01-20 (12 months after the recertification decision) passes without a risk: that rule was cycle 1's.
    expect(timelineRisks(records, '2030-01-21')).toEqual([]);
    expect(timelineRisks(records, '2030-10-02').map((r) => r.kind)).toEqual(['surveillance-unscheduled']);
    expect(timelineRisks(records, '2031-01-01').map((r) => r.kind)).toEqual(['surveillance-overdue']);
  });

  it('plans cycle 2 from its own certificate: no Stage 1 or 2, surveillances near the anniversary, recertification before 2032-03-09', () => {
    const c = cycleFromRecords(records, { now: '2029-06-01' })!;
    expect(c).toMatchObject({ anchoredOn: 'certificate', certificateId: 'cert-2', cycle: 2 });
    expect(c.events.map((e) => e.kind)).toEqual(['certification-decision', 'surveillance-1', 'surveillance-2', 'recertification', 'recertification-decision', 'expiry']);
    expect(at(c, 'certification-decision')).toMatchObject({ start: '2029-01-20', status: 'done', title: 'Recertification decision (cycle 2 starts)' });
    // The anniversary (2030-02-10) is a Sunday: proposed audits keep to working days in later cycles too.
    expect(at(c, 'surveillance-1')).toMatchObject({ start: '2030-02-11', status: 'proposed', dueBy: '2030-12-31' });
    expect(at(c, 'surveillance-2')).toMatchObject({ start: '2031-02-10', status: 'proposed', dueBy: '2031-12-31' });
    expect(at(c, 'recertification')).toMatchObject({ start: '2031-12-09', dueBy: '2032-03-09' });
    expect(at(c, 'expiry')?.start).toBe('2032-03-09');
  });

  it('takes cycle 2 audits from the register once booked', () => {
    const s1b = build.externalAudits({ id: 's1b', kind: 'surveillance-1', plannedStart: '2030-03-02', status: 'planned' });
    const c = cycleFromRecords(aimsOf({ certificates: [first, second], externalAudits: [...history, s1b] }), { now: '2029-06-01' })!;
    expect(at(c, 'surveillance-1')).toMatchObject({ start: '2030-03-02', status: 'planned', auditId: 's1b', dueBy: '2030-12-31' });
    expect(at(c, 'surveillance-2')?.dueBy).toBe('2031-12-31');
  });
});

describe('public holidays in a cycle built from records', () => {
  const inBritain = aimsOf({ certificates: [first, second], externalAudits: history, sites: [build.sites({ id: 'hq', country: 'GB', central: true })] });
  it('keeps a proposed surveillance off the sites’ public holidays, inside its deadline and not in the past', () => {
    // On 2030-12-23 the first surveillance of cycle 2 (3 days, due 2030-12-31) is proposed from today on.
    const plain = at(cycleFromRecords(aimsOf({ certificates: [first, second], externalAudits: history }), { now: '2030-12-23' }), 'surveillance-1')!;
    expect(plain).toMatchObject({ start: '2030-12-23', end: '2030-12-25' });
    // In Great Britain 25 and 26 December and 1 January are bank holidays: no 3 working days in a row are left
    // before the deadline, so the audit runs 23, 24 and 27 December rather than miss it or start in the past.
    const british = at(cycleFromRecords(inBritain, { now: '2030-12-23' }), 'surveillance-1')!;
    expect(british).toMatchObject({ start: '2030-12-23', end: '2030-12-27', dueBy: '2030-12-31' });
  });
});

describe('the third cycle', () => {
  it('numbers it 3 after a second recertification and keeps to the calendar-year rule from its own decision', () => {
    const third = build.certificates({ id: 'cert-3', number: 'AIMS-001-R2', decisionOn: '2032-01-15', expiresOn: '2035-03-09', status: 'valid' });
    const records3 = aimsOf({
      certificates: [{ ...first }, { ...second, status: 'expired' }, third],
      externalAudits: [...history, done('s1b', 'surveillance-1', '2030-02-11'), done('s2b', 'surveillance-2', '2031-02-10'), done('re2', 'recertification', '2031-12-09', '2031-12-12')],
    });
    expect(cycleNumber(records3, third)).toBe(3);
    const c = cycleFromRecords(records3, { now: '2032-03-01' })!;
    expect(c).toMatchObject({ cycle: 3, certificateId: 'cert-3' });
    expect(at(c, 'surveillance-1')).toMatchObject({ status: 'proposed', dueBy: '2033-12-31' });
    expect(at(c, 'expiry')?.start).toBe('2035-03-09');
    expect(c.events.some((e) => e.kind === 'stage-2')).toBe(false);
  });
});
