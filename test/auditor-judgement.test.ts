// The whole engine judged as a certification auditor would: the demo organisation changed in the ways real
// organisations go wrong (an assessment process never run, a register left empty, a committee holding
// accountability, a borrowed policy, an inventory SoA, a certificate whose surveillance is overdue), each with the
// verdict, the Stage 1 objectives and the grades an auditor would give. Dated: the records are as of 2026-12-02.
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../src/checks/readiness/readiness.ts';
import { buildDemoOrganisation } from '../src/domain/demo/index.ts';
import type { AimsSnapshot, Role } from '../src/domain/index.ts';
import { build } from './factories.ts';

const now = '2026-12-02';
const demo = buildDemoOrganisation({ asOf: now });

function judge(aims: AimsSnapshot) {
  const report = assessReadiness(aims, { now });
  const findings = report.results.filter((r) => r.outcome === 'finding');
  return {
    verdict: report.verdict,
    unmet: report.verdict.objectives.filter((o) => o.status === 'not-met').map((o) => o.id),
    majors: [...new Set(findings.filter((f) => f.severity === 'major').map((f) => f.check))].sort(),
    finding: (check: string) => findings.filter((f) => f.check === check),
    result: (check: string) => report.results.filter((r) => r.check === check),
  };
}

describe('the demo organisation as an auditor would judge it, changed the ways organisations fail', () => {
  it('as it is: ready after specific actions, its planted weaknesses minor, the one non-objective audit the area of concern', () => {
    const j = judge(demo);
    expect(j.verdict.verdict).toBe('ready-after-specific-actions');
    expect(j.majors).toEqual([]);
    expect(j.verdict.objectives.find((o) => o.id === 'internal-audit-cycle')?.status).toBe('concern');
  });

  it('no impact assessment for its nine systems: not ready; one major, not one per register that lacks the results', () => {
    const j = judge({ ...demo, impactAssessments: [] });
    expect(j.verdict.verdict).toBe('not-ready');
    expect(j.unmet).toContain('assessments-performed');
    expect(j.majors).toEqual(['ai-system-without-impact-assessment']);
    // evidence-gap found the same absence: folded into the owning check's finding, named there.
    expect(j.result('evidence-gap').map((r) => r.outcome)).toEqual(['not-applicable']);
    expect(j.result('evidence-gap')[0]!.message).toContain('ai-system-without-impact-assessment');
  });

  it('no risk register at all: not ready; the results of 8.2 and 8.3 absent is a major of its own', () => {
    const j = judge({ ...demo, risks: [] });
    expect(j.verdict.verdict).toBe('not-ready');
    expect(j.unmet).toContain('assessments-performed');
    const [gap] = j.finding('evidence-gap');
    expect(gap).toMatchObject({ severity: 'major', grading: { extent: 'absent' } });
    expect(gap!.message).toContain('8.2 (the results of AI risk assessments) and 8.3');
  });

  it('no internal audit and no programme: one major, internal audit not established', () => {
    const j = judge({ ...demo, internalAudits: [], internalAuditProgrammes: [] });
    expect(j.unmet).toContain('internal-audit-cycle');
    expect(j.finding('internal-audit-cycle-incomplete').map((f) => f.message)).toEqual([
      expect.stringContaining('There is no internal audit programme and no internal audit has been completed or planned'),
    ]);
    expect(j.majors).toEqual(['internal-audit-cycle-incomplete']);
  });

  it('a chairless committee owning the whole risk register: one major finding listing the risks, not 29', () => {
    const committee: Role = { id: 'role-aic', name: 'AI Committee', kind: 'committee', responsibilities: ['Decide on AI risks'], holderIds: [], requiredCompetences: [] };
    const j = judge({ ...demo, roles: [...demo.roles, committee], risks: demo.risks.map((r) => ({ ...r, ownerId: undefined, ownerRoleId: committee.id })) });
    const found = j.finding('accountability-diffuse');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'major', grading: { extent: 'systemic' } });
    expect(found[0]!.instances).toHaveLength(demo.risks.filter((r) => r.status !== 'closed').length);
    // Who accepted the residual risks is now one question, listing the risks, not one per risk.
    expect(j.result('risk-untreated').filter((r) => r.outcome === 'needs-review').length).toBeLessThanOrEqual(2);
  });

  it('every impact assessment about the organisation only: they are risk assessments, the assessments objective unmet', () => {
    const j = judge({ ...demo, impactAssessments: demo.impactAssessments.map((ia) => ({ ...ia, impacts: ia.impacts.map((i) => ({ ...i, dimension: 'organisation' as const })) })) });
    expect(j.verdict.verdict).toBe('not-ready');
    expect(j.finding('impact-assessment-conflated-with-risk')[0]).toMatchObject({ severity: 'major', grading: { extent: 'broken-down' } });
  });

  it('assessments done once in 2024 and never repeated: two majors, impact assessments and risk assessments', () => {
    const j = judge({
      ...demo,
      impactAssessments: demo.impactAssessments.map((ia) => ({ ...ia, assessedOn: '2024-06-01', nextReviewDue: undefined, trigger: 'initial' as const })),
      risks: demo.risks.map((r) => ({ ...r, assessedOn: '2024-06-01', nextReviewDue: undefined })),
    });
    expect(j.verdict.verdict).toBe('not-ready');
    const stale = j.finding('assessment-stale');
    expect(stale.map((f) => f.severity)).toEqual(['major', 'major']);
    expect(stale[1]!.message).toContain('and the AIMS’s own risks');
  });

  it('an AI policy adapted from the information security policy: documentation objective unmet', () => {
    const j = judge({ ...demo, aiPolicies: demo.aiPolicies.map((p) => ({ ...p, aiSpecific: false, derivedFrom: 'information-security-policy' as const })) });
    expect(j.unmet).toContain('documentation-complete');
    expect(j.finding('ai-policy-borrowed')[0]?.severity).toBe('major');
  });

  it('an SoA that includes all of Annex A with no trace to risk: an inventory, the SoA objective unmet', () => {
    const j = judge({
      ...demo,
      risks: demo.risks.map((r) => (r.treatment ? { ...r, treatment: { ...r.treatment, controlIds: [] } } : r)),
      soaEntries: demo.soaEntries.map((e) => ({ ...e, applicable: true, riskIds: [], obligationIds: [], justification: undefined })),
    });
    expect(j.unmet).toContain('soa-reconciled');
    expect(j.finding('soa-not-risk-driven')[0]!.message).toContain('reads as an inventory of Annex A');
  });

  it('certified 13 months ago, no surveillance held: the verdict for the next audit, the overdue deadline said apart', () => {
    const certificate = build.certificates({ id: 'cert-ng', certificationBodyId: 'cb-northgate', number: 'NG-42001-0001', decisionOn: '2025-11-02', expiresOn: '2028-11-01', status: 'valid' });
    const j = judge({ ...demo, certificates: [certificate] });
    expect(j.verdict.verdict).toBe('ready-after-specific-actions');
    expect(j.verdict.label).toBe('Ready for the first surveillance audit (overdue: due by 2026-11-02) after specific actions');
    expect(j.verdict.decidedBy).toMatch(/^Every AIMS objective is met/);
    expect(j.verdict.certificationRisks.map((r) => r.check)).toEqual(['certification-timeline-at-risk']);
    expect(j.verdict.standing.certificateOutlook).toContain('The first surveillance audit was due by 2026-11-02');
  });

  it('seen again 14 months on with nothing done since: not ready, internal audit stopped and the review overdue', () => {
    const report = assessReadiness(demo, { now: '2028-02-01' });
    const major = (check: string) => report.results.some((r) => r.check === check && r.outcome === 'finding' && r.severity === 'major');
    expect(report.verdict.verdict).toBe('not-ready');
    expect(report.results.find((r) => r.check === 'internal-audit-cycle-incomplete' && r.outcome === 'finding')!.message).toContain('Internal audit has stopped');
    for (const check of ['internal-audit-cycle-incomplete', 'management-review-not-held', 'assessment-stale', 'monitoring-undefined']) expect(major(check), check).toBe(true);
  });
});
