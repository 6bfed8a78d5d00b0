// Table tests for assessment-stale: assessments repeated on cadence and after significant changes, reported per AI system.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './assessment-stale.ts';

const credit = build.aiSystems({ id: 'ais-credit', name: 'Credit scoring' });
const chat = build.aiSystems({ id: 'ais-chat', name: 'Support assistant' });
const im = build.impactMethodologies({ id: 'im-1', reassessmentIntervalMonths: 12 });
const rm = build.riskMethodologies({ id: 'rm-1', reassessmentIntervalMonths: 12 });
const freshIa = (aiSystemId: string) => build.impactAssessments({ aiSystemId, methodologyId: 'im-1', assessedOn: '2026-06-01', trigger: 'scheduled' });
const risk = (id: string, aiSystemIds: string[], assessedOn = '2026-06-01') => build.risks({ id, title: `Risk ${id}`, aiSystemIds, assessedOn });
const base = { impactMethodologies: [im], riskMethodologies: [rm] };

testCheck(check, {
  valid: [
    {
      name: 'assessments within their cadence',
      aims: aimsOf({ ...base, aiSystems: [credit], impactAssessments: [freshIa('ais-credit')], risks: [risk('r-1', ['ais-credit'])] }),
    },
    {
      name: 'due exactly today is still on time',
      aims: aimsOf({
        ...base, aiSystems: [credit],
        impactAssessments: [build.impactAssessments({ aiSystemId: 'ais-credit', methodologyId: 'im-1', assessedOn: '2025-11-01' })],
        risks: [build.risks({ aiSystemIds: ['ais-credit'], assessedOn: '2026-06-01', nextReviewDue: '2026-11-01' })],
      }),
    },
    {
      name: 'only the latest impact assessment of a system counts',
      aims: aimsOf({
        ...base, aiSystems: [credit],
        impactAssessments: [build.impactAssessments({ aiSystemId: 'ais-credit', assessedOn: '2023-01-01' }), freshIa('ais-credit')],
      }),
    },
    {
      name: 'a change on the assessment day, a future change, and changes not significant or not done do not count',
      aims: aimsOf({
        ...base,
        aiSystems: [{ ...credit, lastSignificantChangeOn: '2026-06-01' }, { ...chat, lastSignificantChangeOn: '2026-12-01' }],
        impactAssessments: [freshIa('ais-credit'), freshIa('ais-chat')],
        plannedChanges: [
          build.plannedChanges({ significant: false, status: 'done', completedOn: '2026-09-01', aiSystemIds: ['ais-credit'] }),
          build.plannedChanges({ significant: true, status: 'approved', plannedFor: '2026-09-01', aiSystemIds: ['ais-credit'] }),
        ],
      }),
    },
    {
      name: 'closed risks, risks of out-of-scope systems and retired systems are not examined',
      aims: aimsOf({
        ...base,
        aiSystems: [credit, build.aiSystems({ id: 'ais-out', inScope: false }), build.aiSystems({ id: 'ais-old', status: 'retired' })],
        impactAssessments: [freshIa('ais-credit'), build.impactAssessments({ aiSystemId: 'ais-old', assessedOn: '2022-01-01' })],
        risks: [{ ...risk('r-closed', [], '2020-01-01'), status: 'closed' }, risk('r-out', ['ais-out'], '2020-01-01')],
      }),
    },
    {
      name: 'without a methodology or next review date only a change can make an assessment stale',
      aims: aimsOf({ aiSystems: [credit], impactAssessments: [build.impactAssessments({ aiSystemId: 'ais-credit', assessedOn: '2020-01-01' })] }),
    },
    {
      name: 'an assessment naming no methodology is held to the longest cadence there is',
      aims: aimsOf({
        aiSystems: [credit],
        impactMethodologies: [build.impactMethodologies({ reassessmentIntervalMonths: 6 }), build.impactMethodologies({ reassessmentIntervalMonths: 24 })],
        impactAssessments: [build.impactAssessments({ aiSystemId: 'ais-credit', assessedOn: '2025-06-01' })],
      }),
    },
    { name: 'nothing to examine: not applicable', aims: aimsOf({ ...base, aiSystems: [credit] }), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'issue 9 (2026-12-02): the same overdue impact assessment of an EU AI Act high-risk system is major',
      now: '2026-12-02',
      aims: aimsOf({
        ...base, aiSystems: [{ ...credit, euAiActRiskClass: 'high-risk' }, chat],
        impactAssessments: [build.impactAssessments({ id: 'ia-old', aiSystemId: 'ais-credit', methodologyId: 'im-1', assessedOn: '2025-06-01' }), freshIa('ais-chat')],
      }),
      reports: [{ severity: 'major', message: 'The impact assessment ia-old of AI system "Credit scoring" (ais-credit), assessed on 2025-06-01, is past its due date' }],
    },
    {
      name: 'an impact assessment past its methodology cadence',
      aims: aimsOf({
        ...base, aiSystems: [credit, chat],
        impactAssessments: [build.impactAssessments({ id: 'ia-old', aiSystemId: 'ais-credit', methodologyId: 'im-1', assessedOn: '2025-06-01' }), freshIa('ais-chat')],
      }),
      reports: [{
        severity: 'minor',
        message: 'The impact assessment ia-old of AI system "Credit scoring" (ais-credit), assessed on 2025-06-01, is past its due date of 2026-06-01 under the 12-month cadence of its methodology.',
        subjects: [{ register: 'aiSystems', id: 'ais-credit' }, { register: 'impactAssessments', id: 'ia-old' }],
      }],
    },
    {
      name: 'an own next review date earlier than the cadence binds, one day late',
      aims: aimsOf({ ...base, aiSystems: [credit, chat], impactAssessments: [{ ...freshIa('ais-credit'), nextReviewDue: '2026-10-31' }, freshIa('ais-chat')] }),
      reports: [{ message: 'is past its due date of 2026-10-31 under its own next review date' }],
    },
    {
      name: 'not repeated after the system\'s significant change',
      aims: aimsOf({ ...base, aiSystems: [{ ...credit, lastSignificantChangeOn: '2026-09-01' }, chat], impactAssessments: [freshIa('ais-credit'), freshIa('ais-chat')] }),
      reports: [{ message: 'was not repeated after the significant change on 2026-09-01', subjects: [{ register: 'aiSystems', id: 'ais-credit' }] }],
    },
    {
      name: 'a planned change on the same day as the system\'s own change date is named by its title',
      aims: aimsOf({
        ...base, aiSystems: [{ ...credit, lastSignificantChangeOn: '2026-09-01' }, chat], impactAssessments: [freshIa('ais-credit'), freshIa('ais-chat')],
        plannedChanges: [build.plannedChanges({ title: 'Model v3.1', significant: true, status: 'done', completedOn: '2026-09-01', aiSystemIds: ['ais-credit'] })],
      }),
      reports: [{ message: 'was not repeated after the significant change "Model v3.1" on 2026-09-01' }],
    },
    {
      name: 'risks of a system changed by a significant planned change: one report for the system',
      aims: aimsOf({
        ...base, aiSystems: [credit, chat],
        impactAssessments: [{ ...freshIa('ais-credit'), assessedOn: '2026-10-15' }],
        plannedChanges: [build.plannedChanges({ title: 'Switch to model v2', significant: true, status: 'done', completedOn: '2026-10-01', aiSystemIds: ['ais-credit'] })],
        risks: [risk('r-1', ['ais-credit']), risk('r-2', ['ais-chat', 'ais-credit']), risk('r-3', ['ais-credit'])],
      }),
      reports: [{
        message: 'AI system "Credit scoring" (ais-credit) has 3 risks out of date: 3 not reassessed after the significant change "Switch to model v2" on 2026-10-01 (e.g. "Risk r-1" (r-1), "Risk r-2" (r-2) and "Risk r-3" (r-3)).',
        subjects: [{ register: 'aiSystems', id: 'ais-credit' }, { register: 'risks', id: 'r-1' }, { register: 'risks', id: 'r-2' }, { register: 'risks', id: 'r-3' }],
      }],
    },
    {
      name: 'once the changed system\'s risks were re-assessed, only its own risks left behind are stale, not shared ones',
      aims: aimsOf({
        ...base, aiSystems: [{ ...credit, lastSignificantChangeOn: '2026-10-01' }, chat],
        impactAssessments: [{ ...freshIa('ais-credit'), assessedOn: '2026-10-15' }],
        risks: [risk('r-own', ['ais-credit']), risk('r-shared', ['ais-chat', 'ais-credit']), risk('r-redone', ['ais-credit'], '2026-10-02')],
      }),
      reports: [{ message: 'has 1 risk out of date: 1 not reassessed after the significant change on 2026-10-01 (e.g. "Risk r-own" (r-own))' }],
    },
    {
      name: '2026-12-02: stale risks of each system and of the AIMS itself are one finding of 8.2, each listed',
      now: '2026-11-01',
      aims: aimsOf({
        ...base, aiSystems: [credit, chat], impactAssessments: [freshIa('ais-credit')],
        risks: [
          ...['a', 'b', 'c', 'd', 'e'].map((x) => risk(`r-${x}`, ['ais-credit'], '2025-01-01')),
          risk('r-f', ['ais-chat'], '2025-03-01'), risk('r-g', ['ais-chat'], '2025-02-01'),
          risk('r-org', [], '2025-04-01'), risk('r-fresh', ['ais-chat']),
        ],
      }),
      reports: [
        {
          message: 'Risk assessments are out of date for 2 AI systems and the AIMS’s own risks: "Credit scoring" (ais-credit), "Support assistant" (ais-chat) and the AIMS', instances: 3,
          instanceMessages: [
            'has 5 risks out of date: 5 past the reassessment date (oldest assessed on 2025-01-01) (e.g. "Risk r-a" (r-a), "Risk r-b" (r-b), "Risk r-c" (r-c) and 2 more)',
            'AI system "Support assistant" (ais-chat) has 2 risks out of date: 2 past the reassessment date (oldest assessed on 2025-02-01)',
            'The AIMS has 1 risk not tied to an AI system out of date: 1 past the reassessment date',
          ],
          subjects: [{ register: 'aiSystems', id: 'ais-credit' }, { register: 'aiSystems', id: 'ais-chat' }, { register: 'organisation', id: 'org-test' }, { register: 'risks', id: 'r-org' }],
        },
      ],
    },
    {
      name: 'nothing current and nothing ever repeated: assessments are snapshots (major)',
      aims: aimsOf({
        ...base, aiSystems: [credit],
        impactAssessments: [build.impactAssessments({ aiSystemId: 'ais-credit', methodologyId: 'im-1', assessedOn: '2025-01-01', trigger: 'initial' })],
        risks: [risk('r-1', ['ais-credit'], '2025-01-01')],
      }),
      reports: [{ severity: 'major', message: 'impact assessment' }, { severity: 'major', message: 'has 1 risk out of date' }],
    },
  ],
});
