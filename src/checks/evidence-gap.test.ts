// Tests of evidence-gap: clauses and applied controls that ask for documented information and have none that holds
// it (or only expired) are reported; those that ask for none, and records that only mention a clause, never decide.
import { aimsOf, build } from '../../test/factories.ts';
import { documentedInformationOf, leafClauses, type RecordOf } from '../domain/index.ts';
import { describe, expect, it } from 'vitest';
import { testCheck } from './check-tester.ts';
import { runCheck } from './engine.ts';
import check from './evidence-gap.ts';

const allClauses = leafClauses().map((c) => c.id);
const askingForRecords = allClauses.filter((id) => documentedInformationOf(id) !== 'none');
const except = (refs: string[], ...out: string[]) => refs.filter((r) => !out.includes(r));

/** One current evidence item naming the clauses; it holds what is maintained (the AIMS manual), not results. */
function manual(refs: string[], overrides: Partial<RecordOf<'evidenceItems'>> = {}) {
  return build.evidenceItems({ id: 'ev-manual', title: 'AIMS manual walkthrough', refs, evidenceDate: '2026-09-01', ...overrides });
}

/** The records holding the results the Standard asks to retain: assessments, competence, monitoring, audits, reviews. */
type Records = NonNullable<Parameters<typeof aimsOf>[0]>;
const results: Records = {
  impactAssessments: [build.impactAssessments({ id: 'ia-1', assessedOn: '2026-05-01' })],
  competenceEvidence: [build.competenceEvidence({ id: 'comp-1', obtainedOn: '2026-01-10' })],
  risks: [build.risks({ id: 'risk-1', assessedOn: '2026-04-01', status: 'treated', treatment: { option: 'modify', controlIds: [], actions: [] } })],
  monitoringMetrics: [build.monitoringMetrics({ id: 'metric-1', measurements: [{ date: '2026-10-01', value: 0.93 }] })],
  internalAudits: [build.internalAudits({ id: 'audit-1', completedOn: '2026-07-01' })],
  managementReviews: [build.managementReviews({ id: 'mr-1', heldOn: '2026-09-15', outputs: { improvementDecisions: ['Add a fairness metric'], aimsChanges: [] } })],
  documents: [build.documents({ id: 'doc-manual', title: 'AIMS manual' })],
};
const complete = (overrides: Records = {}) => aimsOf({ ...results, evidenceItems: [manual(allClauses)], ...overrides });

