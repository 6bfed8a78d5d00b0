// awareness-not-evidenced: who counts as in scope, the 24-month window, odd records, the summary for many people, and
// the requirements model: 7.3 asks for no record, so a missing one needs review by interview; only records the
// organisation itself decided to keep (a document required by 7.3) make a missing one a finding.
import { aimsOf, build } from '../../test/factories.ts';
import check from './awareness-not-evidenced.ts';
import { testCheck } from './check-tester.ts';

const ana = build.persons({ id: 'p-ana', name: 'Ana Ruiz' });
const ben = build.persons({ id: 'p-ben', name: 'Ben Okafor' });
const aware = (personId: string, date: string, topics: ('ai-policy' | 'contribution-to-aims' | 'implications-of-nonconformity' | 'other')[] = ['ai-policy']) =>
  build.awarenessRecords({ personId, date, topics });

const ownProcedure = build.documents({ id: 'doc-awareness', title: 'Awareness programme', requiredBy: ['7.3'] });
const rehearsed = (intervieweeId: string, outcome: 'ready' | 'needs-practice' | 'not-ready', heldOn = '2026-10-01') =>
  build.mockInterviews({ intervieweeId, heldOn, outcome, controlIds: ['A.2.2'] });

const crowd = Array.from({ length: 12 }, (_, i) => build.persons({ id: `p-${i}`, name: `Staff ${i}` }));

