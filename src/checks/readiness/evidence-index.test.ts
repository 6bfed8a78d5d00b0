// Tests of the evidence index: what evidences each clause and applied control, how fresh it is, the gaps, the
// five key documents first. That it stays linear at scale is measured in bench/checks.bench.ts.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { documentedInformationOf, leafClauses } from '../../domain/index.ts';
import { buildEvidenceIndex, type EvidenceIndex } from './evidence-index.ts';

const NOW = '2026-11-01';
const row = (index: EvidenceIndex, ref: string) => [...index.clauses, ...index.controls].find((r) => r.ref === ref)!;
const ids = (index: EvidenceIndex, ref: string) => row(index, ref).evidence.map((e) => `${e.register}/${e.id}:${e.freshness}`);

describe('buildEvidenceIndex', () => {
  it('lists every clause 4–10 and, on an empty AIMS, every leaf clause asking for records as a gap and no control', () => {
    const index = buildEvidenceIndex(aimsOf(), NOW);
    expect(index.clauses.map((c) => c.ref)).toContain('4');
    expect(index.clauses.map((c) => c.ref)).toContain('10.2');
    expect(index.controls).toEqual([]);
    // 10.2 asks for records of nonconformities, and none has arisen yet.
    const asking = leafClauses().map((c) => c.id).filter((id) => documentedInformationOf(id) !== 'none' && id !== '10.2');
    expect(index.gaps.map((g) => g.ref)).toEqual(asking);
    expect(index.gaps.every((g) => g.status === 'no-evidence')).toBe(true);
    const none = leafClauses().length - asking.length;
    expect(index.summary.clauses).toMatchObject({ total: leafClauses().length, evidenced: 0, interviewOrObservation: none, noEvidence: asking.length });
  });

  it('shows clauses asking for no records as verified by interview or observation, whatever is linked, never a gap', () => {
    const index = buildEvidenceIndex(aimsOf({ contextIssues: [build.contextIssues({ id: 'issue-1', reviewedOn: '2026-10-01' })] }), NOW);
    for (const ref of ['4.1', '4.2', '5.1', '7.3', '7.4', '10.1', '10.2', '10']) expect(row(index, ref).status, ref).toBe('interview-or-observation');
    expect(row(index, '4.1')).toMatchObject({ documentedInformation: 'none', requires: [], evidence: [expect.objectContaining({ id: 'issue-1' })] });
    expect(row(index, '4.1').verifiedBy).toMatch(/asked of the people who decided/);
    expect(row(index, '4').status).toBe('no-evidence'); // 4.3 asks for the scope
    expect(index.gaps.map((g) => g.ref)).not.toContain('4.1');
  });

  it('evidences 8.4 only by impact assessment results, not by a file or procedure that names it', () => {
    const item = build.evidenceItems({ id: 'ev-ia-reports', refs: ['8.4'], evidenceDate: '2026-10-01' });
    const procedure = build.documents({ id: 'doc-ia-procedure', requiredBy: ['8.4'] });
    const without = buildEvidenceIndex(aimsOf({ evidenceItems: [item], documents: [procedure] }), NOW);
    expect(row(without, '8.4').status).toBe('no-evidence');
    expect(row(without, '8.4').evidence.map((e) => [e.id, e.supporting])).toEqual([['ev-ia-reports', true], ['doc-ia-procedure', true]]);
    expect(without.gaps.find((g) => g.ref === '8.4')).toMatchObject({ requires: ['the results of all AI system impact assessments'] });

    const assessment = build.impactAssessments({ id: 'ia-1', assessedOn: '2026-05-01' });
    const attached = build.evidenceItems({ id: 'ev-ia-1-report', refs: ['8.4'], evidenceDate: '2026-05-02', records: [{ register: 'impactAssessments', id: 'ia-1' }] });
    const withIt = buildEvidenceIndex(aimsOf({ evidenceItems: [item, attached], documents: [procedure], impactAssessments: [assessment] }), NOW);
    expect(row(withIt, '8.4').status).toBe('evidenced');
    // Those that count first (the assessment and the report attached to it), then the supporting ones.
    expect(row(withIt, '8.4').evidence.map((e) => `${e.id}${e.supporting ? ' (supporting)' : ''}`))
      .toEqual(['ev-ia-1-report', 'ia-1', 'ev-ia-reports (supporting)', 'doc-ia-procedure (supporting)']);
  });

  it('counts only records holding what the requirement asks for: a societal impact for A.5.5, outputs for 9.3.3', () => {
    const individual = build.impactAssessments({ id: 'ia-individual' });
    const aims = aimsOf({
      impactAssessments: [individual],
      soaEntries: [build.soaEntries({ controlId: 'A.5.4' }), build.soaEntries({ controlId: 'A.5.5' })],
      managementReviews: [build.managementReviews({ id: 'mr-no-outputs', heldOn: '2026-09-01' })],
    });
    const index = buildEvidenceIndex(aims, NOW);
    expect(row(index, 'A.5.4').status).toBe('evidenced');
    expect(row(index, 'A.5.5')).toMatchObject({ status: 'no-evidence', evidence: [expect.objectContaining({ id: 'ia-individual', supporting: true })] });
    expect(row(index, '9.3.3').status).toBe('no-evidence');
    expect(row(index, '9.3.1').status).toBe('interview-or-observation');
  });

  it('counts a held management review for 9.3 and its sub-clauses, but not a planned one', () => {
    const held = build.managementReviews({ id: 'mr-held', heldOn: '2026-09-01', outputs: { improvementDecisions: ['Add a metric'], aimsChanges: [] } });
    const planned = build.managementReviews({ id: 'mr-planned', status: 'planned', heldOn: '2026-12-01' });
    const index = buildEvidenceIndex(aimsOf({ managementReviews: [held, planned] }), NOW);
    expect(ids(index, '9.3')).toEqual(['managementReviews/mr-held:current']);
    expect(ids(index, '9.3.2')).toEqual(['managementReviews/mr-held:current']);
    expect(row(index, '9').status).toBe('evidenced');
    expect(index.gaps.map((g) => g.ref)).not.toContain('9.3.1');
  });

  it('dates the AI policy\'s review as policy-review-overdue does: a later stated date does not hide a lapsed interval', () => {
    const policy = build.aiPolicies({ id: 'policy-ai', approvedOn: '2025-01-10', lastReviewedOn: '2025-06-30', nextReviewDue: '2027-01-01', reviewIntervalMonths: 12 });
    const index = buildEvidenceIndex(aimsOf({ aiPolicies: [policy] }), NOW);
    expect(row(index, '5.2').evidence.find((e) => e.id === 'policy-ai')).toMatchObject({ freshness: 'stale', note: 'review was due on 2026-06-30' });
  });

  it('tells current, stale and expired evidence apart, and says why', () => {
    const aims = aimsOf({
      evidenceItems: [
        build.evidenceItems({ id: 'ev-new', refs: ['5.2'], evidenceDate: '2026-10-01' }),
        build.evidenceItems({ id: 'ev-old', refs: ['6.2'], evidenceDate: '2025-06-01' }),
        build.evidenceItems({ id: 'ev-valid', refs: ['4.3'], evidenceDate: '2024-01-01', validUntil: '2027-01-01' }),
        build.evidenceItems({ id: 'ev-ended', refs: ['6.1.1'], evidenceDate: '2026-01-01', validUntil: '2026-10-31' }),
      ],
    });
    const index = buildEvidenceIndex(aims, NOW);
    expect(ids(index, '5.2')).toEqual(['evidenceItems/ev-new:current']);
    expect(row(index, '6.2').evidence[0]).toMatchObject({ freshness: 'stale', note: 'dated 2025-06-01, more than 12 months before 2026-11-01' });
    expect(ids(index, '4.3')).toEqual(['evidenceItems/ev-valid:current']);
    expect(row(index, '6.1.1').evidence[0]).toMatchObject({ freshness: 'expired', note: 'valid until 2026-10-31' });
    expect(index.gaps.find((g) => g.ref === '6.2')?.status).toBe('only-stale');
    expect(index.gaps.find((g) => g.ref === '6.1.1')?.status).toBe('only-expired');
    expect(index.gaps.map((g) => g.ref)).not.toContain('5.2');
  });

  it('reads documents by the version in force and their review date', () => {
    const aims = aimsOf({
      documents: [
        build.documents({ id: 'doc-ok', requiredBy: ['4.3'] }),
        build.documents({ id: 'doc-overdue', requiredBy: ['6.2'], reviewDue: '2026-09-30' }),
        build.documents({ id: 'doc-draft', requiredBy: ['6.3'], versions: [{ version: '0.1', status: 'draft' }] }),
      ],
    });
    const index = buildEvidenceIndex(aims, NOW);
    expect(ids(index, '4.3')).toEqual(['documents/doc-ok:current']);
    expect(row(index, '6.2').evidence[0]).toMatchObject({ freshness: 'stale', note: 'review was due on 2026-09-30' });
    expect(row(index, '6.3').evidence[0]).toMatchObject({ freshness: 'stale', note: 'no approved version in force' });
    // Every document is documented information (7.5) by being in the register.
    expect(ids(index, '7.5.3')).toEqual(expect.arrayContaining(['documents/doc-ok:current']));
    // One marked as required by 7.5.2 counts there too, placed by its mark rather than by the register.
    const marked = buildEvidenceIndex(aimsOf({ documents: [build.documents({ id: 'doc-control', requiredBy: ['7.5.2'] })] }), NOW);
    expect(row(marked, '7.5.2')).toMatchObject({ status: 'evidenced', evidence: [expect.objectContaining({ id: 'doc-control', via: 'document' })] });
    expect(row(marked, '7.5.2').evidence[0]!.supporting).toBeUndefined();
  });

  it('indexes only applied controls, with evidence from the SoA entry, documents, evidence items and registers', () => {
    const aims = aimsOf({
      customControls: [build.customControls({ id: 'ORG-1', title: 'Model cards for every release' })],
      evidenceItems: [build.evidenceItems({ id: 'ev-logs' }), build.evidenceItems({ id: 'ev-cards', refs: ['ORG-1'] })],
      documents: [build.documents({ id: 'doc-ir', requiredBy: ['A.8.4'] })],
      concernReports: [build.concernReports({ id: 'concern-1', receivedOn: '2026-08-01' })],
      soaEntries: [
        build.soaEntries({ id: 'soa-logs', controlId: 'A.6.2.8', evidenceIds: ['ev-logs'] }),
        build.soaEntries({ id: 'soa-ir', controlId: 'A.8.4' }),
        build.soaEntries({ id: 'soa-concern', controlId: 'A.3.3' }),
        build.soaEntries({ id: 'soa-own', controlId: 'ORG-1' }),
        build.soaEntries({ id: 'soa-excluded', controlId: 'A.10.4', applicable: false, implementationStatus: 'not-applicable' }),
        build.soaEntries({ id: 'soa-bare', controlId: 'A.7.4' }),
      ],
    });
    const index = buildEvidenceIndex(aims, NOW);
    expect(index.controls.map((c) => c.ref)).toEqual(['A.3.3', 'A.6.2.8', 'A.7.4', 'A.8.4', 'ORG-1']);
    expect(row(index, 'A.6.2.8').evidence[0]).toMatchObject({ id: 'ev-logs', via: 'soa-entry' });
    expect(row(index, 'A.8.4').evidence[0]).toMatchObject({ id: 'doc-ir', via: 'document' });
    expect(row(index, 'A.3.3').evidence[0]).toMatchObject({ register: 'concernReports', via: 'register' });
    expect(row(index, 'ORG-1')).toMatchObject({ custom: true, title: 'Model cards for every release', status: 'evidenced' });
    expect(index.gaps.filter((g) => g.kind === 'control')).toEqual([
      expect.objectContaining({ ref: 'A.7.4', status: 'no-evidence', soaEntryIds: ['soa-bare'] }),
    ]);
  });

  it('puts the five most scrutinised documents first, with their controlled documents', () => {
    const aims = aimsOf({
      documents: [build.documents({ id: 'doc-policy', title: 'AI policy' }), build.documents({ id: 'doc-minutes' })],
      aiPolicies: [build.aiPolicies({ id: 'policy-1', documentId: 'doc-policy', approvedOn: '2026-02-01' })],
      impactAssessments: [
        build.impactAssessments({ id: 'ia-old', aiSystemId: 'ais-1', assessedOn: '2025-01-01' }),
        build.impactAssessments({ id: 'ia-new', aiSystemId: 'ais-1', assessedOn: '2026-05-01' }),
      ],
      managementReviews: [build.managementReviews({ id: 'mr-1', minutesDocumentId: 'doc-minutes' })],
      internalAudits: [build.internalAudits({ id: 'audit-old', completedOn: '2025-03-01' })],
    });
    const { keyDocuments } = buildEvidenceIndex(aims, NOW);
    expect(keyDocuments.map((k) => [k.kind, k.status])).toEqual([
      ['ai-policy', 'evidenced'],
      ['statement-of-applicability', 'no-evidence'],
      ['impact-assessments', 'evidenced'],
      ['internal-audit-reports', 'only-stale'],
      ['management-review-minutes', 'evidenced'],
    ]);
    expect(keyDocuments[0]!.records.map((r) => r.id)).toEqual(['policy-1', 'doc-policy']);
    expect(keyDocuments[2]!.records.map((r) => r.id)).toEqual(['ia-new']);
    expect(keyDocuments[4]!.records.map((r) => r.id)).toContain('doc-minutes');
  });
});
