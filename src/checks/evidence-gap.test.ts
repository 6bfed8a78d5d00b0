// Tests of evidence-gap: clauses and applied controls with no evidence or only expired evidence are reported.
import { aimsOf, build } from '../../test/factories.ts';
import { leafClauses, type RecordOf } from '../domain/index.ts';
import { testCheck } from './check-tester.ts';
import check from './evidence-gap.ts';

const allClauses = leafClauses().map((c) => c.id);
const except = (...refs: string[]) => allClauses.filter((r) => !refs.includes(r));

/** One current evidence item per group of clauses; the AIMS manual case of a small organisation. */
function evidenced(refs: string[], overrides: Partial<RecordOf<'evidenceItems'>> = {}) {
  return build.evidenceItems({ id: 'ev-manual', title: 'AIMS manual walkthrough', refs, evidenceDate: '2026-09-01', ...overrides });
}

testCheck(check, {
  valid: [
    { name: 'every clause evidenced and no control applied yet', aims: aimsOf({ evidenceItems: [evidenced(allClauses)] }) },
    {
      name: 'an applied control evidenced through its SoA entry, an excluded one needs nothing',
      aims: aimsOf({
        evidenceItems: [evidenced(allClauses), build.evidenceItems({ id: 'ev-logs', evidenceDate: '2026-10-01' })],
        soaEntries: [
          build.soaEntries({ controlId: 'A.6.2.8', evidenceIds: ['ev-logs'] }),
          build.soaEntries({ controlId: 'A.10.4', applicable: false, implementationStatus: 'not-applicable' }),
        ],
      }),
    },
    {
      name: 'stale evidence is shown in the index but is not a gap this check reports',
      aims: aimsOf({ evidenceItems: [evidenced(allClauses, { evidenceDate: '2025-01-15' })] }),
    },
    {
      name: 'a clause evidenced by a register record alone (a held management review for 9.3)',
      aims: aimsOf({
        evidenceItems: [evidenced(except('9.3.1', '9.3.2', '9.3.3'))],
        managementReviews: [build.managementReviews({ heldOn: '2026-10-01' })],
      }),
    },
  ],
  invalid: [
    {
      name: 'one clause with nothing linked to it',
      aims: aimsOf({ evidenceItems: [evidenced(except('10.1'))] }),
      reports: [{ message: 'Clause 10.1 (Continual improvement) has no evidence', severity: 'minor', subjects: [{ register: 'organisation', id: 'org-test' }] }],
    },
    {
      name: 'a clause whose only evidence has expired names the expired record',
      aims: aimsOf({
        evidenceItems: [evidenced(except('4.4')), build.evidenceItems({ id: 'ev-manual-2024', refs: ['4.4'], validUntil: '2026-06-30' })],
      }),
      reports: [{
        message: 'Clause 4.4 (AI management system) has only expired evidence: evidenceItems/ev-manual-2024',
        subjects: [{ register: 'evidenceItems', id: 'ev-manual-2024' }],
      }],
    },
    {
      name: 'an applied control with no evidence points at its SoA entry',
      aims: aimsOf({ evidenceItems: [evidenced(allClauses)], soaEntries: [build.soaEntries({ id: 'soa-data', controlId: 'A.7.4' })] }),
      reports: [{ message: 'Applied control A.7.4 (Quality of data for AI systems) has no evidence', subjects: [{ register: 'soaEntries', id: 'soa-data' }] }],
    },
    {
      name: 'an empty AIMS is one summary listing every clause',
      aims: aimsOf(),
      reports: [{ message: `${allClauses.length} clauses and applied controls have no evidence or only expired evidence: 4.1, 4.2` }],
    },
  ],
});
