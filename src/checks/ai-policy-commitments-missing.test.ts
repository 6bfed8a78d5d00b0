// Tests of ai-policy-commitments-missing: the commitments of 5.2 and the alignment of A.2.3.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './ai-policy-commitments-missing.ts';

const policy = (over: Parameters<typeof build.aiPolicies>[0] = {}) =>
  build.aiPolicies({ id: 'policy-ai', title: 'AI policy', alignedPolicies: ['Information security policy', 'Data protection policy'], ...over });

testCheck(check, {
  valid: [
    { name: 'both commitments and aligned policies recorded', aims: aimsOf({ aiPolicies: [policy()] }) },
    {
      name: 'no alignment recorded, with A.2.3 excluded for a reason',
      aims: aimsOf({
        aiPolicies: [policy({ alignedPolicies: undefined })],
        soaEntries: [build.soaEntries({ controlId: 'A.2.3', applicable: false, implementationStatus: 'not-applicable', justification: 'The AI policy is the only policy of this start-up.' })],
      }),
    },
    {
      name: 'commitments not ticked, but the policy text in force makes both',
      aims: aimsOf({
        aiPolicies: [policy({ commitments: ['responsible-ai'] })],
        documents: [build.documents({
          id: 'doc-policy',
          versions: [{ version: '1.0', status: 'approved', approvedOn: '2026-05-01', content: 'We comply with applicable legal requirements and continually improve the AIMS.' }],
        })],
      }),
    },
    { name: 'no AI policy', aims: aimsOf(), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'no commitment to continual improvement: minor',
      aims: aimsOf({ aiPolicies: [policy({ commitments: ['applicable-requirements', 'responsible-ai'] })] }),
      reports: [{ message: 'AI policy "AI policy" (policy-ai) does not commit to continual improvement of the AIMS (5.2 d).', severity: 'minor', subjects: [{ register: 'aiPolicies', id: 'policy-ai' }] }],
    },
    {
      name: 'neither commitment: major',
      aims: aimsOf({ aiPolicies: [policy({ commitments: ['responsible-ai'] })] }),
      reports: [{ message: 'does not commit to satisfy applicable requirements (5.2 c) and to continual improvement of the AIMS (5.2 d).', severity: 'major' }],
    },
    {
      name: 'no aligned policies although an ISMS runs',
      aims: aimsOf({ aiPolicies: [policy({ alignedPolicies: [' '] })] }, { certifiedManagementSystems: ['ISO/IEC 27001:2022'] }),
      reports: [{ message: 'records no other organisational policy it was aligned with although the organisation runs ISO/IEC 27001:2022, whose policies touch AI', severity: 'minor' }],
    },
  ],
});
