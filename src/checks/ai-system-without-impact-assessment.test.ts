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
      name: 'the only in-scope system in operation was never assessed',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-credit', name: 'Credit scoring' })], impactAssessments: [ia({ aiSystemId: 'ais-other' })] }),
      reports: [{ message: 'AI system "Credit scoring" (ais-credit) is in the AIMS scope and in operation, but no impact assessment of it is recorded.', severity: 'major', subjects: [{ register: 'aiSystems', id: 'ais-credit' }] }],
    },
    {
      name: 'a system in development without assessment while others are assessed is minor',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-a' }), ais({ id: 'ais-dev', status: 'in-development' })], impactAssessments: [ia({ aiSystemId: 'ais-a' })] }),
      reports: [{ message: '(ais-dev) is in the AIMS scope and in development', severity: 'minor' }],
    },
    {
      name: 'a system in scope only through the scope statement, with an out-of-scope flag',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-s', inScope: false })], scopeStatements: [build.scopeStatements({ includedAiSystemIds: ['ais-s'] })] }),
      reports: [{ message: '(ais-s) is in the AIMS scope', severity: 'major' }],
    },
    {
      name: 'a proposed system whose current stage is past the impact-assessment stage',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-p', status: 'proposed', lifecycle: { stages: [], currentStage: 'requirements-and-design', gates: [] } })] }),
      reports: [{ message: 'at the requirements-and-design stage' }],
    },
    {
      name: 'an assessment dated after today is not yet evidence',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-a' })], impactAssessments: [ia({ aiSystemId: 'ais-a', assessedOn: '2026-11-02' })] }),
      reports: [{ message: 'its only impact assessments are dated after 2026-11-01 (2026-11-02)', severity: 'major' }],
    },
    {
      name: 'only empty assessment records: needs review',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-a' })], impactAssessments: [ia({ id: 'ia-empty', aiSystemId: 'ais-a', impacts: [], affectedParties: [] })] }),
      reports: [{ outcome: 'needs-review', message: 'records (ia-empty) that name no affected parties and no impacts', subjects: [{ register: 'aiSystems', id: 'ais-a' }, { register: 'impactAssessments', id: 'ia-empty' }] }],
    },
    {
      name: 'one report per unassessed system',
      aims: aimsOf({ aiSystems: [ais({ id: 'ais-1' }), ais({ id: 'ais-2' }), ais({ id: 'ais-3' })], impactAssessments: [ia({ aiSystemId: 'ais-2' })] }),
      reports: [{ subjects: [{ register: 'aiSystems', id: 'ais-1' }] }, { subjects: [{ register: 'aiSystems', id: 'ais-3' }] }],
    },
  ],
});