testCheck(check, {
  valid: [
    { name: 'every clause that asks for documented information has it, and no control is applied yet', aims: complete() },
    {
      name: 'clauses that ask for no records (4.1, 4.2, 5.1, 7.3, 7.4 …) have nothing linked and are no gap',
      aims: complete({ evidenceItems: [manual(askingForRecords)] }),
    },
    {
      name: 'an applied control evidenced through its SoA entry; an excluded one, and one asking for no records, need nothing',
      aims: complete({
        evidenceItems: [manual(allClauses), build.evidenceItems({ id: 'ev-logs', evidenceDate: '2026-10-01' })],
        soaEntries: [
          build.soaEntries({ controlId: 'A.6.2.8', evidenceIds: ['ev-logs'] }),
          build.soaEntries({ controlId: 'A.9.4' }),
          build.soaEntries({ controlId: 'A.10.4', applicable: false, implementationStatus: 'not-applicable' }),
        ],
      }),
    },
    {
      name: 'stale evidence is shown in the index but is not a gap this check reports',
      aims: complete({ evidenceItems: [manual(allClauses, { evidenceDate: '2025-01-15' })] }),
    },
    {
      name: 'no nonconformity has arisen: there is nothing to retain for 10.2 yet',
      aims: complete({ evidenceItems: [manual(except(allClauses, '10.2'))] }),
    },
  ],
  invalid: [
    {
      name: 'no impact assessment at all: an evidence item and a procedure naming 8.4 are not its results',
      aims: complete({
        impactAssessments: [],
        documents: [build.documents({ id: 'doc-manual', title: 'AIMS manual' }), build.documents({ id: 'doc-iap', title: 'Impact assessment procedure', requiredBy: ['6.1.4', '8.4'] })],
      }),
      // The register is empty: the documented information is absent, one major listing both clauses (2026-12-02).
      reports: [
        {
          message: 'Nothing is recorded in impact-assessments at all, and 2 requirements ask for what only it holds: 6.1.4 (the results of AI system impact assessments) and 8.4 (the results of all AI system impact assessments)',
          severity: 'major', subjects: [{ register: 'organisation', id: 'org-test' }],
        },
      ],
    },
    {
      name: '2026-12-02: metrics defined but never measured: the register holds records, none holds results: an isolated minor',
      aims: complete({ monitoringMetrics: [build.monitoringMetrics({ id: 'metric-1', measurements: [] })], aiObjectives: [] }),
      reports: [{ message: 'Clause 9.1 (Monitoring, measurement, analysis and evaluation) asks for the results of monitoring, measurement, analysis and evaluation, and no record holds it', severity: 'minor' }],
    },
    {
      name: 'a nonconformity has arisen (an internal audit minor) and no nonconformity record holds it',
      aims: complete({
        internalAudits: [build.internalAudits({ id: 'audit-1', completedOn: '2026-07-01', findings: [{ id: 'f-1', classification: 'minor', description: 'No competence records', refs: ['7.2'] }] })],
      }),
      reports: [{ message: 'Clause 10.2 (Nonconformity and corrective action) asks for the nature of nonconformities, the actions taken and their results, and no record holds it' }],
    },
    {
      name: 'a clause whose only evidence that counts has expired names the expired record',
      aims: complete({
        evidenceItems: [manual(except(allClauses, '6.2')), build.evidenceItems({ id: 'ev-objectives-2025', refs: ['6.2'], validUntil: '2026-06-30' })],
      }),
      reports: [{
        message: 'Clause 6.2 (AI objectives and planning to achieve them) has only expired evidence: evidenceItems/ev-objectives-2025',
        subjects: [{ register: 'organisation', id: 'org-test' }, { register: 'evidenceItems', id: 'ev-objectives-2025' }],
      }],
    },
    {
      name: 'an applied control asking for documented information points at its SoA entry; a dataset without quality requirements does not hold it',
      aims: complete({ datasets: [build.datasets({ id: 'data-1', name: 'Loan book' })], soaEntries: [build.soaEntries({ id: 'soa-data', controlId: 'A.7.4' })] }),
      reports: [{
        message: 'Applied control A.7.4 (Quality of data for AI systems) asks for the data quality requirements, and no record holds it: its SoA entry lists none; the 1 record linked to it (datasets/data-1 "Loan book") does not hold it',
        subjects: [{ register: 'soaEntries', id: 'soa-data' }],
      }],
    },
    {
      name: 'an empty AIMS is one summary listing the clauses that ask for documented information, not those asking for none',
      aims: aimsOf(),
      reports: [{ message: `${askingForRecords.length - 1} clauses and applied controls asking for documented information have none, or only expired: 4.3, 5.2, 6.1.1` }],
    },
  ],
});

describe('evidence-gap fix', () => {
  it('says where the documented information a clause asks for is recorded, from the requirements model', () => {
    const result = runCheck(check, complete({ impactAssessments: [] }), { now: '2026-11-01' }).find((r) => r.message.startsWith('Nothing is recorded in impact-assessments'));
    expect(result!.fix).toContain(
      'Record the results of all AI system impact assessments for clause 8.4: the results of an impact assessment of an AI system (impact-assessments); or ' +
      'a file of an impact assessment record, as an evidence item attached to that record; renew evidence whose validity has ended.',
    );
    expect(result!.instances?.map((i) => i.message)).toEqual([
      'clause 6.1.4 AI system impact assessment: asks for the results of AI system impact assessments.',
      'clause 8.4 AI system impact assessment: asks for the results of all AI system impact assessments.',
    ]);
  });
});
