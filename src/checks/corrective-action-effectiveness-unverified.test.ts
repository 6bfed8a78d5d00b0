// Table tests for corrective-action-effectiveness-unverified: closed nonconformities need a review that found the action effective.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './corrective-action-effectiveness-unverified.ts';

const action = (completedOn?: string) => ({ id: 'ca-1', description: 'Add a second review of labels', status: 'done' as const, ...(completedOn ? { completedOn } : {}) });
const review = (reviewedOn: string, effective = true) => ({ reviewedOn, reviewerId: 'person-1', effective });

const verified = build.nonconformities({
  id: 'nc-ok', status: 'closed', closedOn: '2026-09-01', correctiveActions: [action('2026-07-01')], effectivenessReview: review('2026-08-20'),
});

testCheck(check, {
  valid: [
    { name: 'closed after an effective review that followed the actions', aims: aimsOf({ nonconformities: [verified] }) },
    {
      name: 'a review on the very day the last action was completed',
      aims: aimsOf({ nonconformities: [build.nonconformities({
        status: 'closed', correctiveActions: [action('2026-07-01')], effectivenessReview: review('2026-07-01'),
      })] }),
    },
    {
      name: 'an action without a completion date does not make the review look early',
      aims: aimsOf({ nonconformities: [build.nonconformities({ status: 'closed', correctiveActions: [action()], effectivenessReview: review('2026-05-01') })] }),
    },
    {
      name: 'an open nonconformity whose review found the action not effective is still being worked on',
      aims: aimsOf({ nonconformities: [verified, build.nonconformities({ status: 'open', effectivenessReview: review('2026-08-01', false) })] }),
    },
    { name: 'no closed nonconformity: not applicable', aims: aimsOf({ nonconformities: [build.nonconformities({ status: 'open' })] }), outcome: 'not-applicable' },
    { name: 'an empty register: not applicable', aims: aimsOf(), outcome: 'not-applicable' },
    {
      name: 'issue 9 (2026-12-02): closed on a reasoned decision that no action was needed: nothing to verify',
      now: '2026-12-02',
      aims: aimsOf({ nonconformities: [build.nonconformities({ status: 'closed', closedOn: '2026-09-01', noActionReason: 'Isolated to the retired pilot; no process remains that could repeat it' })] }),
    },
  ],
  invalid: [
    {
      name: 'issue 9 (2026-12-02): a "no action" decision does not excuse verifying actions that were taken',
      now: '2026-12-02',
      aims: aimsOf({ nonconformities: [build.nonconformities({ id: 'nc-mixed', status: 'closed', correctiveActions: [action('2026-07-01')], noActionReason: 'Low impact' })] }),
      reports: [{ message: 'without a review of whether its corrective actions were effective', subjects: [{ register: 'nonconformities', id: 'nc-mixed' }] }],
    },
    {
      name: 'closed without any effectiveness review, one of two closures: isolated, minor',
      now: '2026-11-01',
      aims: aimsOf({ nonconformities: [verified, build.nonconformities({
        id: 'nc-none', title: 'Training records missing', status: 'closed', closedOn: '2026-09-15', correctiveActions: [action('2026-09-01')],
      })] }),
      reports: [{
        message: 'Nonconformity "Training records missing" (nc-none) was closed on 2026-09-15 without a review',
        subjects: [{ register: 'nonconformities', id: 'nc-none' }], severity: 'minor', basis: 'isolated',
      }],
    },
    {
      name: 'closed without a closure date still names the gap; the only closure unverified is an isolated lapse, minor',
      now: '2026-11-01',
      aims: aimsOf({ nonconformities: [build.nonconformities({ id: 'nc-major', classification: 'major', status: 'closed' })] }),
      reports: [{ message: 'was closed without a review', severity: 'minor', basis: 'isolated' }],
    },
    {
      name: 'closed although the review found the actions not effective',
      aims: aimsOf({ nonconformities: [build.nonconformities({
        id: 'nc-ineffective', status: 'closed', correctiveActions: [action('2026-07-01')], effectivenessReview: review('2026-08-01', false),
      })] }),
      reports: [{ message: 'its effectiveness review on 2026-08-01 found the corrective actions not effective', subjects: [{ register: 'nonconformities', id: 'nc-ineffective' }] }],
    },
    {
      name: 'the review came before the last action was completed',
      aims: aimsOf({ nonconformities: [build.nonconformities({
        id: 'nc-early', status: 'closed',
        correctiveActions: [action('2026-06-01'), { ...action('2026-08-02'), id: 'ca-2' }], effectivenessReview: review('2026-08-01'),
      })] }),
      reports: [{ message: 'review of 2026-08-01, before its last corrective action was completed on 2026-08-02' }],
    },
    {
      name: 'one finding listing every offending nonconformity (2 of 3 closures: systemic, major)',
      now: '2026-12-02',
      aims: aimsOf({ nonconformities: [
        build.nonconformities({ id: 'nc-1', status: 'closed' }),
        verified,
        build.nonconformities({ id: 'nc-2', status: 'closed', effectivenessReview: review('2026-08-01', false) }),
      ] }),
      reports: [{ message: '2 of the 3 closed nonconformities were closed without verifying', severity: 'major', instances: 2, subjects: [{ register: 'nonconformities', id: 'nc-1' }, { register: 'nonconformities', id: 'nc-2' }] }],
    },
  ],
});
