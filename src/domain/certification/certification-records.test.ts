// The certification record for the web app: one organisation's cycle, proposals, findings, coverage and samples together.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { certificationRecords } from './certification-records.ts';
import { externalFindingsRegister } from './external-findings.ts';

const cert = build.certificates({ id: 'cert-1', decisionOn: '2026-03-10', expiresOn: '2029-03-09' });
const stage2 = build.externalAudits({ id: 'st2', kind: 'stage-2', actualStart: '2026-01-19', actualEnd: '2026-01-23', status: 'done', sampledRefs: ['4', '5'] });
const s1 = build.externalAudits({ id: 's1', kind: 'surveillance-1', plannedStart: '2027-02-01', status: 'planned' });
const minor = build.externalFindings({ id: 'xf-minor', auditId: 'st2', classification: 'minor', raisedOn: '2026-01-22' });
const major = build.externalFindings({ id: 'xf-major', auditId: 'st2', classification: 'major', raisedOn: '2026-01-22', status: 'closed', closedOn: '2026-02-20', verifiedInAuditId: 'st2', nonconformityId: 'nc-1' });
const aims = aimsOf({
  certificates: [cert], externalAudits: [stage2, s1], externalFindings: [minor, major], nonconformities: [build.nonconformities({ id: 'nc-1' })],
  evidenceItems: [build.evidenceItems({ id: 'ev-scope', refs: ['4.3'], evidenceDate: '2026-05-01' })],
}, { effectivePersonnel: 300 });

describe('certificationRecords', () => {
  const r = certificationRecords(aims, { now: '2026-06-01' });

  it('holds the dated cycle, the audit-day estimate and the next audit’s sample', () => {
    expect(r.cycle?.events.find((e) => e.kind === 'surveillance-1')).toMatchObject({ auditId: 's1', dueBy: '2027-03-10' });
    // The table's 15 / 5 / 10 days, +10% as the organisation provides AI (its records' AI roles).
    expect(r.auditDays).toMatchObject({ tableDays: { initial: 15, surveillance: 5, recertification: 10 }, initial: { days: 16.5 }, surveillance: { days: 5.5 }, recertification: { days: 11 } });
    expect(r.auditDays?.adjustments.map((a) => a.id)).toEqual(['ai-roles']);
    expect(r.nextAudit).toMatchObject({ kind: 'surveillance', auditId: 's1', date: '2027-02-01' });
    expect(r.audits.find((a) => a.auditId === 's1')?.proposed?.auditKind).toBe('surveillance');
    expect(r.audits.find((a) => a.auditId === 'st2')?.sampled?.covers.clauses).toContain('5.3');
    expect(JSON.parse(JSON.stringify(r))).toMatchObject({ asOf: '2026-06-01' });
  });

  it('lists findings open first, majors first, with what each needs', () => {
    const rows = externalFindingsRegister(aims, '2026-06-01');
    expect(rows.map((x) => x.id)).toEqual(['xf-minor', 'xf-major']);
    expect(rows[0]).toMatchObject({ blocksDecision: false, limit: { rule: 'next-audit', date: '2027-02-01' } });
    expect(rows[0]!.issues).toContain('No corrective action plan submitted to the body.');
    expect(rows[1]).toMatchObject({ blocksDecision: false, nonconformity: { id: 'nc-1', exists: true }, issues: [] });
  });
});
