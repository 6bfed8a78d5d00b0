// Table tests for interested-parties-missing: parties recorded, their needs determined, and some addressed by the AIMS.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './interested-parties-missing.ts';

const applicants = build.interestedParties({
  id: 'party-applicants', name: 'Loan applicants', category: 'affected-person',
  needs: [{ description: 'Fair and explained decisions', addressedByAims: true, how: 'Impact assessment and adverse-action notices' }],
});
const regulator = build.interestedParties({
  id: 'party-fca', name: 'Financial regulator', category: 'regulator', needs: [{ description: 'Consumer duty evidence', addressedByAims: false }],
});

testCheck(check, {
  valid: [
    { name: 'parties with determined needs, some addressed', aims: aimsOf({ interestedParties: [applicants, regulator], aiSystems: [build.aiSystems()] }) },
    {
      name: 'a need left outside the AIMS is a legitimate decision when others are addressed',
      aims: aimsOf({ interestedParties: [applicants, build.interestedParties({ category: 'investor', needs: [{ description: 'Returns', addressedByAims: false }] })] }),
    },
    {
      name: 'without in-scope AI systems a register without affected people is not questioned',
      aims: aimsOf({ interestedParties: [build.interestedParties({ category: 'regulator' })], aiSystems: [build.aiSystems({ inScope: false })] }),
    },
  ],
  invalid: [
    {
      name: 'no interested parties at all: major',
      aims: aimsOf({ aiSystems: [build.aiSystems()] }),
      reports: [{ severity: 'major', message: 'No interested parties are recorded', subjects: [{ register: 'organisation', id: 'org-test' }] }],
    },
    {
      name: 'a party without needs, and one whose only need is a placeholder: 2 of 3, systemic',
      now: '2026-11-01',
      aims: aimsOf({
        interestedParties: [
          applicants,
          build.interestedParties({ id: 'party-staff', name: 'Staff', category: 'employee', needs: [] }),
          build.interestedParties({ id: 'party-inv', name: 'Investors', category: 'investor', needs: [{ description: 'TBD', addressedByAims: true }] }),
        ],
      }),
      reports: [
        {
          message: '2 of the 3 interested parties are listed without any determined needs or expectations', severity: 'major', basis: 'systemic', instances: 2,
          instanceMessages: ['Interested party "Staff" (party-staff) is listed without any determined needs'],
          subjects: [{ register: 'interestedParties', id: 'party-staff' }, { register: 'interestedParties', id: 'party-inv' }],
        },
      ],
    },
    {
      name: 'no determined need is addressed by the AIMS',
      aims: aimsOf({ interestedParties: [regulator, build.interestedParties({ category: 'customer', needs: [{ description: 'Explainability', addressedByAims: false }] })] }),
      reports: [{ message: 'None of the 2 needs determined for interested parties is marked as addressed by the AIMS.' }],
    },
    {
      name: 'in-scope AI systems but nobody who stands for the people they affect: needs review',
      aims: aimsOf({ interestedParties: [regulator, build.interestedParties({ category: 'supplier' })], aiSystems: [build.aiSystems(), build.aiSystems({ status: 'retired' })] }),
      reports: [{ outcome: 'needs-review', message: 'although 1 AI system in scope acts on people; check' }],
    },
  ],
});
