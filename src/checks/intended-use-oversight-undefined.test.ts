// Tests of intended-use-oversight-undefined: systems in operation have human oversight and a bounded intended use.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './intended-use-oversight-undefined.ts';

const overseen = (id: string, over: Parameters<typeof build.aiSystems>[0] = {}) =>
  build.aiSystems({ id, name: `System ${id}`, humanOversight: 'Underwriters review every referral and can override.', ...over });

testCheck(check, {
  valid: [
    { name: 'oversight defined, intended use bounded', aims: aimsOf({ aiSystems: [overseen('a'), overseen('b')] }) },
    {
      name: 'systems in development, proposed or out of scope are not judged',
      aims: aimsOf({ aiSystems: [overseen('a'), build.aiSystems({ status: 'in-development' }), build.aiSystems({ status: 'proposed' }), build.aiSystems({ inScope: false })] }),
    },
    { name: 'no system in operation', aims: aimsOf({ aiSystems: [build.aiSystems({ status: 'in-development' })] }), outcome: 'not-applicable' },
    {
      name: 'A.9.2 and A.9.4 excluded for a reason',
      aims: aimsOf({
        aiSystems: [build.aiSystems()],
        soaEntries: ['A.9.2', 'A.9.4'].map((controlId) => build.soaEntries({ controlId, applicable: false, implementationStatus: 'not-applicable', justification: 'We only develop; customers operate.' })),
      }),
      outcome: 'not-applicable',
    },
  ],
  invalid: [
    {
      name: 'one of three systems (a limited-risk one) without oversight: minor',
      aims: aimsOf({ aiSystems: [overseen('a'), overseen('b'), build.aiSystems({ id: 'c', name: 'Chat', euAiActRiskClass: 'limited-risk' })] }),
      reports: [{ message: '1 of the 3 AI systems in operation has no human oversight defined: "Chat" (c).', severity: 'minor', instances: 1, subjects: [{ register: 'aiSystems', id: 'c' }] }],
    },
    {
      name: 'one high-risk system without oversight among three: raised to major',
      aims: aimsOf({ aiSystems: [overseen('a'), overseen('b'), build.aiSystems({ id: 'c', name: 'Credit', euAiActRiskClass: 'high-risk' })] }),
      reports: [{ message: '"Credit" (c) (EU AI Act high-risk)', severity: 'major' }],
    },
    {
      name: 'a minimal-risk system without oversight: an observation to confirm',
      aims: aimsOf({ aiSystems: [overseen('a'), build.aiSystems({ id: 'm', name: 'Rota planner', euAiActRiskClass: 'minimal-risk' })] }),
      reports: [{ message: '1 minimal-risk AI system in operation records no human oversight ("Rota planner" (m))', severity: 'observation' }],
    },
    {
      name: 'no system has oversight: systemic, major',
      aims: aimsOf({ aiSystems: [build.aiSystems({ id: 'a' }), build.aiSystems({ id: 'b' }), build.aiSystems({ id: 'c' })] }),
      reports: [{ message: '3 of the 3 AI systems in operation have no human oversight defined', severity: 'major', instances: 3 }],
    },
    {
      name: 'an intended use that repeats the purpose needs review',
      aims: aimsOf({ aiSystems: [overseen('a', { purpose: 'Scores loan applications.', intendedUse: 'Scores loan applications' })] }),
      reports: [{ outcome: 'needs-review', message: 'only restates its purpose ("System a" (a))' }],
    },
  ],
});
