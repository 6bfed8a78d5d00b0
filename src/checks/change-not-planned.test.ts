// Tests of change-not-planned: changes to the AIMS and significant changes to AI systems are planned.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './change-not-planned.ts';

const planned = (id: string, over: Parameters<typeof build.plannedChanges>[0] = {}) =>
  build.plannedChanges({ id, title: `Change ${id}`, responsibleId: 'p-1', plannedFor: '2026-08-01', status: 'done', completedOn: '2026-08-03', ...over });
const fraud = build.aiSystems({ id: 'ais-fraud', name: 'Fraud model', lastSignificantChangeOn: '2026-09-02', euAiActRiskClass: 'minimal-risk' });

testCheck(check, {
  valid: [
    { name: 'changes with someone responsible and a date', aims: aimsOf({ plannedChanges: [planned('c1'), planned('c2', { status: 'approved', completedOn: undefined })] }) },
    {
      name: 'a significant system change described by a planned change',
      aims: aimsOf({ aiSystems: [fraud], plannedChanges: [planned('c1', { significant: true, consequences: 'Possible bias on shared devices.', aiSystemIds: ['ais-fraud'], completedOn: '2026-09-02' })] }),
    },
    {
      name: 'a significant system change taken through its validation and deployment gates',
      aims: aimsOf({
        aiSystems: [{ ...fraud, lifecycle: { stages: [], gates: [{ stage: 'deployment', decision: 'approved', approverId: 'p-1', decidedOn: '2026-09-02', evidenceIds: [] }] } }],
      }),
    },
    { name: 'proposed and withdrawn changes are not judged', aims: aimsOf({ plannedChanges: [planned('c0'), build.plannedChanges({ status: 'proposed' }), build.plannedChanges({ status: 'withdrawn' })] }) },
    { name: 'nothing changed', aims: aimsOf({ aiSystems: [build.aiSystems({ lastSignificantChangeOn: '2025-01-01' })] }), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'one of three changes done without anyone responsible: minor',
      aims: aimsOf({ plannedChanges: [planned('c1'), planned('c2'), planned('c3', { responsibleId: undefined })] }),
      reports: [{ message: '1 of the 3 approved or completed changes was carried out without a plan: "Change c3" (c3) (no person responsible).', severity: 'minor', instances: 1, subjects: [{ register: 'plannedChanges', id: 'c3' }] }],
    },
    {
      name: 'every change recorded after the fact: major',
      aims: aimsOf({ plannedChanges: [planned('c1', { plannedFor: undefined, responsibleId: undefined }), planned('c2', { significant: true, plannedFor: undefined }), planned('c3', { responsibleId: undefined })] }),
      reports: [{ message: '"Change c1" (c1) (no person responsible and planned date), "Change c2" (c2) (no planned date and consequences considered)', severity: 'major', instances: 3 }],
    },
    {
      name: 'a significant model change no planned change describes',
      aims: aimsOf({ aiSystems: [fraud, build.aiSystems({ id: 'ais-2', lastSignificantChangeOn: '2026-07-01' })], plannedChanges: [planned('c1', { aiSystemIds: ['ais-2'], completedOn: '2026-07-01' })] }),
      reports: [{ message: '1 of the 2 AI systems changed significantly in the last 12 months has no planned change describing it and no gate decision around it: "Fraud model" (ais-fraud), changed on 2026-09-02.', severity: 'minor' }],
    },
    {
      name: 'a high-risk system changed outside any plan: raised to major',
      aims: aimsOf({
        aiSystems: [{ ...fraud, euAiActRiskClass: 'high-risk' }, build.aiSystems({ id: 'ais-2', lastSignificantChangeOn: '2026-07-01' }), build.aiSystems({ id: 'ais-3', lastSignificantChangeOn: '2026-06-01' })],
        plannedChanges: [planned('c1', { aiSystemIds: ['ais-2', 'ais-3'], completedOn: '2026-06-20' })],
      }),
      reports: [{ message: '"Fraud model" (ais-fraud), changed on 2026-09-02', severity: 'major', subjects: [{ register: 'aiSystems', id: 'ais-fraud' }] }],
    },
  ],
});
