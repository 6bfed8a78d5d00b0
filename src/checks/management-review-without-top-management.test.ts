// Tests of management-review-without-top-management: top management chairs or attends the management review.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './management-review-without-top-management.ts';

const ceo = build.persons({ id: 'p-ceo', name: 'Chief Executive', topManagement: true });
const owner = build.persons({ id: 'p-owner', name: 'AIMS Owner' });
const analyst = build.persons({ id: 'p-analyst', name: 'Risk Analyst' });
const people = [ceo, owner, analyst];
const review = (over: Parameters<typeof build.managementReviews>[0] = {}) =>
  build.managementReviews({ id: 'mr-1', title: 'AIMS review', heldOn: '2026-09-01', chairId: 'p-ceo', attendeeIds: ['p-owner'], ...over });

testCheck(check, {
  valid: [
    { name: 'chaired by top management', aims: aimsOf({ persons: people, managementReviews: [review()] }) },
    { name: 'top management attends, chaired by the AIMS owner', aims: aimsOf({ persons: people, managementReviews: [review({ chairId: 'p-owner', attendeeIds: ['p-ceo', 'p-analyst'] })] }) },
    {
      name: 'an older review without top management, more than a year ago, followed by one it chaired',
      aims: aimsOf({ persons: people, managementReviews: [review({ id: 'mr-old', heldOn: '2025-06-01', chairId: 'p-owner', attendeeIds: [] }), review()] }),
    },
    {
      name: 'a planned review is not judged',
      aims: aimsOf({ persons: people, managementReviews: [review(), review({ id: 'mr-next', status: 'planned', heldOn: '2027-03-01', chairId: undefined, attendeeIds: [] })] }),
    },
    {
      name: 'no one flagged, but a holder of the Executive Committee role chairs',
      aims: aimsOf({
        persons: [{ ...ceo, topManagement: undefined }, owner],
        roles: [build.roles({ name: 'Top management (Executive Committee)', kind: 'committee', holderIds: ['p-ceo'], accountableChairId: 'p-ceo' })],
        managementReviews: [review()],
      }),
    },
    { name: 'no review held yet', aims: aimsOf({ persons: people, managementReviews: [review({ status: 'planned', heldOn: '2026-12-01' })] }), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'the latest review held by the AIMS team alone: major',
      aims: aimsOf({ persons: people, managementReviews: [review({ chairId: 'p-owner', attendeeIds: ['p-analyst'] })] }),
      reports: [{
        message: '1 of the 1 management reviews of the last 12 months was held without top management (Chief Executive), the latest among them: "AIMS review" (mr-1) on 2026-09-01.',
        severity: 'major', instances: 1, subjects: [{ register: 'managementReviews', id: 'mr-1' }, { register: 'persons', id: 'p-owner' }],
      }],
    },
    {
      name: 'an earlier review of the year without top management, the latest with it: minor',
      aims: aimsOf({ persons: people, managementReviews: [review({ id: 'mr-0', heldOn: '2026-03-01', chairId: undefined, attendeeIds: ['p-owner'] }), review()] }),
      reports: [{ message: '1 of the 2 management reviews of the last 12 months was held without top management (Chief Executive): "AIMS review" (mr-0) on 2026-03-01.', severity: 'minor', instances: 1, subjects: [{ register: 'managementReviews', id: 'mr-0' }] }],
    },
    {
      name: 'minutes silent on attendance: needs review',
      aims: aimsOf({ persons: people, managementReviews: [review({ chairId: undefined, attendeeIds: [] })] }),
      reports: [{ outcome: 'needs-review', message: 'records neither a chair nor attendees' }],
    },
    {
      name: 'no one marked as top management: needs review',
      aims: aimsOf({ persons: [owner], managementReviews: [review({ chairId: 'p-owner' })] }),
      reports: [{ outcome: 'needs-review', message: 'No person is recorded as top management', subjects: [{ register: 'organisation', id: 'org-test' }] }],
    },
  ],
});
