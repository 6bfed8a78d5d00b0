// Tests of management-review-actions-not-followed-up: review actions are owned, dated and closed in time.
import { aimsOf, build } from '../../test/factories.ts';
import type { ManagementReview } from '../domain/index.ts';
import { testCheck } from './check-tester.ts';
import check from './management-review-actions-not-followed-up.ts';

type Action = ManagementReview['actions'][number];
const action = (description: string, over: Partial<Action> = {}): Action => ({ description, ownerId: 'p-1', dueDate: '2026-12-01', status: 'open', ...over });
const review = (actions: Action[], over: Parameters<typeof build.managementReviews>[0] = {}) =>
  build.managementReviews({ id: 'mr-1', heldOn: '2026-06-01', actions, ...over });
const persons = [build.persons({ id: 'p-1', name: 'Nadia' })];

testCheck(check, {
  valid: [
    { name: 'open actions not yet due, and done ones', aims: aimsOf({ persons, managementReviews: [review([action('Publish a transparency note'), action('Fix reminders', { dueDate: '2026-07-01', status: 'done' })])] }) },
    { name: 'a done action past its date is followed up', aims: aimsOf({ persons, managementReviews: [review([action('Old', { dueDate: '2026-01-01', status: 'done', ownerId: undefined })])] }) },
    { name: 'reviews without actions', aims: aimsOf({ managementReviews: [review([])] }), outcome: 'not-applicable' },
    { name: 'actions of a planned review are not judged', aims: aimsOf({ managementReviews: [review([action('Later', { dueDate: '2026-01-01' })], { status: 'planned', heldOn: '2026-12-01' })] }), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'one of four actions overdue: an isolated lapse, minor',
      aims: aimsOf({
        persons,
        managementReviews: [review([action('Publish a transparency note', { dueDate: '2026-09-30' }), action('B'), action('C'), action('D', { status: 'done' })])],
      }),
      reports: [{
        message: '1 of the 4 actions decided at management reviews is open past its due date: "Publish a transparency note" (mr-1, due 2026-09-30, Nadia).',
        severity: 'minor', instances: 1, subjects: [{ register: 'managementReviews', id: 'mr-1' }],
      }],
    },
    {
      name: 'every action overdue: systemic, major',
      aims: aimsOf({ persons, managementReviews: [review([action('A', { dueDate: '2026-08-01' }), action('B', { dueDate: '2026-09-01' }), action('C', { dueDate: '2026-10-01' })])] }),
      reports: [{ message: '3 of the 3 actions decided at management reviews are open past their due date', severity: 'major', instances: 3 }],
    },
    {
      name: 'an action with no owner and one with no date among five',
      aims: aimsOf({
        persons,
        managementReviews: [review([action('A', { ownerId: undefined }), action('B', { dueDate: undefined }), action('C'), action('D'), action('E')])],
      }),
      reports: [{ message: '2 of the 5 actions decided at management reviews have no owner or due date, so nobody can follow them up', severity: 'minor' }],
    },
  ],
});