testCheck(check, {
  valid: [
    {
      name: 'everyone in scope was briefed on the AI policy within 24 months',
      aims: aimsOf({ persons: [ana, ben], awarenessRecords: [aware('p-ana', '2026-03-01'), aware('p-ben', '2025-12-01', ['ai-policy', 'other'])] }),
    },
    {
      name: 'a briefing exactly 24 months before now still counts',
      aims: aimsOf({ persons: [ana], awarenessRecords: [aware('p-ana', '2024-11-01')] }),
    },
    {
      name: 'an old briefing is superseded by a recent one',
      aims: aimsOf({ persons: [ana], awarenessRecords: [aware('p-ana', '2020-01-01'), aware('p-ana', '2026-01-10')] }),
    },
    {
      name: 'people outside the AIMS scope or no longer active need no record',
      aims: aimsOf({
        persons: [ana, build.persons({ name: 'Contractor', inAimsScope: false }), build.persons({ name: 'Leaver', active: false })],
        awarenessRecords: [aware('p-ana', '2026-03-01')],
      }),
    },
    {
      name: 'nobody works within the AIMS scope',
      aims: aimsOf({ persons: [build.persons({ inAimsScope: false })] }),
      outcome: 'not-applicable',
    },
    { name: 'no people recorded at all', aims: aimsOf(), outcome: 'not-applicable' },
    {
      name: 'no record asked for: a mock interview judged ready in the last 24 months shows awareness',
      aims: aimsOf({ persons: [ana, ben], awarenessRecords: [aware('p-ana', '2026-03-01')], mockInterviews: [rehearsed('p-ben', 'ready')] }),
    },
  ],
  invalid: [
    {
      name: 'a person with no awareness record',
      aims: aimsOf({ persons: [ana, ben], awarenessRecords: [aware('p-ana', '2026-03-01')] }),
      reports: [{
        outcome: 'needs-review',
        message: 'Person "Ben Okafor" (p-ben) works within the AIMS scope but has no awareness record covering the AI policy; 7.3 asks for no record, so an auditor will verify awareness by interview.',
        severity: 'minor', subjects: [{ register: 'persons', id: 'p-ben' }],
      }],
    },
    {
      name: 'the organisation keeps awareness records as its own documented information: a missing one is a finding',
      aims: aimsOf({ persons: [ana, ben], documents: [ownProcedure], awarenessRecords: [aware('p-ana', '2026-03-01')] }),
      reports: [{
        outcome: 'finding',
        message: 'Person "Ben Okafor" (p-ben) works within the AIMS scope but has no awareness record covering the AI policy, which the organisation keeps as documented information it needs ("Awareness programme" (doc-awareness))',
        severity: 'minor', subjects: [{ register: 'persons', id: 'p-ben' }],
      }],
    },
    {
      name: 'where the organisation keeps awareness records, a rehearsed interview does not replace one',
      aims: aimsOf({ persons: [ana, ben], documents: [ownProcedure], awarenessRecords: [aware('p-ana', '2026-03-01')], mockInterviews: [rehearsed('p-ben', 'ready')] }),
      reports: [{ outcome: 'finding', subjects: [{ register: 'persons', id: 'p-ben' }] }],
    },
    {
      name: 'a mock interview not judged ready, or older than 24 months, does not show awareness',
      aims: aimsOf({
        persons: [ana, ben, build.persons({ id: 'p-cy', name: 'Cy Dua' })],
        awarenessRecords: [aware('p-ana', '2026-03-01')],
        mockInterviews: [rehearsed('p-ben', 'ready', '2026-01-01'), rehearsed('p-ben', 'needs-practice', '2026-09-01'), rehearsed('p-cy', 'ready', '2024-09-01')],
      }),
      reports: [{ outcome: 'needs-review', subjects: [{ register: 'persons', id: 'p-ben' }] }, { outcome: 'needs-review', subjects: [{ register: 'persons', id: 'p-cy' }] }],
    },
    {
      name: 'a person briefed only on other topics',
      aims: aimsOf({ persons: [ana, ben], awarenessRecords: [aware('p-ana', '2026-03-01'), aware('p-ben', '2026-03-01', ['contribution-to-aims'])] }),
      reports: [{ outcome: 'needs-review', message: 'has awareness records, but none covering the AI policy', subjects: [{ register: 'persons', id: 'p-ben' }] }],
    },
    {
      name: 'a briefing one day older than 24 months',
      aims: aimsOf({ persons: [ana, ben], awarenessRecords: [aware('p-ana', '2024-10-31'), aware('p-ben', '2026-03-01')] }),
      reports: [{ outcome: 'needs-review', message: 'last made aware of the AI policy on 2024-10-31, more than 24 months before 2026-11-01', subjects: [{ register: 'persons', id: 'p-ana' }] }],
    },
    {
      name: 'a briefing dated after now is a plan, not evidence',
      aims: aimsOf({ persons: [ana, ben], awarenessRecords: [aware('p-ana', '2026-12-01'), aware('p-ben', '2026-03-01')] }),
      reports: [{ outcome: 'needs-review', message: 'Person "Ana Ruiz" (p-ana) works within the AIMS scope but has no awareness record' }],
    },
    {
      name: 'a person whose active flag is missing counts as active',
      aims: aimsOf({ persons: [ana, build.persons({ id: 'p-x', name: 'Xu Li', active: undefined })], awarenessRecords: [aware('p-ana', '2026-03-01')] }),
      reports: [{ outcome: 'needs-review', subjects: [{ register: 'persons', id: 'p-x' }] }],
    },
    {
      name: 'nobody in scope can show awareness: one major summary',
      aims: aimsOf({ persons: [ana, ben], awarenessRecords: [aware('p-ben', '2023-05-01')] }),
      reports: [{
        outcome: 'needs-review',
        message: 'None of the 2 people working within the AIMS scope has awareness of the AI policy shown since 2024-11-01 (1 person with no record on the AI policy, 1 person last briefed before 2024-11-01), among them "Ana Ruiz" and "Ben Okafor"',
        severity: 'major',
        subjects: [{ register: 'persons', id: 'p-ana' }, { register: 'persons', id: 'p-ben' }],
      }],
    },
    {
      name: 'many people affected: one summary naming the first few and listing all as subjects',
      aims: aimsOf({ persons: [ana, ...crowd], awarenessRecords: [aware('p-ana', '2026-03-01')] }),
      reports: [{
        outcome: 'needs-review',
        message: '12 of 13 people working within the AIMS scope have no awareness of the AI policy shown since 2024-11-01 (12 people with no record on the AI policy), among them "Staff 0", "Staff 1", "Staff 2", "Staff 3", "Staff 4" and 7 more',
        severity: 'minor',
        subjects: crowd.map((p) => ({ register: 'persons' as const, id: p.id })),
      }],
    },
  ],
});
