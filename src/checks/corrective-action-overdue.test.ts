// corrective-action-overdue: due-date boundary, completed-but-not-updated actions, many overdue actions, and the 30-day rule.
import { aimsOf, build } from '../../test/factories.ts';
import type { CorrectiveAction } from '../domain/index.ts';
import { testCheck } from './check-tester.ts';
import check from './corrective-action-overdue.ts';

const action = (overrides: Partial<CorrectiveAction> = {}): CorrectiveAction => ({ id: 'ca-1', description: 'Add AI policy to onboarding', status: 'open', ...overrides });
const nc = (overrides: Parameters<typeof build.nonconformities>[0] = {}) =>
  build.nonconformities({ id: 'nc-7', title: 'Awareness records missing', raisedOn: '2026-09-01', ...overrides });

testCheck(check, {
  valid: [
    { name: 'an open action due later', aims: aimsOf({ nonconformities: [nc({ correctiveActions: [action({ dueDate: '2026-12-01' })] })] }) },
    { name: 'an open action due today', aims: aimsOf({ nonconformities: [nc({ correctiveActions: [action({ dueDate: '2026-11-01' })] })] }) },
    { name: 'a done action past its due date', aims: aimsOf({ nonconformities: [nc({ correctiveActions: [action({ dueDate: '2026-10-01', status: 'done', completedOn: '2026-10-05' })] })] }) },
    {
      name: 'an action with a completion date but status not updated',
      aims: aimsOf({ nonconformities: [nc({ correctiveActions: [action({ dueDate: '2026-10-01', completedOn: '2026-09-28' })] })] }),
    },
    { name: 'an open action without a due date is not overdue', aims: aimsOf({ nonconformities: [nc({ correctiveActions: [action()] })] }) },
    { name: 'a nonconformity raised exactly 30 days ago without actions yet', aims: aimsOf({ nonconformities: [nc({ raisedOn: '2026-10-02' })] }) },
    { name: 'a closed nonconformity without actions is for other checks', aims: aimsOf({ nonconformities: [nc({ status: 'closed', raisedOn: '2025-01-01' })] }) },
    { name: 'no nonconformities', aims: aimsOf(), outcome: 'not-applicable' },
    {
      name: 'issue 9 (2026-12-02): open for months with a reasoned decision that no action is needed (10.2 b)',
      now: '2026-12-02',
      aims: aimsOf({ nonconformities: [nc({ raisedOn: '2026-06-01', noActionReason: 'The affected pilot ended on 2026-06-15 and will not restart' })] }),
    },
  ],
  invalid: [
    {
      name: 'issue 9 (2026-12-02): a "no action" decision without reasons does not excuse the missing plan',
      now: '2026-12-02',
      aims: aimsOf({ nonconformities: [nc({ raisedOn: '2026-06-01', noActionReason: 'TBD' })] }),
      reports: [{ message: 'still has no corrective action planned and no reasoned decision that none is needed' }],
    },
    {
      name: 'an open action one day past due',
      aims: aimsOf({ nonconformities: [nc({ correctiveActions: [action({ dueDate: '2026-10-31' })] })] }),
      reports: [{
        message: 'Nonconformity "Awareness records missing" (nc-7) has corrective action "Add AI policy to onboarding" open past its due date of 2026-10-31 (1 day overdue)',
        severity: 'minor',
        subjects: [{ register: 'nonconformities', id: 'nc-7' }],
      }],
    },
    {
      name: 'several overdue actions on one nonconformity: one report naming the oldest; an isolated lapse whatever the nonconformity\'s class',
      now: '2026-11-01',
      aims: aimsOf({
        nonconformities: [nc({
          classification: 'major',
          correctiveActions: [
            action({ id: 'ca-1', dueDate: '2026-10-15' }),
            action({ id: 'ca-2', description: 'Brief the data science team', dueDate: '2026-08-31' }),
            action({ id: 'ca-3', description: 'Not yet due', dueDate: '2026-12-31' }),
          ],
        })],
      }),
      reports: [{
        message: 'has 2 corrective actions open past their due dates, the oldest due on 2026-08-31 (62 days overdue): "Add AI policy to onboarding" and "Brief the data science team"',
        severity: 'minor', basis: 'isolated',
      }],
    },
    {
      name: 'a closed nonconformity with an action still open past due',
      aims: aimsOf({ nonconformities: [nc({ status: 'closed', correctiveActions: [action({ dueDate: '2026-06-30' })] })] }),
      reports: [{ message: 'open past its due date of 2026-06-30' }],
    },
    {
      name: 'an open nonconformity 31 days old with no corrective action',
      aims: aimsOf({ nonconformities: [nc({ raisedOn: '2026-10-01' }), nc({ id: 'nc-8', raisedOn: '2026-10-20' })] }),
      reports: [{ message: 'Nonconformity "Awareness records missing" (nc-7) was raised on 2026-10-01, 31 days ago, and still has no corrective action planned', subjects: [{ register: 'nonconformities', id: 'nc-7' }] }],
    },
    {
      name: 'a long action description is shortened in the message',
      aims: aimsOf({ nonconformities: [nc({ correctiveActions: [action({ dueDate: '2026-10-01', description: `Rewrite ${'the onboarding pack '.repeat(10)}` })] })] }),
      reports: [{ message: '…" open past its due date' }],
    },
    {
      name: 'three of four nonconformities with overdue actions: one finding listing them, systemic, major',
      now: '2026-12-02',
      aims: aimsOf({
        nonconformities: [
          ...['nc-a', 'nc-b', 'nc-c'].map((id) => nc({ id, correctiveActions: [action({ id: `ca-${id}`, dueDate: '2026-11-01' })] })),
          nc({ id: 'nc-d', correctiveActions: [action({ id: 'ca-d', dueDate: '2027-01-31' })] }),
        ],
      }),
      reports: [{ message: '3 of the 4 nonconformities have corrective actions open past their due dates', severity: 'major', basis: 'systemic', instances: 3 }],
    },
  ],
});
