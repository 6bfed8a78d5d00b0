// External findings: the effect of each classification, their limits, and what is missing in their handling.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { assessExternalFinding, findingEffects, findingLimit, latestAuditOf } from './findings.ts';

const stage2 = build.externalAudits({ id: 'st2', kind: 'stage-2', actualStart: '2026-01-19', actualEnd: '2026-01-23', status: 'done' });
const surveillance = build.externalAudits({ id: 's1', kind: 'surveillance-1', plannedStart: '2027-02-01', status: 'planned' });

describe('external findings', () => {
  it('only a major blocks the decision', () => {
    expect(Object.entries(findingEffects).filter(([, e]) => e.blocksDecision).map(([k]) => k)).toEqual(['major']);
  });

  it('a Stage 2 major is limited to 6 months after Stage 2’s last day, and is past it after', () => {
    const major = build.externalFindings({ auditId: 'st2', classification: 'major', raisedOn: '2026-01-22', nonconformityId: 'nc-1' });
    const aims = aimsOf({ externalAudits: [stage2], externalFindings: [major], nonconformities: [build.nonconformities({ id: 'nc-1' })] });
    expect(findingLimit(major, aims)).toMatchObject({ rule: 'stage-2-major', date: '2026-07-23' });
    expect(assessExternalFinding(major, aims, '2026-07-23').pastLimit).toBe(false);
    const late = assessExternalFinding(major, aims, '2026-07-24');
    expect(late.pastLimit).toBe(true);
    expect(late.issues).toEqual(['Open past its limit: ISO/IEC 17021-1: 6 months after the last day of Stage 2 (2026-01-23), 2026-07-23.']);
  });

  it('a minor needs an accepted corrective action plan and is verified at the next audit', () => {
    const minor = build.externalFindings({ auditId: 'st2', classification: 'minor', raisedOn: '2026-01-22', correctiveActionPlan: { submittedOn: '2026-02-01' } });
    const aims = aimsOf({ externalAudits: [stage2, surveillance], externalFindings: [minor] });
    const a = assessExternalFinding(minor, aims, '2026-06-01');
    expect(a.limit).toMatchObject({ rule: 'next-audit', date: '2027-02-01' });
    expect(a.issues).toEqual([
      'Not tracked in the 10.2 nonconformity register (no nonconformityId).',
      'The corrective action plan is not yet accepted by the body.',
    ]);
    expect(assessExternalFinding(minor, aims, '2027-02-02').pastLimit).toBe(true);
  });

  it('a follow-up booked to verify a major does not bring a minor’s limit forward', () => {
    const minor = build.externalFindings({ auditId: 'st2', classification: 'minor', raisedOn: '2026-01-22' });
    const followUp = build.externalAudits({ id: 'fu', kind: 'follow-up', plannedStart: '2026-03-02', status: 'planned' });
    const aims = aimsOf({ externalAudits: [stage2, followUp, surveillance], externalFindings: [minor] });
    expect(findingLimit(minor, aims)).toMatchObject({ rule: 'next-audit', date: '2027-02-01' });
    expect(assessExternalFinding(minor, aims, '2026-06-01').pastLimit).toBe(false);
  });

  it('finds the latest audit of a kind, not cancelled, up to a date', () => {
    const again = build.externalAudits({ id: 'st2b', kind: 'stage-2', plannedStart: '2026-03-02', status: 'planned' });
    const cancelled = build.externalAudits({ id: 'st2c', kind: 'stage-2', plannedStart: '2026-04-06', status: 'cancelled' });
    const aims = aimsOf({ externalAudits: [again, stage2, cancelled, surveillance] });
    expect(latestAuditOf(aims, 'stage-2')?.id).toBe('st2b');
    expect(latestAuditOf(aims, 'stage-2', '2026-03-01')?.id).toBe('st2');
    expect(latestAuditOf(aims, 'recertification')).toBeUndefined();
  });

  it('an observation is only tracked', () => {
    const obs = build.externalFindings({ auditId: 'st2', classification: 'observation' });
    const a = assessExternalFinding(obs, aimsOf({ externalAudits: [stage2] }), '2030-01-01');
    expect(a).toMatchObject({ pastLimit: false, issues: [] });
    expect(a.limit).toBeUndefined();
  });

  it('a closed minor without the body’s verification is noted', () => {
    const closed = build.externalFindings({ auditId: 'st2', classification: 'minor', status: 'closed', closedOn: '2026-03-01', nonconformityId: 'nc-1' });
    const aims = aimsOf({ externalAudits: [stage2], externalFindings: [closed], nonconformities: [build.nonconformities({ id: 'nc-1' })] });
    expect(assessExternalFinding(closed, aims, '2026-06-01').issues).toEqual(['Closed, but the body’s verification of the closure is not recorded (verifiedInAuditId).']);
  });
});
