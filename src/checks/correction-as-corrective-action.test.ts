// Table tests for correction-as-corrective-action: finished nonconformities need a root cause and an action against recurrence.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './correction-as-corrective-action.ts';

const done = (description: string) => ({ id: `ca-${description.length}`, description, status: 'done' as const, completedOn: '2026-07-01' });
const open = (description: string) => ({ id: `ca-open-${description.length}`, description, status: 'open' as const });

const wellHandled = build.nonconformities({
  id: 'nc-good', title: 'Risk register entry edited without approval', status: 'closed', closedOn: '2026-08-01',
  correction: 'Reverted the risk register entry to the approved version',
  rootCause: 'The register tool lets any editor change approved entries without review',
  correctiveActions: [done('Configure the register so approved entries change only through a reviewed change request')],
});

testCheck(check, {
  valid: [
    { name: 'a closed nonconformity with a root cause and an action aimed at recurrence', aims: aimsOf({ nonconformities: [wellHandled] }) },
    {
      name: 'an action that names the corrected object but adds how recurrence is prevented',
      aims: aimsOf({ nonconformities: [build.nonconformities({
        status: 'closed', correction: 'Removed the unapproved model version from production',
        rootCause: 'The release pipeline had no approval gate',
        correctiveActions: [done('Add an approval gate to the release pipeline so unapproved model versions cannot reach production')],
      })] }),
    },
    {
      name: 'one action repeats the correction but another prevents recurrence',
      aims: aimsOf({ nonconformities: [build.nonconformities({
        status: 'closed', correction: 'Retrained staff member', rootCause: 'Procedure did not require a second check',
        correctiveActions: [done('Retrained staff member'), done('Add a mandatory second check to the labelling procedure')],
      })] }),
    },
    {
      name: 'an open nonconformity still being worked on is not judged yet',
      aims: aimsOf({ nonconformities: [wellHandled, build.nonconformities({ status: 'open', correctiveActions: [open('Analyse')] })] }),
    },
    {
      name: 'no correction recorded: the actions cannot be compared with it, root cause and action are enough',
      aims: aimsOf({ nonconformities: [build.nonconformities({
        status: 'closed', rootCause: 'No owner for dataset refresh', correctiveActions: [done('Name a dataset owner in the data procedure')],
      })] }),
    },
    {
      name: 'nothing finished yet: not applicable',
      aims: aimsOf({ nonconformities: [build.nonconformities({ status: 'open', correctiveActions: [] })] }),
      outcome: 'not-applicable',
    },
    { name: 'an empty register: not applicable', aims: aimsOf(), outcome: 'not-applicable' },
    {
      name: 'issue 9 (2026-12-02): a minor nonconformity with a reasoned decision that no action is needed (10.2 b)',
      now: '2026-12-02',
      aims: aimsOf({ nonconformities: [build.nonconformities({
        status: 'closed', closedOn: '2026-08-01', correction: 'Re-approved the two documents',
        noActionReason: 'Caused by the one-time migration to the new DMS; the migration is complete and the old system is gone',
      })] }),
    },
  ],
  invalid: [
    {
      name: 'issue 9 (2026-12-02): "no action needed" without reasons is not an evaluation',
      now: '2026-12-02',
      aims: aimsOf({ nonconformities: [build.nonconformities({ id: 'nc-bare', status: 'closed', correction: 'Fixed', noActionReason: 'n/a' })] }),
      reports: [{ message: 'with a correction only', outcome: 'finding' }],
    },
    {
      name: 'issue 9 (2026-12-02): a major nonconformity judged to need no action: review, not a finding',
      now: '2026-12-02',
      aims: aimsOf({ nonconformities: [build.nonconformities({
        id: 'nc-maj', classification: 'major', status: 'closed', correction: 'Suspended the model',
        noActionReason: 'The model is being replaced next quarter',
      })] }),
      reports: [{ outcome: 'needs-review', message: 'Major nonconformity "Nonconformity nc-maj" (nc-maj) was judged to need no action to eliminate its cause ("The model is being replaced next quarter")' }],
    },
    {
      name: 'issue 9 (2026-12-02): "human error" inside a longer root cause still calls for review',
      now: '2026-12-02',
      aims: aimsOf({ nonconformities: [build.nonconformities({
        status: 'closed', correction: 'Restored the threshold', rootCause: 'Human error by the analyst when editing the threshold',
        correctiveActions: [done('Remind analysts to double-check thresholds')],
      })] }),
      reports: [{ outcome: 'needs-review', message: 'gives "Human error by the analyst when editing the threshold" as its root cause' }],
    },
    {
      name: 'closed with only a correction',
      aims: aimsOf({ nonconformities: [wellHandled, build.nonconformities({
        id: 'nc-fix', title: 'Model card outdated', status: 'closed', correction: 'Updated the model card', correctiveActions: [],
      })] }),
      reports: [{ message: 'Nonconformity "Model card outdated" (nc-fix) was closed with a correction only', subjects: [{ register: 'nonconformities', id: 'nc-fix' }], severity: 'minor' }],
    },
    {
      name: 'a placeholder root cause counts as none; one lapse is minor whatever the class of the nonconformity (only the risk class raises)',
      now: '2026-11-01',
      aims: aimsOf({ nonconformities: [build.nonconformities({
        id: 'nc-major', classification: 'major', status: 'closed', rootCause: 'TBD', correction: 'Fixed',
        correctiveActions: [done('Introduce peer review of impact assessments')],
      })] }),
      reports: [{ message: 'without a root-cause analysis', severity: 'minor', basis: 'isolated' }],
    },
    {
      name: 'a root cause but no corrective action',
      aims: aimsOf({ nonconformities: [build.nonconformities({ id: 'nc-rc', status: 'closed', rootCause: 'No review step', correction: 'Fixed the entry' })] }),
      reports: [{ message: 'with a root cause but no corrective action', subjects: [{ register: 'nonconformities', id: 'nc-rc' }] }],
    },
    {
      name: 'every action restates the correction',
      aims: aimsOf({ nonconformities: [build.nonconformities({
        id: 'nc-repeat', status: 'closed', correction: 'Re-ran the bias test', rootCause: 'Test skipped under time pressure',
        correctiveActions: [done('Re-ran the bias test'), done('Re-ran the bias test again')],
      })] }),
      reports: [{ message: 'restate the correction ("Re-ran the bias test" and "Re-ran the bias test again")' }],
    },
    {
      name: 'still open but every action done counts as finished',
      aims: aimsOf({ nonconformities: [build.nonconformities({
        id: 'nc-open-done', status: 'open', correction: 'Corrected the record', correctiveActions: [done('Corrected the record')],
      })] }),
      reports: [{ message: 'was left with every action done without a root-cause analysis' }],
    },
    {
      name: '"human error" as root cause needs a reader',
      aims: aimsOf({ nonconformities: [build.nonconformities({
        id: 'nc-human', status: 'closed', rootCause: 'Human error.', correctiveActions: [done('Add a validation rule to the intake form')],
      })] }),
      reports: [{ outcome: 'needs-review', message: 'gives "Human error." as its root cause' }],
    },
    {
      name: 'actions that resemble the correction need a reader, and a major stays at the default severity for a review',
      aims: aimsOf({ nonconformities: [build.nonconformities({
        id: 'nc-close', classification: 'major', status: 'closed', correction: 'Retrained the model',
        rootCause: 'Drift went unnoticed', correctiveActions: [done('Retrained the model on corrected data')],
      })] }),
      reports: [{ outcome: 'needs-review', message: 'close to its correction', severity: 'minor' }],
    },
    {
      name: 'one report per offending nonconformity',
      aims: aimsOf({ nonconformities: [
        build.nonconformities({ id: 'nc-a', status: 'closed' }),
        wellHandled,
        build.nonconformities({ id: 'nc-b', status: 'closed', rootCause: 'Unclear ownership' }),
      ] }),
      reports: [
        { subjects: [{ register: 'nonconformities', id: 'nc-a' }], message: 'correction only' },
        { subjects: [{ register: 'nonconformities', id: 'nc-b' }], message: 'no corrective action' },
      ],
    },
    {
      name: 'three of three finished nonconformities with a correction only: one finding listing them, systemic, major',
      now: '2026-12-02',
      aims: aimsOf({ nonconformities: ['nc-1', 'nc-2', 'nc-3'].map((id) => build.nonconformities({ id, status: 'closed', correction: 'Fixed', correctiveActions: [] })) }),
      reports: [{ message: '3 of the 3 nonconformities whose handling is finished', severity: 'major', basis: 'systemic', instances: 3 }],
    },
  ],
});
