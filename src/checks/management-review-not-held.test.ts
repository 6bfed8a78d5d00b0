// management-review-not-held: the 12-month window on its boundary, planned reviews against Stage 2, and odd records.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './management-review-not-held.ts';

const held = (heldOn: string, overrides: Parameters<typeof build.managementReviews>[0] = {}) =>
  build.managementReviews({ title: `Review ${heldOn}`, status: 'held', heldOn, ...overrides });
const planned = (heldOn: string, overrides: Parameters<typeof build.managementReviews>[0] = {}) =>
  build.managementReviews({ title: `Review ${heldOn}`, status: 'planned', heldOn, ...overrides });
const stage2 = (plannedStart?: string) => build.externalAudits({ id: 'xa-s2', kind: 'stage-2', status: 'planned', plannedStart });
const certificate = () => build.certificates();

testCheck(check, {
  valid: [
    { name: 'a review held this year', aims: aimsOf({ managementReviews: [held('2026-06-15')] }) },
    { name: 'a review held exactly 12 months before now', aims: aimsOf({ managementReviews: [held('2025-11-01')] }) },
    { name: 'a review held today', aims: aimsOf({ managementReviews: [held('2026-11-01')] }) },
    { name: 'an old review and a recent one', aims: aimsOf({ managementReviews: [held('2026-09-01'), held('2024-01-01')] }) },
    {
      name: 'first review planned before Stage 2',
      aims: aimsOf({ managementReviews: [planned('2026-11-20')], externalAudits: [stage2('2026-12-01')] }),
    },
    {
      name: 'first review planned, no Stage 2 scheduled yet and not certified',
      aims: aimsOf({ managementReviews: [planned('2027-01-15')] }),
    },
  ],
  invalid: [
    {
      name: 'no management review at all',
      aims: aimsOf(),
      reports: [{ message: 'No management review of the AIMS has been held; none is planned', severity: 'major', subjects: [{ register: 'organisation', id: 'org-test' }] }],
    },
    {
      name: 'last review one day more than 12 months ago, none planned',
      aims: aimsOf({ managementReviews: [held('2025-10-31', { id: 'mr-old', title: 'Annual review 2025' })] }),
      reports: [{
        message: 'The last management review, "Annual review 2025" (mr-old), was held on 2025-10-31, more than 12 months before 2026-11-01; none is planned',
        severity: 'major',
        subjects: [{ register: 'managementReviews', id: 'mr-old' }],
      }],
    },
    {
      name: 'interval slipped but the next review is booked',
      aims: aimsOf({ managementReviews: [held('2025-06-01'), planned('2026-11-25', { id: 'mr-next', title: 'Annual review 2026' })] }),
      reports: [{ message: '; the next, "Annual review 2026", is planned for 2026-11-25', severity: 'minor', subjects: [{ register: 'managementReviews', id: 'mr-next' }] }],
    },
    {
      name: 'interval slipped and the next review comes only after Stage 2',
      aims: aimsOf({ managementReviews: [held('2025-06-01'), planned('2026-12-05')], externalAudits: [stage2('2026-12-01')] }),
      reports: [{ message: 'is planned for 2026-12-05, not before Stage 2 on 2026-12-01', severity: 'major' }],
    },
    {
      name: 'first review planned on the first day of Stage 2',
      aims: aimsOf({ managementReviews: [planned('2026-12-01', { id: 'mr-1', title: 'First review' })], externalAudits: [stage2('2026-12-01')] }),
      reports: [{
        message: 'No management review has been held, and the first, "First review" (mr-1), is planned for 2026-12-01, not before Stage 2 on 2026-12-01',
        severity: 'major',
        subjects: [{ register: 'managementReviews', id: 'mr-1' }, { register: 'externalAudits', id: 'xa-s2' }],
      }],
    },
    {
      name: 'first review planned but Stage 2 has no date',
      aims: aimsOf({ managementReviews: [planned('2026-11-20')], externalAudits: [stage2(undefined)] }),
      reports: [{ outcome: 'needs-review', message: 'Stage 2 has no planned date' }],
    },
    {
      name: 'a planned review whose date passed without being held',
      aims: aimsOf({ managementReviews: [planned('2026-09-30', { title: 'Q3 review' })] }),
      reports: [{ message: 'No management review of the AIMS has been held (the one planned for 2026-09-30, "Q3 review", is not recorded as held); none is planned' }],
    },
    {
      name: 'a review marked held but dated in the future has not happened',
      aims: aimsOf({ managementReviews: [held('2026-12-10', { title: 'December review' })], certificates: [certificate()] }),
      reports: [{ message: 'has been held; the next, "December review", is planned for 2026-12-10', severity: 'major' }],
    },
    {
      name: 'certified organisation with only a planned review',
      aims: aimsOf({ managementReviews: [planned('2027-01-15')], certificates: [certificate()] }),
      reports: [{ message: 'No management review of the AIMS has been held; the next' }],
    },
  ],
});
