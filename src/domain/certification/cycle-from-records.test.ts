// The cycle from an organisation's records: recorded audits replace proposals, rules mark what is overdue or at risk.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { cycleFromRecords } from './cycle-from-records.ts';

const cert = build.certificates({ id: 'cert-1', number: 'AIMS-001', decisionOn: '2026-03-10', expiresOn: '2029-03-09' });
const stage2 = build.externalAudits({ id: 'st2', kind: 'stage-2', actualStart: '2026-01-19', actualEnd: '2026-01-23', status: 'done' });
const at = (c: ReturnType<typeof cycleFromRecords>, kind: string) => c!.events.find((e) => e.kind === kind);

describe('cycleFromRecords', () => {
  it('needs a record or a target date', () => {
    expect(cycleFromRecords(aimsOf(), { now: '2026-01-01' })).toBeUndefined();
    expect(cycleFromRecords(aimsOf(), { now: '2026-01-01', stage2: '2026-06-01' })?.anchoredOn).toBe('target');
  });

  it('anchors on the certificate: decision, expiry and due dates from it, audits from the register', () => {
    const s1 = build.externalAudits({ id: 's1', kind: 'surveillance-1', plannedStart: '2027-02-01', plannedEnd: '2027-02-02', days: 2, status: 'planned' });
    const c = cycleFromRecords(aimsOf({ certificates: [cert], externalAudits: [stage2, s1] }), { now: '2026-06-01' });
    expect(c?.anchoredOn).toBe('certificate');
    expect(at(c, 'stage-2')).toMatchObject({ start: '2026-01-19', end: '2026-01-23', status: 'done', auditId: 'st2' });
    expect(at(c, 'certification-decision')).toMatchObject({ start: '2026-03-10', status: 'done' });
    expect(at(c, 'surveillance-1')).toMatchObject({ start: '2027-02-01', status: 'planned', dueBy: '2027-03-10', auditId: 's1' });
    expect(at(c, 'surveillance-2')).toMatchObject({ status: 'proposed', dueBy: '2028-12-31' });
    expect(at(c, 'expiry')?.start).toBe('2029-03-09');
    // No proposals invented before the decision, and no 6-month limit once certified with no open major.
    expect(at(c, 'stage-1')).toBeUndefined();
    expect(at(c, 'major-limit')).toBeUndefined();
  });

  it('proposes an unbooked audit for today, not a past day, while its due date is still ahead', () => {
    const c = cycleFromRecords(aimsOf({ certificates: [cert], externalAudits: [stage2] }), { now: '2027-03-01' });
    // Nine days before its deadline and not booked: proposed for today and at risk (the 90-day warning window).
    expect(at(c, 'surveillance-1')).toMatchObject({ start: '2027-03-01', status: 'at-risk', dueBy: '2027-03-10' });
    expect(at(cycleFromRecords(aimsOf({ certificates: [cert], externalAudits: [stage2] }), { now: '2027-01-04' }), 'surveillance-1')?.start).toBe('2027-02-10');
  });

  it('marks an overdue surveillance and a recertification planned after expiry', () => {
    const re = build.externalAudits({ id: 're', kind: 'recertification', plannedStart: '2029-04-01', status: 'planned' });
    const c = cycleFromRecords(aimsOf({ certificates: [cert], externalAudits: [stage2, re] }), { now: '2027-03-11' });
    expect(at(c, 'surveillance-1')).toMatchObject({ status: 'overdue' });
    expect(at(c, 'recertification')).toMatchObject({ status: 'overdue', auditId: 're' });
    expect(c?.risks.map((r) => r.kind)).toEqual(['surveillance-overdue', 'recertification-after-expiry']);
  });

  it('before certification, plans forward from the recorded Stage 2 and shows the limit of an open major', () => {
    const major = build.externalFindings({ auditId: 'st2', classification: 'major', raisedOn: '2026-01-22', status: 'open' });
    const c = cycleFromRecords(aimsOf({ externalAudits: [stage2], externalFindings: [major] }), { now: '2026-07-01' });
    expect(c?.anchoredOn).toBe('stage-2');
    expect(at(c, 'certification-decision')?.start).toBe('2026-03-06'); // 6 weeks after 2026-01-23
    expect(at(c, 'major-limit')).toMatchObject({ start: '2026-07-23', status: 'at-risk' });
  });

  it('marks the limit of an open Stage 2 major overdue once it has passed, and shows the earliest of several', () => {
    const major = build.externalFindings({ id: 'maj', auditId: 'st2', classification: 'major', raisedOn: '2026-01-22', status: 'open' });
    const stage2b = build.externalAudits({ id: 'st2b', kind: 'stage-2', actualStart: '2026-02-16', actualEnd: '2026-02-20', status: 'done' });
    const later = build.externalFindings({ id: 'maj-b', auditId: 'st2b', classification: 'major', raisedOn: '2026-02-18', status: 'open' });
    const c = cycleFromRecords(aimsOf({ externalAudits: [stage2, stage2b], externalFindings: [later, major] }), { now: '2026-07-24' });
    expect(at(c, 'major-limit')).toMatchObject({ start: '2026-07-23', status: 'overdue' });
    expect(at(c, 'major-limit')?.risks?.join(' ')).toContain('2026-07-23');
  });
});
