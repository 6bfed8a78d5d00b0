// Tests of the seven readiness steps: each step's state comes from the records, and the organisation's own
// tracking is believed only where the records bear it out.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { controls, leafClauses, managementReviewInputs, type AimsSnapshot, type RecordOf } from '../../domain/index.ts';
import { buildEvidenceIndex } from './evidence-index.ts';
import { readinessStepsOf, type ReadinessStepStatus } from './readiness-steps.ts';

const NOW = '2026-11-01';
type Records = { [R in keyof AimsSnapshot]?: AimsSnapshot[R] };

/** An AIMS that has done all seven steps; each test takes one thing away. */
function readyRecords(): Records {
  const owner = build.persons({ id: 'person-owner', name: 'Olu Owner' });
  const soaEntries = controls.map((c, i) =>
    i % 4 === 3
      ? build.soaEntries({ id: `soa-${c.id}`, controlId: c.id, applicable: false, implementationStatus: 'not-applicable', justification: 'Not in scope.' })
      : build.soaEntries({ id: `soa-${c.id}`, controlId: c.id, riskIds: ['risk-1'], ownerId: 'person-owner', evidenceIds: ['ev-all'] }),
  );
  const inputs = Object.fromEntries(managementReviewInputs.map((k) => [k, 'Presented and discussed.']));
  return {
    persons: [owner],
    risks: [build.risks({ id: 'risk-1', treatment: { option: 'modify', controlIds: ['A.6.2.4'], actions: [] } })],
    soaEntries,
    soaVersions: [build.soaVersions({ id: 'soav-1', approvedOn: '2026-09-01' })],
    evidenceItems: [build.evidenceItems({ id: 'ev-all', refs: leafClauses().map((c) => c.id), evidenceDate: '2026-09-15' })],
    // The results the Standard asks to retain, which no general evidence item stands in for.
    impactAssessments: [build.impactAssessments({
      id: 'ia-1', assessedOn: '2026-05-01',
      impacts: [
        { description: 'Unfair refusal', dimension: 'individual', type: 'fairness', severity: 3, likelihood: 2 },
        { description: 'Exclusion from credit', dimension: 'society', type: 'access to services', severity: 2, likelihood: 2 },
      ],
    })],
    competenceEvidence: [build.competenceEvidence({ id: 'comp-1', personId: 'person-owner', obtainedOn: '2026-02-01' })],
    monitoringMetrics: [build.monitoringMetrics({ id: 'metric-1', measurements: [{ date: '2026-10-01', value: 0.92 }] })],
    nonconformities: [build.nonconformities({ id: 'nc-1', correctiveActions: [{ id: 'ca-1', description: 'Retrain', status: 'open' }] })],
    internalAudits: [build.internalAudits({
      id: 'audit-1', completedOn: '2026-08-01', scopeRefs: ['4', '5', '6', '7', '8', '9', '10'],
      findings: [{ id: 'f-1', classification: 'minor', description: 'Gap', refs: ['7.2'], nonconformityId: 'nc-1' }],
    })],
    managementReviews: [build.managementReviews({ id: 'mr-1', heldOn: '2026-09-20', inputs, outputs: { improvementDecisions: ['Automate monitoring'], aimsChanges: ['None needed'] } })],
    mockInterviews: [build.mockInterviews({ intervieweeId: 'person-owner', heldOn: '2026-10-10', outcome: 'ready' })],
    documents: [build.documents({ id: 'doc-policy', requiredBy: ['5.2'] })],
    freezeBaselines: [build.freezeBaselines({ id: 'freeze-1', frozenOn: '2026-10-15', documents: [{ documentId: 'doc-policy', version: '1.0' }] })],
    readinessSteps: [build.readinessSteps({ id: 'step-gap', step: 'gap-review', status: 'done', completedOn: '2026-09-01' })],
  };
}

function steps(records: Records, now = NOW): Record<string, ReadinessStepStatus> {
  const aims = aimsOf(records as Parameters<typeof aimsOf>[0]);
  return Object.fromEntries(readinessStepsOf(aims, buildEvidenceIndex(aims, now), now).map((s) => [s.step, s]));
}

