// Tests of ai-system-without-impact-assessment: in-scope systems past inception need an impact assessment on record.
import { build, aimsOf } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './ai-system-without-impact-assessment.ts';

const ais = build.aiSystems;
const ia = build.impactAssessments;

testCheck(check, {
  valid: [
    { name: 'no AI systems at all', aims: aimsOf(), outcome: 'not-applicable' },
    {
      name: 'only out-of-scope, retired or just-proposed systems',
      aims: aimsOf({
        aiSystems: [
          ais({ inScope: false }),
          ais({ status: 'retired' }),
          ais({ status: 'proposed', lifecycle: { stages: ['inception', 'impact-assessment'], currentStage: 'impact-assessment', gates: [] } }),
          ais({ status: 'proposed' }),
        ],
      }),
      outcome: 'not-applicable',
    },
    {
      name: 'every system in scope has an assessment',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-a' }), ais({ id: 'ais-b', status: 'in-development' })], impactAssessments: [ia({ aiSystemId: 'ais-a' }), ia({ aiSystemId: 'ais-b' })] }),
    },
    {
      name: 'an assessment dated exactly today counts',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-a' })], impactAssessments: [ia({ aiSystemId: 'ais-a', assessedOn: '2026-11-01' })] }),
    },
    {
      name: 'one substantive assessment among empty ones is enough',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-a' })], impactAssessments: [ia({ aiSystemId: 'ais-a', impacts: [], affectedParties: [] }), ia({ aiSystemId: 'ais-a' })] }),
    },
  ],
  invalid: [
    {
      name: 'the only in-scope system in operation was never assessed: the process is absent, major',
      now: '2026-11-01',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-credit', name: 'Credit scoring' })], impactAssessments: [ia({ aiSystemId: 'ais-other' })] }),
      reports: [{ message: '1 of the 1 AI systems in the AIMS scope that need an impact assessment have none yet: "Credit scoring" (ais-credit).', severity: 'major', basis: 'absent', instances: 1, subjects: [{ register: 'aiSystems', id: 'ais-credit' }] }],
    },
    {
      name: 'a system in development without assessment while three others are assessed is an isolated lapse, minor',
      now: '2026-11-01',
      aims: aimsOf({
        aiSystems: [ais({ id: 'ais-a' }), ais({ id: 'ais-b' }), ais({ id: 'ais-c' }), ais({ id: 'ais-dev', status: 'in-development' })],
        impactAssessments: [ia({ aiSystemId: 'ais-a' }), ia({ aiSystemId: 'ais-b' }), ia({ aiSystemId: 'ais-c' })],
      }),
      reports: [{ message: '1 of the 4 AI systems', severity: 'minor', basis: 'isolated', instances: 1, subjects: [{ register: 'aiSystems', id: 'ais-dev' }] }],
    },
    {
      name: 'the same lapse for a system classified high-risk under the EU AI Act is raised to major',
      now: '2026-11-01',
      aims: aimsOf({
        aiSystems: [ais({ id: 'ais-a' }), ais({ id: 'ais-b' }), ais({ id: 'ais-c' }), ais({ id: 'ais-dev', status: 'in-development', euAiActRiskClass: 'high-risk' })],
        impactAssessments: [ia({ aiSystemId: 'ais-a' }), ia({ aiSystemId: 'ais-b' }), ia({ aiSystemId: 'ais-c' })],
      }),
      reports: [{ message: '1 of the 4 AI systems', severity: 'major', basis: 'raised from minor because AI system "AI system ais-dev" (ais-dev) is high-risk under the EU AI Act', instances: 1 }],
    },
    {
      name: 'a system in scope only through the scope statement, with an out-of-scope flag',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-s', inScope: false })], scopeStatements: [build.scopeStatements({ includedAiSystemIds: ['ais-s'] })] }),
      reports: [{ message: '(ais-s)', severity: 'major', instances: 1 }],
    },
    {
      name: 'a proposed system whose current stage is past the impact-assessment stage',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-p', status: 'proposed', lifecycle: { stages: [], currentStage: 'requirements-and-design', gates: [] } })] }),
      reports: [{ message: '(ais-p)', instances: 1 }],
    },
    {
      name: 'an assessment dated after today is not yet evidence',
      now: '2026-11-01',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-a' })], impactAssessments: [ia({ aiSystemId: 'ais-a', assessedOn: '2026-11-02' })] }),
      reports: [{ message: '1 of the 1 AI systems', severity: 'major', instances: 1 }],
    },
    {
      name: 'only empty assessment records: needs review',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-a' })], impactAssessments: [ia({ id: 'ia-empty', aiSystemId: 'ais-a', impacts: [], affectedParties: [] })] }),
      reports: [{ outcome: 'needs-review', message: 'records (ia-empty) that name no affected parties and no impacts', subjects: [{ register: 'aiSystems', id: 'ais-a' }, { register: 'impactAssessments', id: 'ia-empty' }] }],
    },
    {
      name: 'one finding listing every unassessed system; two of three left out is systemic, major',
      now: '2026-12-02',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-1' }), ais({ id: 'ais-2' }), ais({ id: 'ais-3' })], impactAssessments: [ia({ aiSystemId: 'ais-2' })] }),
      reports: [{ severity: 'major', basis: 'systemic (the lapse runs through the process), 2 of 3 examined', instances: 2, subjects: [{ register: 'aiSystems', id: 'ais-1' }, { register: 'aiSystems', id: 'ais-3' }] }],
    },
  ],
});
