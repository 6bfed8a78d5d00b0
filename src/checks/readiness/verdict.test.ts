// Tests of the Stage 1 verdict by Stage 1's objectives: not ready when an objective is unmet (in the records or by a
// major that says a requirement is absent), ready after actions when the concerns can close, the certification
// arrangements reported apart, and a certified organisation judged for its next audit. Dated cases throughout.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { defineCheck } from '../define-check.ts';
import type { AuditStage, CheckResult, Grading, Outcome, Severity } from '../types.ts';
import { buildEvidenceIndex } from './evidence-index.ts';
import { decideVerdict } from './verdict.ts';
import { readinessStepsOf } from './readiness-steps.ts';

const checkAt = (id: string, surfaces: AuditStage[], refs = ['6.1.3']) =>
  defineCheck({
    id,
    meta: { title: id, severity: 'minor', surfaces, refs, description: id, messages: { m: id }, fix: 'Fix it.' },
    run() {},
  });

const checks = [
  checkAt('soa-not-risk-driven', ['stage-1', 'stage-2']),
  checkAt('internal-audit-not-independent', ['stage-1']),
  checkAt('management-review-not-held', ['stage-1']),
  checkAt('later-a', ['stage-2', 'surveillance']),
  checkAt('later-c', ['stage-2']),
  checkAt('certification-body-unsuitable', ['stage-1'], ['17021-1']),
  checkAt('certification-timeline-at-risk', ['surveillance'], ['17021-1']),
  checkAt('impact-results-not-in-risk-assessment', ['stage-1', 'stage-2'], ['6.1.4']),
  checkAt('internal-audit-programme-not-risk-based', ['stage-1', 'stage-2'], ['9.2.2']),
  checkAt('management-review-without-top-management', ['stage-1', 'stage-2'], ['9.3']),
  checkAt('context-not-reviewed', ['stage-1'], ['4.1']),
  checkAt('ai-policy-commitments-missing', ['stage-1'], ['5.2']),
];

const wholeAims = [{ register: 'organisation', id: 'org-test' }] as const;
const oneRecord = [{ register: 'risks', id: 'risk-1' }] as const;
const isolated: Grading = { basis: 'major: isolated …, raised', extent: 'isolated', affected: 1, requirement: '9.2', raisedBy: 'high-risk' };
const systemic: Grading = { basis: 'major: systemic', extent: 'systemic', affected: 3, examined: 3, requirement: '6.1.3' };

function result(check: string, severity: Severity, outcome: Outcome = 'finding', subjects: CheckResult['subjects'] = oneRecord, grading?: Grading): CheckResult {
  return { check, severity, outcome, refs: ['6.1.3'], subjects, message: `${check} ${severity}`, fix: '', ...(grading ? { grading } : {}) };
}

const decide = (...results: CheckResult[]) => decideVerdict(results, checks);

/** An AIMS whose records meet every objective Stage 1 reads from records, as of 2026-11-01. */
function preparedAims(extra: Parameters<typeof aimsOf>[0] = {}) {
  return aimsOf({
    scopeStatements: [build.scopeStatements()],
    aiPolicies: [build.aiPolicies()],
    riskMethodologies: [build.riskMethodologies()],
    impactMethodologies: [build.impactMethodologies()],
    aiSystems: [build.aiSystems({ id: 'ais-1' })],
    impactAssessments: [build.impactAssessments({ aiSystemId: 'ais-1', assessedOn: '2026-05-01' })],
    risks: [build.risks({ assessedOn: '2026-05-01' })],
    soaEntries: [build.soaEntries({ controlId: 'A.2.2' })],
    soaVersions: [build.soaVersions({ issuedOn: '2026-06-01', approvedOn: '2026-06-02' })],
    evidenceItems: [build.evidenceItems({ refs: ['A.2.2'], evidenceDate: '2026-10-01' })],
    internalAudits: [build.internalAudits({ id: 'audit-all', status: 'completed', completedOn: '2026-09-01', scopeRefs: ['4', '5', '6', '7', '8', '9', '10'] })],
    managementReviews: [build.managementReviews({ status: 'held', heldOn: '2026-10-01' })],
    ...extra,
  });
}
const withContext = (aims: ReturnType<typeof aimsOf>, now: string, ...results: CheckResult[]) =>
  decideVerdict(results, checks, { aims, now, evidenceIndex: buildEvidenceIndex(aims, now) });

