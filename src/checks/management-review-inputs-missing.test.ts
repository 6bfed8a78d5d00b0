// management-review-inputs-missing: held reviews of the current cycle must record every 9.3.2 input and 9.3.3 outputs.
import { aimsOf, build } from '../../test/factories.ts';
import type { ManagementReview } from '../domain/index.ts';
import { testCheck } from './check-tester.ts';
import check from './management-review-inputs-missing.ts';

const allInputs: ManagementReview['inputs'] = {
  previousActionsStatus: 'All 4 actions from the 2025 review closed.',
  contextChanges: 'EU AI Act obligations for high-risk systems apply from August.',
  interestedPartyChanges: 'Two banking customers now require model cards.',
  nonconformityTrends: 'Three minor nonconformities, all in documentation; none recurring.',
  monitoringResults: 'Approval-rate gap 1.8 points, within target.',
  auditResults: 'Internal audit 2026: two minors, one observation.',
  improvementOpportunities: 'Automate drift alerts.',
};
const outputs: ManagementReview['outputs'] = { improvementDecisions: ['Automate drift alerts by Q2'], aimsChanges: [] };
const review = (over: Partial<ManagementReview>) =>
  build.managementReviews({ id: 'mr-1', title: 'AIMS management review 2026', heldOn: '2026-09-15', inputs: allInputs, outputs, ...over });

testCheck(check, {
  valid: [
    { name: 'a review covering every input with an improvement decision', aims: aimsOf({ managementReviews: [review({})] }) },
    {
      name: 'a decision on changes to the AIMS alone is an output',
      aims: aimsOf({ managementReviews: [review({ outputs: { improvementDecisions: [], aimsChanges: ['Add the chatbot to the scope'] } })] }),
    },
    {
      name: 'an incomplete review older than twelve months, followed by a complete one, is history',
      aims: aimsOf({ managementReviews: [review({ id: 'mr-old', heldOn: '2025-10-31', inputs: {} }), review({})] }),
    },
    {
      name: 'a planned review and one dated after the day of the check are not judged',
      aims: aimsOf({ managementReviews: [review({}), review({ id: 'mr-next', status: 'planned', heldOn: '2027-03-01', inputs: {} }), review({ id: 'mr-odd', heldOn: '2026-12-01', inputs: {} })] }),
    },
    { name: 'no management review held yet', aims: aimsOf({ managementReviews: [review({ status: 'planned', heldOn: '2026-12-01' })] }), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'a standing leadership meeting: no inputs and no outputs',
      aims: aimsOf({ managementReviews: [review({ inputs: {}, outputs: { improvementDecisions: [], aimsChanges: [] } })] }),
      reports: [{
        message: 'Management review "AIMS management review 2026" (mr-1) held on 2026-09-15 records none of the required inputs and no outputs',
        severity: 'major',
        subjects: [{ register: 'managementReviews', id: 'mr-1' }],
      }],
    },
    {
      name: 'two inputs missing or placeholders, each named',
      aims: aimsOf({ managementReviews: [review({ inputs: { ...allInputs, interestedPartyChanges: undefined, auditResults: ' TBD ' } })] }),
      reports: [{
        message: 'does not record 2 of the required inputs: changes in the needs and expectations of interested parties and audit results.',
        severity: 'minor',
      }],
    },
    {
      name: 'all inputs but no decisions (blank decisions do not count)',
      aims: aimsOf({ managementReviews: [review({ outputs: { improvementDecisions: ['  '], aimsChanges: [] } })] }),
      reports: [{ message: 'records no outputs: no decision on continual improvement and none on changes needed to the AIMS' }],
    },
    {
      name: 'an earlier review inside the twelve months (boundary: exactly twelve months ago) is judged too',
      aims: aimsOf({
        managementReviews: [
          review({ id: 'mr-a', heldOn: '2025-11-01', inputs: { ...allInputs, monitoringResults: undefined }, outputs: { improvementDecisions: [], aimsChanges: [] } }),
          review({ id: 'mr-b' }),
        ],
      }),
      reports: [
        { message: 'does not record 1 of the required inputs: monitoring and measurement results', subjects: [{ register: 'managementReviews', id: 'mr-a' }] },
        { message: 'records no outputs', subjects: [{ register: 'managementReviews', id: 'mr-a' }] },
      ],
    },
    {
      name: 'the latest review is judged however long ago it was held',
      aims: aimsOf({ managementReviews: [review({ id: 'mr-2024', heldOn: '2024-06-01', inputs: { ...allInputs, previousActionsStatus: undefined } })] }),
      reports: [{ message: 'the status of actions from previous reviews' }],
    },
  ],
});