describe('readinessStepsOf', () => {
  it('lists the seven steps in the seed’s order, all done for an AIMS that did them', () => {
    const aims = aimsOf(readyRecords() as Parameters<typeof aimsOf>[0]);
    const all = readinessStepsOf(aims, buildEvidenceIndex(aims, NOW), NOW);
    expect(all.map((s) => `${s.number} ${s.step}`)).toEqual([
      '1 gap-review', '2 soa-reconciliation', '3 internal-audit-cycle', '4 management-review', '5 evidence-index', '6 mock-interviews', '7 document-freeze',
    ]);
    expect(all.filter((s) => s.state !== 'done').map((s) => [s.step, s.outstanding])).toEqual([]);
    expect(all[0]!.title).toBe('Pre-audit gap review');
  });

  it('starts with nothing done and nothing started on an empty AIMS', () => {
    const all = Object.values(steps({}));
    expect(all.map((s) => s.state)).toEqual(Array(7).fill('not-started'));
    expect(all.every((s) => s.outstanding.length > 0)).toBe(true);
  });

  it('does not take the tracker’s word for a gap review without a date, or one older than a year', () => {
    const undated = steps({ ...readyRecords(), readinessSteps: [build.readinessSteps({ step: 'gap-review', status: 'done' })] })['gap-review']!;
    expect(undated).toMatchObject({ state: 'in-progress', contradicted: true });
    const old = steps({ ...readyRecords(), readinessSteps: [build.readinessSteps({ step: 'gap-review', status: 'done', completedOn: '2025-06-01' })] })['gap-review']!;
    expect(old.outstanding).toEqual(['Repeat the gap review before Stage 1.']);
  });

  it('reconciles the SoA against traces, exclusions, the treatment plan and approval', () => {
    const r = readyRecords();
    const soaEntries = r.soaEntries!.map((e) =>
      e.controlId === 'A.2.2' ? { ...e, riskIds: [] } : e.controlId === 'A.6.2.4' ? { ...e, applicable: false, justification: 'Not needed.' } : e,
    );
    const s = steps({ ...r, soaEntries, soaVersions: [build.soaVersions()] })['soa-reconciliation']!;
    expect(s.state).toBe('in-progress');
    expect(s.outstanding).toEqual([
      'Trace 1 included control to the risks or obligations that need them: A.2.2.',
      'Include the controls risk treatment selects: A.6.2.4.',
      'Issue and approve a version of the SoA.',
    ]);
  });

  it('reads traces and exclusions as soa-not-risk-driven does: treatment selection traces, dangling ids and "n/a" do not', () => {
    const r = readyRecords();
    const soaEntries = r.soaEntries!.map((e) =>
      e.controlId === 'A.6.2.4' ? { ...e, riskIds: [] } // selected by risk-1's treatment
        : e.controlId === 'A.2.2' ? { ...e, riskIds: ['risk-gone'] }
          : e.controlId === 'A.2.3' ? { ...e, riskIds: [], obligations: ['TBD'] }
            : e.controlId === 'A.2.4' ? { ...e, applicable: false, justification: 'N/A' } : e,
    );
    const s = steps({ ...r, soaEntries })['soa-reconciliation']!;
    expect(s.outstanding).toEqual([
      'Trace 2 included controls to the risks or obligations that need them: A.2.2 and A.2.3.',
      'Justify 1 exclusion: A.2.4.',
    ]);
  });

  it('takes a placeholder input or decision as missing from the management review', () => {
    const r = readyRecords();
    const review = r.managementReviews![0]!;
    const s = steps({ ...r, managementReviews: [{ ...review, inputs: { ...review.inputs, auditResults: 'TBD' }, outputs: { ...review.outputs, aimsChanges: ['n/a'] } }] })['management-review']!;
    expect(s.outstanding).toEqual(['Record the missing inputs and outputs of "' + review.title + '": auditResults, aimsChanges.']);
  });

  it('counts the internal audit cycle only when its findings are closed or in closure', () => {
    const r = readyRecords();
    const audit = { ...r.internalAudits![0]!, findings: [{ id: 'f-2', classification: 'major' as const, description: 'No programme', refs: ['9.2'] }] };
    const tracked = build.readinessSteps({ step: 'internal-audit-cycle', status: 'done', completedOn: '2026-10-01' });
    const s = steps({ ...r, internalAudits: [audit], readinessSteps: [tracked] })['internal-audit-cycle']!;
    expect(s).toMatchObject({ state: 'in-progress', contradicted: true, tracked: { status: 'done' } });
    expect(s.outstanding).toEqual(['Raise nonconformities with corrective actions for 1 audit finding: audit-1/f-2.']);
  });

  it('issue 9 (2026-12-02): counts a finding whose nonconformity has a reasoned decision that no action is needed', () => {
    const r = readyRecords();
    const reasoned = { ...r.nonconformities![0]!, correctiveActions: [], noActionReason: 'The finding concerned a retired pilot; nothing remains that could repeat it' };
    expect(steps({ ...r, nonconformities: [reasoned] })['internal-audit-cycle']!.outstanding).toEqual([]);
    const bare = { ...reasoned, noActionReason: 'TBD' };
    expect(steps({ ...r, nonconformities: [bare] })['internal-audit-cycle']!.outstanding).toEqual(['Raise nonconformities with corrective actions for 1 audit finding: audit-1/f-1.']);
  });

  it('asks for the clauses no audit of the last 12 months covered', () => {
    const r = readyRecords();
    const s = steps({ ...r, internalAudits: [{ ...r.internalAudits![0]!, scopeRefs: ['4', '5', '6', '7', '8', '9.2', '9.3'] }] })['internal-audit-cycle']!;
    expect(s.outstanding).toEqual(['Audit clauses 9, 10: the audits of the last 12 months did not cover them.']);
  });

  it('names the management review inputs and outputs that are missing', () => {
    const r = readyRecords();
    const review = { ...r.managementReviews![0]!, inputs: { auditResults: 'Two minors.' }, outputs: { improvementDecisions: [], aimsChanges: ['x'] } };
    const s = steps({ ...r, managementReviews: [review] })['management-review']!;
    expect(s.state).toBe('in-progress');
    expect(s.outstanding[0]).toContain('previousActionsStatus, contextChanges, interestedPartyChanges, nonconformityTrends, monitoringResults, improvementOpportunities, improvementDecisions');
  });

  it('needs every clause and applied control evidenced for the evidence index step', () => {
    const r = readyRecords();
    const s = steps({ ...r, evidenceItems: [{ ...r.evidenceItems![0]!, refs: ['4.1'] }] })['evidence-index']!;
    expect(s.state).toBe('in-progress');
    // 4.2 asks for no records; the records that hold the rest (policy, risks, audits, reviews) stand on their own.
    expect(s.outstanding[0]).toBe('Link evidence to 4.3, 6.2, 8.1.');
  });

  it('needs each applied control’s owner rehearsed and judged ready', () => {
    const r = readyRecords();
    const s = steps({ ...r, mockInterviews: [build.mockInterviews({ intervieweeId: 'person-owner', heldOn: '2026-10-10', outcome: 'needs-practice' })] })['mock-interviews']!;
    expect(s.outstanding).toEqual(['Rehearse 1 control owner: Olu Owner (last judged needs-practice).']);
    expect(s.subjects).toEqual([{ register: 'persons', id: 'person-owner', label: 'Olu Owner' }]);
  });

  it('shows the freeze broken by a document approved after it', () => {
    const r = readyRecords();
    const changed: RecordOf<'documents'> = {
      ...r.documents![0]!,
      versions: [...r.documents![0]!.versions, { version: '1.1', status: 'approved', approvedOn: '2026-10-20' }],
    };
    const s = steps({ ...r, documents: [changed] })['document-freeze']!;
    expect(s.state).toBe('in-progress');
    expect(s.outstanding).toEqual(['Re-freeze or revert 1 document changed since 2026-10-15: doc-policy.']);
  });

  it('reports a tracked step past its due date', () => {
    const tracked = build.readinessSteps({ step: 'mock-interviews', status: 'in-progress', dueDate: '2026-10-01' });
    const s = steps({ readinessSteps: [tracked] })['mock-interviews']!;
    expect(s.state).toBe('in-progress');
    expect(s.outstanding).toContain('The step was due on 2026-10-01.');
  });
});