describe('decideVerdict from findings alone', () => {
  it('is ready with minor adjustments when nothing was found, every objective met', () => {
    const v = decide(result('soa-not-risk-driven', 'major', 'pass'));
    expect(v).toMatchObject({ verdict: 'ready-with-minor-adjustments', findings: [] });
    expect(v.objectives.every((o) => o.met)).toBe(true);
    expect(v.objectives.map((o) => o.id)).toEqual([
      'documentation-complete', 'scope-agreed', 'methodologies-defined', 'assessments-performed', 'soa-reconciled',
      'internal-audit-cycle', 'management-review-held', 'operating-records',
    ]);
  });

  it('is not ready when a major says the requirement of an objective is systemic, and names the objective', () => {
    const blocking = result('soa-not-risk-driven', 'major', 'finding', oneRecord, systemic);
    const v = decide(result('later-a', 'minor'), blocking);
    expect(v.verdict).toBe('not-ready');
    expect(v.findings).toEqual([blocking]);
    expect(v.objectives.find((o) => o.id === 'soa-reconciled')).toMatchObject({ met: false, status: 'not-met' });
  });

  it('2026-12-02 (issue 9): a broken-down or systemic major of an auditor check leaves the objective it bears on unmet', () => {
    const cases = [
      ['impact-results-not-in-risk-assessment', 'assessments-performed'],
      ['internal-audit-programme-not-risk-based', 'internal-audit-cycle'],
      ['management-review-without-top-management', 'management-review-held'],
      ['context-not-reviewed', 'scope-agreed'],
      ['ai-policy-commitments-missing', 'documentation-complete'],
    ] as const;
    for (const [check, objective] of cases) {
      const v = decide(result(check, 'major', 'finding', oneRecord, { ...systemic, extent: 'broken-down' }));
      expect(v.verdict, check).toBe('not-ready');
      expect(v.objectives.filter((o) => !o.met).map((o) => o.id), check).toEqual([objective]);
    }
  });

  it('takes an isolated major (raised by the risk class) as an area of concern: ready after specific actions', () => {
    const v = decide(result('internal-audit-not-independent', 'major', 'finding', oneRecord, isolated), result('later-a', 'major'));
    expect(v.verdict).toBe('ready-after-specific-actions');
    expect(v.decidedBy).toContain('2 areas of concern');
    expect(v.objectives.find((o) => o.id === 'internal-audit-cycle')?.status).toBe('concern');
  });

  it('is not ready with more than two areas of concern', () => {
    const v = decide(result('internal-audit-not-independent', 'major'), result('later-a', 'major'), result('later-c', 'major'));
    expect(v.verdict).toBe('not-ready');
    expect(v.decidedBy).toContain('3 areas of concern');
  });

  it('still reads an ungraded major about the whole AIMS as the element missing (checks not yet on the rule)', () => {
    expect(decide(result('management-review-not-held', 'major', 'finding', wholeAims)).verdict).toBe('not-ready');
    expect(decide(result('plug-in', 'major', 'finding', wholeAims)).verdict).toBe('not-ready');
  });

  it('is ready with minor adjustments for minor findings and observations', () => {
    const v = decide(result('soa-not-risk-driven', 'minor'), result('later-c', 'minor'), result('later-a', 'observation'));
    expect(v.verdict).toBe('ready-with-minor-adjustments');
    expect(v.counts).toEqual({ major: 0, minor: 2, observation: 1, needsReview: 0 });
  });

  it('never lets a result that needs review decide', () => {
    const v = decide(result('soa-not-risk-driven', 'major', 'needs-review', wholeAims), result('later-a', 'minor', 'needs-review'));
    expect(v.verdict).toBe('ready-with-minor-adjustments');
    expect(v.counts.needsReview).toBe(2);
  });

  it('reports the certification arrangements on their own: a major about the chosen body never changes the verdict', () => {
    const v = decide(result('certification-body-unsuitable', 'major', 'finding', wholeAims));
    expect(v.verdict).toBe('ready-with-minor-adjustments');
    expect(v.certificationRisks.map((r) => r.check)).toEqual(['certification-body-unsuitable']);
    expect(v.reasons).toEqual([]);
  });
});

