// incident-communication-unplanned: the plan entry, and each Art 73 deadline on its boundary, late, overdue or undecidable.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './incident-communication-unplanned.ts';

const plan = build.communicationPlan({ topic: 'incidents', direction: 'external', what: 'AI incidents affecting customers', audience: 'Customers', channel: 'Email' });
const system = build.aiSystems({ id: 'ais-credit', name: 'Credit scoring' });
// Became aware on 2026-10-01: deadlines 2026-10-03 (widespread), 2026-10-11 (death), 2026-10-16 (other).
const serious = (overrides: Parameters<typeof build.incidents>[0]) =>
  build.incidents({ title: 'Wrongful refusals', occurredOn: '2026-09-20', detectedOn: '2026-10-01', severity: 'critical', euAiActSerious: true, ...overrides });

testCheck(check, {
  valid: [
    { name: 'incident communication is planned', aims: aimsOf({ aiSystems: [system], communicationPlan: [plan] }) },
    {
      name: 'a serious incident reported on the last day',
      aims: aimsOf({ aiSystems: [system], communicationPlan: [plan], incidents: [serious({ seriousKind: 'other', reportedToAuthorityOn: '2026-10-16' })] }),
    },
    {
      name: 'an unreported serious incident still within its deadline (today is the last day)',
      now: '2026-10-11',
      aims: aimsOf({ aiSystems: [system], communicationPlan: [plan], incidents: [serious({ seriousKind: 'death' })] }),
    },
    {
      name: 'an incident that is not serious under the EU AI Act needs no authority report',
      aims: aimsOf({ aiSystems: [system], communicationPlan: [plan], incidents: [build.incidents({ occurredOn: '2025-01-01' })] }),
    },
    {
      name: 'kind unknown but reported within the shortest deadline',
      aims: aimsOf({ aiSystems: [system], communicationPlan: [plan], incidents: [serious({ reportedToAuthorityOn: '2026-10-02' })] }),
    },
    {
      name: 'A.8.4 excluded with a reason and no incidents',
      aims: aimsOf({ aiSystems: [system], soaEntries: [build.soaEntries({ controlId: 'A.8.4', applicable: false, justification: 'Internal research tools only; no users outside the team.' })] }),
    },
    { name: 'no AI system in scope and no incidents', aims: aimsOf({ aiSystems: [build.aiSystems({ inScope: false })] }), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'AI systems in scope but no incident communication planned',
      aims: aimsOf({ aiSystems: [system], communicationPlan: [build.communicationPlan({ topic: 'ai-policy' })] }),
      reports: [{ message: 'The communication plan has no entry on incidents', severity: 'minor', subjects: [{ register: 'organisation', id: 'org-test' }] }],
    },
    {
      name: 'incidents recorded but no plan',
      aims: aimsOf({ incidents: [build.incidents(), build.incidents()] }),
      reports: [{ message: 'although 2 incidents have been recorded' }],
    },
    {
      name: 'a serious incident unreported the day after its 15-day deadline',
      now: '2026-10-17',
      aims: aimsOf({ aiSystems: [system], communicationPlan: [plan], incidents: [serious({ id: 'inc-9', seriousKind: 'other' })] }),
      reports: [{
        message: 'Serious incident "Wrongful refusals" (inc-9) has not been reported to the authority; the EU AI Act Art 73 deadline was 2026-10-16, 15 days after the organisation became aware of it on 2026-10-01',
        severity: 'major',
        subjects: [{ register: 'incidents', id: 'inc-9' }],
      }],
    },
    {
      name: 'a widespread incident reported on day 3',
      aims: aimsOf({ aiSystems: [system], communicationPlan: [plan], incidents: [serious({ seriousKind: 'widespread-or-critical-infrastructure', reportedToAuthorityOn: '2026-10-04' })] }),
      reports: [{ message: 'was reported to the authority on 2026-10-04, after its EU AI Act Art 73 deadline of 2026-10-03 (2 days from 2026-10-01)', severity: 'minor' }],
    },
    {
      name: 'without a detection date the clock starts when it occurred',
      aims: aimsOf({ aiSystems: [system], communicationPlan: [plan], incidents: [serious({ detectedOn: undefined, seriousKind: 'death', reportedToAuthorityOn: '2026-10-01' })] }),
      reports: [{ message: 'after its EU AI Act Art 73 deadline of 2026-09-30 (10 days from 2026-09-20)' }],
    },
    {
      name: 'kind unknown and reported between the shortest and the longest deadline',
      aims: aimsOf({ aiSystems: [system], communicationPlan: [plan], incidents: [serious({ reportedToAuthorityOn: '2026-10-09' })] }),
      reports: [{ outcome: 'needs-review', message: 'its Art 73 deadline is somewhere between 2026-10-03 and 2026-10-16; it was reported on 2026-10-09' }],
    },
    {
      name: 'kind unknown and unreported past every deadline',
      aims: aimsOf({ aiSystems: [system], communicationPlan: [plan], incidents: [serious({})] }),
      reports: [{ outcome: 'finding', severity: 'major', message: 'the EU AI Act Art 73 deadline was 2026-10-16' }],
    },
    {
      name: 'a closed serious incident never reported, and no plan: two reports',
      aims: aimsOf({ aiSystems: [system], incidents: [serious({ status: 'closed', closedOn: '2026-10-05', seriousKind: 'other' })] }),
      reports: [{ message: 'no entry on incidents' }, { message: 'has not been reported to the authority' }],
    },
  ],
});
