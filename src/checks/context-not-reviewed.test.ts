// Tests of context-not-reviewed: issues determined, reviewed within a year, and the climate-change determination.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './context-not-reviewed.ts';

const issue = (over: Parameters<typeof build.contextIssues>[0] = {}) => build.contextIssues({ reviewedOn: '2026-09-01', ...over });
const climate = issue({ id: 'ctx-climate', title: 'Climate change', climateChange: true, relevant: false, description: 'Judged not relevant: no AI use bears on it.' });

testCheck(check, {
  valid: [
    { name: 'issues reviewed this year, with the climate determination', aims: aimsOf({ contextIssues: [issue(), climate] }) },
    { name: 'the climate determination recognised from its wording', aims: aimsOf({ contextIssues: [issue(), issue({ title: 'Energy use', description: 'Climate impact of model training judged minor.' })] }) },
  ],
  invalid: [
    {
      name: 'last reviewed more than a year ago, with a change done since: an observation',
      aims: aimsOf({
        contextIssues: [issue({ reviewedOn: '2025-06-01' }), { ...climate, reviewedOn: '2025-06-01' }],
        plannedChanges: [build.plannedChanges({ id: 'chg-1', title: 'New EU branch', status: 'done', completedOn: '2026-02-01' })],
      }),
      reports: [{
        message: 'The context issues were last reviewed on 2025-06-01, more than 12 months before 2026-11-01, although a change was completed since ("New EU branch").',
        severity: 'observation', subjects: [{ register: 'plannedChanges', id: 'chg-1' }],
      }],
    },
    {
      name: 'no word on climate change: needs review, as 4.1 asks for no record',
      aims: aimsOf({ contextIssues: [issue()] }),
      reports: [{ outcome: 'needs-review', severity: 'minor', message: 'None of the 1 recorded context issues says whether climate change is a relevant issue' }],
    },
    {
      name: 'no review date anywhere: needs review',
      aims: aimsOf({ contextIssues: [{ ...climate, reviewedOn: undefined }] }),
      reports: [{ outcome: 'needs-review', message: 'has a review date' }],
    },
    {
      name: 'no issues recorded: needs review, never a finding for lacking records',
      aims: aimsOf(),
      reports: [{ outcome: 'needs-review', message: 'No internal or external issues are recorded', subjects: [{ register: 'organisation', id: 'org-test' }] }],
    },
  ],
});