describe('decideVerdict from the records (dated)', () => {
  it('2026-11-01: a prepared AIMS meets every objective', () => {
    const v = withContext(preparedAims(), '2026-11-01');
    expect(v.objectives.filter((o) => !o.met).map((o) => `${o.id}: ${o.reasons.join(' ')}`)).toEqual([]);
    expect(v.verdict).toBe('ready-with-minor-adjustments');
    expect(v.standing).toMatchObject({ kind: 'initial', nextAudit: 'stage-2' });
  });

  it('2026-12-02: six operating AI systems and no impact assessment is not ready, whichever check says so', () => {
    const systems = Array.from({ length: 6 }, (_, i) => build.aiSystems({ id: `ais-${i}` }));
    const v = withContext(preparedAims({ aiSystems: systems, impactAssessments: [] }), '2026-12-02');
    expect(v.verdict).toBe('not-ready');
    const o = v.objectives.find((x) => x.id === 'assessments-performed')!;
    expect(o.met).toBe(false);
    expect(o.reasons.join(' ')).toContain('6 AI systems in operation in the scope have no impact assessment');
  });

  it('2026-11-01: an internal audit completed 13 months ago leaves the audit cycle objective unmet', () => {
    const v = withContext(preparedAims({ internalAudits: [build.internalAudits({ status: 'completed', completedOn: '2025-10-01' })] }), '2026-11-01');
    expect(v.verdict).toBe('not-ready');
    expect(v.objectives.find((x) => x.id === 'internal-audit-cycle')?.met).toBe(false);
  });

  it('2026-11-01: one area of concern with Stage 2 planned 20 days away cannot close in the planned gap', () => {
    const aims = preparedAims({ externalAudits: [build.externalAudits({ kind: 'stage-2', plannedStart: '2026-11-21', status: 'planned' })] });
    const v = withContext(aims, '2026-11-01', result('later-a', 'major'));
    expect(v.verdict).toBe('not-ready');
    expect(v.decidedBy).toContain('only 20 days planned before Stage 2');
    const later = withContext(preparedAims({ externalAudits: [build.externalAudits({ kind: 'stage-2', plannedStart: '2027-01-15', status: 'planned' })] }), '2026-11-01', result('later-a', 'major'));
    expect(later.verdict).toBe('ready-after-specific-actions');
  });

  it('2026-12-02: the only audit of clause 8 was not objective: an area of concern, the step not done, ready after actions', () => {
    const aims = preparedAims({
      internalAudits: [
        build.internalAudits({ id: 'audit-a', status: 'completed', completedOn: '2026-09-01', scopeRefs: ['4', '5', '6', '7', '9', '10'] }),
        build.internalAudits({ id: 'audit-8', status: 'completed', completedOn: '2026-10-01', scopeRefs: ['8'] }),
      ],
    });
    const conflict: CheckResult = { ...result('internal-audit-not-independent', 'minor', 'finding', [{ register: 'internalAudits', id: 'audit-8' }]) };
    const v = withContext(aims, '2026-12-02', conflict);
    const o = v.objectives.find((x) => x.id === 'internal-audit-cycle')!;
    expect(o).toMatchObject({ met: true, status: 'concern' });
    expect(o.reasons.join(' ')).toContain('the only audit of 8 (audit-8) was not objective');
    expect(v.verdict).toBe('ready-after-specific-actions');
    const step3 = readinessStepsOf(aims, buildEvidenceIndex(aims, '2026-12-02'), '2026-12-02', [conflict]).find((s) => s.step === 'internal-audit-cycle')!;
    expect(step3.state).not.toBe('done');
    expect(step3.outstanding.join(' ')).toContain('(audit-8) was not objective');
    // Without the finding the same audits cover the AIMS: step done, objective met.
    expect(withContext(aims, '2026-12-02').objectives.find((x) => x.id === 'internal-audit-cycle')?.status).toBe('met');
  });

  it('2026-11-01: a certified organisation is told where it stands for its next surveillance audit and its certificate', () => {
    const aims = preparedAims({
      certificates: [build.certificates({ id: 'cert-1', number: 'AIMS-001', decisionOn: '2026-03-10', expiresOn: '2029-03-09' })],
    });
    const v = withContext(aims, '2026-11-01', result('later-a', 'major'));
    expect(v.standing).toMatchObject({ kind: 'certified', nextAudit: 'surveillance-1', certificate: { id: 'cert-1' } });
    expect(v.label).toContain('the first surveillance audit');
    expect(v.label).not.toContain('Stage 2');
    expect(v.verdict).toBe('ready-after-specific-actions');
    expect(v.standing.certificateOutlook).toContain('The certificate is kept if the areas of concern are closed');
  });

  it('2026-12-02: a certified organisation whose surveillance deadline passed hears it beside the AIMS verdict, which it does not change', () => {
    const aims = preparedAims({ certificates: [build.certificates({ id: 'cert-1', number: 'AIMS-001', decisionOn: '2025-12-01', expiresOn: '2028-11-30' })] });
    const overdue = result('certification-timeline-at-risk', 'major', 'finding', [{ register: 'certificates', id: 'cert-1' }]);
    const v = withContext(aims, '2026-12-02', { ...overdue, message: 'The first surveillance audit was due by 2026-12-01 (within 12 months of the certification decision) and has not been held.' });
    expect(v.verdict).toBe('ready-with-minor-adjustments');
    expect(v.label).toBe('Ready for the first surveillance audit (overdue: due by 2026-12-01) with minor adjustments');
    expect(v.decidedBy).toBe('Every AIMS objective is met; no findings.');
    expect(v.standing).toMatchObject({ overdue: true, due: '2026-12-01' });
    expect(v.standing.certificateOutlook).toContain("Nothing in the AIMS's records puts the certificate at risk at the first surveillance audit");
    expect(v.standing.certificateOutlook).toContain('Apart from the AIMS, the certification cycle itself puts the certificate at risk: The first surveillance audit was due by 2026-12-01');
    expect(v.certificationRisks.map((r) => r.check)).toEqual(['certification-timeline-at-risk']);
    // The steps prepare for the cycle's next audit, not for Stage 1.
    const steps = readinessStepsOf(aims, buildEvidenceIndex(aims, '2026-12-02'), '2026-12-02', []);
    expect(steps.find((x) => x.step === 'document-freeze')!.outstanding).toEqual(['Freeze the document versions shortly before the next audit of the certification cycle.']);
  });

  it('2026-12-02: a certified organisation may spread its internal audits over the cycle; before certification a full cycle in 12 months is expected', () => {
    // Clauses 4–7 audited in 2026, clauses 8–10 in 2025 (14 months ago); a running programme plans nothing more.
    const audits = [
      build.internalAudits({ id: 'audit-2026', status: 'completed', completedOn: '2026-09-01', scopeRefs: ['4', '5', '6', '7'] }),
      build.internalAudits({ id: 'audit-2025', status: 'completed', completedOn: '2025-10-01', scopeRefs: ['8', '9', '10'] }),
    ];
    const certificate = build.certificates({ id: 'cert-1', number: 'AIMS-001', decisionOn: '2025-11-20', expiresOn: '2028-11-19' });
    const cycleObjective = (aims: ReturnType<typeof aimsOf>) => withContext(aims, '2026-12-02').objectives.find((x) => x.id === 'internal-audit-cycle')!;
    const certifiedAims = preparedAims({ internalAudits: audits, certificates: [certificate] });
    expect(cycleObjective(certifiedAims).status).toBe('met');
    // Readiness step 3 reads the same window: done for the certified organisation.
    const step3 = readinessStepsOf(certifiedAims, buildEvidenceIndex(certifiedAims, '2026-12-02'), '2026-12-02', []).find((s) => s.step === 'internal-audit-cycle')!;
    expect(step3.outstanding).toEqual([]);
    const initial = cycleObjective(preparedAims({ internalAudits: audits }));
    expect(initial.status).toBe('concern');
    expect(initial.reasons.join(' ')).toContain('clauses 8, 9 and 10 were not covered by an objective internal audit in the last 12 months');
    // Certified, with clause 10 in no audit of the cycle: a concern unless a running programme still plans it.
    const without10 = [audits[0]!, build.internalAudits({ id: 'audit-2025', status: 'completed', completedOn: '2025-10-01', scopeRefs: ['8', '9'] })];
    const gap = cycleObjective(preparedAims({ internalAudits: without10, certificates: [certificate] }));
    expect(gap.status).toBe('concern');
    expect(gap.reasons.join(' ')).toContain('clause 10 was not covered by an objective internal audit in the certification cycle, and no running programme plans to audit it');
    const programme = build.internalAuditProgrammes({ id: 'iap-2027', periodStart: '2026-06-01', periodEnd: '2027-05-31', plannedCoverage: ['10'] });
    expect(cycleObjective(preparedAims({ internalAudits: without10, certificates: [certificate], internalAuditProgrammes: [programme] })).status).toBe('met');
  });
});
