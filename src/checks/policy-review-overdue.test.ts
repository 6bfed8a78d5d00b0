// Tests of policy-review-overdue: the AI policy's stated review date and its review interval, as of 2026-11-01.
import { build, aimsOf } from '../../test/factories.ts';
import type { AiPolicy } from '../domain/index.ts';
import { testCheck } from './check-tester.ts';
import check from './policy-review-overdue.ts';

const policy = (over: Partial<AiPolicy> = {}) => build.aiPolicies({ id: 'policy-ai', title: 'Responsible AI policy', approvedOn: '2026-01-15', reviewIntervalMonths: 12, ...over });

testCheck(check, {
  valid: [
    { name: 'no AI policy', aims: aimsOf(), outcome: 'not-applicable' },
    { name: 'approved this year, yearly review', aims: aimsOf({ aiPolicies: [policy()] }) },
    { name: 'review due exactly today', aims: aimsOf({ aiPolicies: [policy({ nextReviewDue: '2026-11-01' })] }) },
    { name: 'interval ends exactly today', aims: aimsOf({ aiPolicies: [policy({ approvedOn: '2024-01-01', lastReviewedOn: '2025-11-01' })] }) },
    {
      name: 'an old approval but a recent review',
      aims: aimsOf({ aiPolicies: [policy({ approvedOn: '2023-03-01', lastReviewedOn: '2026-02-01', nextReviewDue: '2027-02-01' })] }),
    },
    {
      name: 'a review held after the recorded next review date, which was not moved on',
      aims: aimsOf({ aiPolicies: [policy({ approvedOn: '2025-01-10', nextReviewDue: '2026-01-10', lastReviewedOn: '2026-01-12', reviewIntervalMonths: 12 })] }),
    },
  ],
  invalid: [
    {
      name: 'past the recorded next review date by one day',
      aims: aimsOf({ aiPolicies: [policy({ nextReviewDue: '2026-10-31' })] }),
      reports: [{
        message: 'AI policy "Responsible AI policy" (policy-ai) was due for review on 2026-10-31 (its recorded next review date); no later review is recorded.',
        severity: 'minor', subjects: [{ register: 'aiPolicies', id: 'policy-ai' }],
      }],
    },
    {
      name: 'past the last review plus the interval, although the recorded date lies later',
      aims: aimsOf({ aiPolicies: [policy({ approvedOn: '2025-01-10', lastReviewedOn: '2025-06-30', nextReviewDue: '2027-01-01', reviewIntervalMonths: 12 })] }),
      reports: [{ message: 'was due for review on 2026-06-30 (last reviewed on 2025-06-30, to be reviewed every 12 months)' }],
    },
    {
      name: 'never reviewed since approval, six-monthly',
      aims: aimsOf({ aiPolicies: [policy({ approvedOn: '2026-04-30', reviewIntervalMonths: 6 })] }),
      reports: [{ message: 'due for review on 2026-10-30 (approved on 2026-04-30, to be reviewed every 6 months)' }],
    },
    {
      name: 'no date at all: needs review',
      aims: aimsOf({ aiPolicies: [policy({ approvedOn: undefined })] }),
      reports: [{ outcome: 'needs-review', message: 'has no next review date and no date of approval or last review' }],
    },
    {
      name: 'each overdue policy is reported',
      aims: aimsOf({ aiPolicies: [policy({ id: 'p-1', approvedOn: '2024-01-01' }), policy({ id: 'p-2' }), policy({ id: 'p-3', approvedOn: '2025-01-01', nextReviewDue: '2025-12-31' })] }),
      reports: [{ subjects: [{ register: 'aiPolicies', id: 'p-1' }] }, { subjects: [{ register: 'aiPolicies', id: 'p-3' }] }],
    },
  ],
});
