// Table tests for limitations-not-communicated: in-scope AI systems with known limitations need external communication of them.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './limitations-not-communicated.ts';

const credit = build.aiSystems({ id: 'ais-credit', name: 'Credit scoring', knownLimitations: ['Less accurate for thin credit files'] });
const chat = build.aiSystems({ id: 'ais-chat', name: 'Support assistant', knownLimitations: ['May state wrong facts', 'English only'] });

const plan = (aiSystemIds?: string[], over: Partial<Parameters<typeof build.communicationPlan>[0]> = {}) =>
  build.communicationPlan({ topic: 'known-limitations', direction: 'external', what: 'Known limitations', audience: 'Customers', ...(aiSystemIds ? { aiSystemIds } : {}), ...over });
const log = (aiSystemIds?: string[], over: Partial<Parameters<typeof build.communicationLog>[0]> = {}) =>
  build.communicationLog({ topic: 'known-limitations', direction: 'external', audience: 'Customers', subject: 'Limitations page', ...(aiSystemIds ? { aiSystemIds } : {}), ...over });

testCheck(check, {
  valid: [
    { name: 'a plan entry naming the system', aims: aimsOf({ aiSystems: [credit], communicationPlan: [plan(['ais-credit'])] }) },
    { name: 'a plan entry naming no system covers every system', aims: aimsOf({ aiSystems: [credit, chat], communicationPlan: [plan()] }) },
    { name: 'an empty list of systems also covers every system', aims: aimsOf({ aiSystems: [credit, chat], communicationPlan: [plan([])] }) },
    { name: 'a logged external communication without a plan entry', aims: aimsOf({ aiSystems: [credit], communicationLog: [log(['ais-credit'])] }) },
    {
      name: 'a log entry naming no system covers what its plan entry covers',
      aims: aimsOf({
        aiSystems: [credit],
        communicationPlan: [build.communicationPlan({ id: 'cp-int', topic: 'known-limitations', direction: 'internal', aiSystemIds: ['ais-credit'] })],
        communicationLog: [log(undefined, { planEntryId: 'cp-int' })],
      }),
    },
    {
      name: 'out-of-scope, proposed and retired systems are not examined; blank limitations do not count',
      aims: aimsOf({
        aiSystems: [
          credit,
          build.aiSystems({ inScope: false, knownLimitations: ['Bias'] }),
          build.aiSystems({ status: 'retired', knownLimitations: ['Bias'] }),
          build.aiSystems({ status: 'proposed', knownLimitations: ['Bias'] }),
          build.aiSystems({ knownLimitations: ['  ', 'n/a'] }),
        ],
        communicationPlan: [plan(['ais-credit'])],
      }),
    },
    {
      name: 'a general-purpose tool staff use: internal communication reaches its users',
      aims: aimsOf({
        aiSystems: [{ ...chat, generalPurposeTool: true }],
        communicationPlan: [plan(['ais-chat'], { direction: 'internal', audience: 'Licensed staff' })],
      }),
    },
    {
      name: 'issue 9 (2026-12-02): an internal tool used by staff: internal communication of its limitations is what its users need',
      now: '2026-12-02',
      aims: aimsOf({
        aiSystems: [build.aiSystems({ id: 'ais-hr', name: 'CV screening assistant', users: 'internal', knownLimitations: ['Weak on non-standard CV layouts'] })],
        communicationPlan: [plan(['ais-hr'], { direction: 'internal', audience: 'Recruiters' })],
      }),
    },
    {
      name: 'issue 9 (2026-12-02): a system used inside and outside, with both communications logged',
      now: '2026-12-02',
      aims: aimsOf({
        aiSystems: [{ ...credit, users: 'internal-and-external' }],
        communicationLog: [log(['ais-credit']), log(['ais-credit'], { direction: 'internal', audience: 'Credit officers' })],
      }),
    },
    { name: 'no in-scope system records limitations: not applicable', aims: aimsOf({ aiSystems: [build.aiSystems()] }), outcome: 'not-applicable' },
    { name: 'no AI systems: not applicable', aims: aimsOf(), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'a system the scope statement includes counts as in scope even where the inventory flag says otherwise',
      aims: aimsOf({
        aiSystems: [{ ...credit, inScope: false }],
        scopeStatements: [build.scopeStatements({ includedAiSystemIds: ['ais-credit'] })],
      }),
      reports: [{ message: 'AI system "Credit scoring" (ais-credit) has 1 known limitation', subjects: [{ register: 'aiSystems', id: 'ais-credit' }] }],
    },
    {
      name: 'nothing about limitations communicated',
      aims: aimsOf({ aiSystems: [credit], communicationPlan: [build.communicationPlan()], communicationLog: [build.communicationLog()] }),
      reports: [{
        message: 'AI system "Credit scoring" (ais-credit) has 1 known limitation but no external communication of them',
        subjects: [{ register: 'aiSystems', id: 'ais-credit' }], severity: 'minor',
      }],
    },
    {
      name: 'internal communication only does not count',
      aims: aimsOf({
        aiSystems: [chat],
        communicationPlan: [plan(['ais-chat'], { direction: 'internal' })],
        communicationLog: [log(['ais-chat'], { direction: 'internal' })],
      }),
      reports: [{ message: 'has 2 known limitations', subjects: [{ register: 'aiSystems', id: 'ais-chat' }] }],
    },
    {
      name: 'issue 9 (2026-12-02): staff users are not reached by an external page alone',
      now: '2026-12-02',
      aims: aimsOf({
        aiSystems: [build.aiSystems({ id: 'ais-hr', name: 'CV screening assistant', users: 'internal', knownLimitations: ['Weak on non-standard CV layouts'] })],
        communicationPlan: [plan(['ais-hr'])],
      }),
      reports: [{ message: 'has 1 known limitation but no internal communication of them to the staff who use it', severity: 'minor', subjects: [{ register: 'aiSystems', id: 'ais-hr' }] }],
    },
    {
      name: 'issue 9 (2026-12-02): a system used inside and outside needs both; the missing limb is reported',
      now: '2026-12-02',
      aims: aimsOf({ aiSystems: [{ ...credit, users: 'internal-and-external' }], communicationPlan: [plan(['ais-credit'])] }),
      reports: [{ message: 'no internal communication of them to the staff who use it' }],
    },
    {
      name: 'external entries on other topics or other systems do not count',
      aims: aimsOf({
        aiSystems: [credit, chat],
        communicationPlan: [plan(['ais-chat']), plan(['ais-credit'], { topic: 'incidents' })],
        communicationLog: [log(['ais-chat'])],
      }),
      reports: [{ subjects: [{ register: 'aiSystems', id: 'ais-credit' }] }],
    },
    {
      name: 'a system in development without a plan is an observation',
      aims: aimsOf({ aiSystems: [build.aiSystems({ id: 'ais-dev', status: 'in-development', knownLimitations: ['Untested on minors'] })] }),
      reports: [{ message: 'is in development with 1 known limitation', severity: 'observation', subjects: [{ register: 'aiSystems', id: 'ais-dev' }] }],
    },
    {
      name: 'one finding listing each system',
      now: '2026-12-02',
      aims: aimsOf({ aiSystems: [credit, chat] }),
      reports: [{ message: '2 of the 2 AI systems with known limitations have not communicated them to their users', instances: 2, subjects: [{ register: 'aiSystems', id: 'ais-credit' }, { register: 'aiSystems', id: 'ais-chat' }] }],
    },
  ],
});
