// Tests of aims-responsibilities-unassigned: the two assignments of 5.3 reach a named person.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './aims-responsibilities-unassigned.ts';

const nadia = build.persons({ id: 'p-nadia', name: 'Nadia' });
const owner = (over: Parameters<typeof build.roles>[0] = {}) =>
  build.roles({ id: 'role-owner', name: 'AIMS owner', holderIds: ['p-nadia'], responsibilities: ['Run the AIMS'], aimsAssignments: ['aims-conformance', 'performance-reporting'], ...over });

testCheck(check, {
  valid: [
    { name: 'both assignments recorded on a held role', aims: aimsOf({ persons: [nadia], roles: [owner()] }) },
    {
      name: 'split over two roles',
      aims: aimsOf({ persons: [nadia], roles: [owner({ aimsAssignments: ['aims-conformance'] }), owner({ id: 'role-2', aimsAssignments: ['performance-reporting'] })] }),
    },
    {
      name: 'no recorded assignments, but the responsibilities say both in words',
      aims: aimsOf({
        persons: [nadia],
        roles: [owner({ aimsAssignments: undefined, responsibilities: ['Ensure the AIMS conforms to ISO/IEC 42001', 'Report AIMS performance to top management'] })],
      }),
    },
    { name: 'no roles at all', aims: aimsOf(), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'assignments recorded, but performance reporting given to no one: major',
      aims: aimsOf({ persons: [nadia], roles: [owner({ aimsAssignments: ['aims-conformance'] })] }),
      reports: [{ message: 'No role carries reporting on the performance of the AIMS to top management (5.3 b).', severity: 'major', subjects: [{ register: 'organisation', id: 'org-test' }] }],
    },
    {
      name: 'assigned to a role nobody holds: minor',
      aims: aimsOf({ persons: [nadia], roles: [owner({ holderIds: [] }), owner({ id: 'role-2', aimsAssignments: ['performance-reporting'] })] }),
      reports: [{ message: 'Role "AIMS owner" (role-owner) carries ensuring that the AIMS conforms to the requirements of ISO/IEC 42001 (5.3 a), but no active named person holds it.', severity: 'minor' }],
    },
    {
      name: 'nothing recorded and conformance in no one’s words: needs review',
      aims: aimsOf({ persons: [nadia], roles: [owner({ aimsAssignments: undefined, responsibilities: ['Run the AIMS day to day', 'Report AIMS performance to top management'] })] }),
      reports: [{ outcome: 'needs-review', message: 'No role records ensuring that the AIMS conforms to the requirements of ISO/IEC 42001 (5.3 a) as an assignment' }],
    },
  ],
});
