// Table tests for scope-incomplete: a scope statement that accounts for every AI system and justifies every exclusion.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './scope-incomplete.ts';

const credit = build.aiSystems({ id: 'ais-credit', name: 'Credit scoring' });
const lab = build.aiSystems({ id: 'ais-lab', name: 'Research prototype', inScope: false });
const scope = (over: Parameters<typeof build.scopeStatements>[0] = {}) => build.scopeStatements({
  id: 'scope-1', includedAiSystemIds: ['ais-credit'], excludedAiSystems: [{ item: 'ais-lab', justification: 'Not used on customer data' }], ...over,
});

testCheck(check, {
  valid: [
    { name: 'every system included or excluded with a justification, flags agreeing', aims: aimsOf({ aiSystems: [credit, lab], scopeStatements: [scope()] }) },
    {
      name: 'the latest approved statement decides, not an older version',
      aims: aimsOf({
        aiSystems: [credit, lab],
        scopeStatements: [
          scope({ id: 'scope-2025', approvedOn: '2025-01-01', includedAiSystemIds: [], excludedAiSystems: [] }),
          scope({ id: 'scope-2026', approvedOn: '2026-01-01' }),
          scope({ id: 'scope-draft', includedAiSystemIds: [], excludedAiSystems: [] }),
        ],
      }),
    },
    {
      name: 'a retired system no longer listed anywhere is history',
      aims: aimsOf({ aiSystems: [credit, lab, build.aiSystems({ status: 'retired', inScope: false })], scopeStatements: [scope()] }),
    },
    {
      name: 'justified exclusions of units, sites and stages',
      aims: aimsOf({
        aiSystems: [credit, lab],
        scopeStatements: [scope({
          excludedUnits: [{ item: 'Facilities', justification: 'Uses no AI' }], excludedSites: [{ item: 'site-9', justification: 'Closing' }],
          excludedLifecycleStages: [{ item: 'retirement', justification: 'Handled by the IT asset process' }],
        })],
      }),
    },
    { name: 'a scope statement and no AI systems yet', aims: aimsOf({ scopeStatements: [scope({ includedAiSystemIds: [], excludedAiSystems: [] })] }) },
  ],
  invalid: [
    {
      name: 'no scope statement at all: major',
      aims: aimsOf({ aiSystems: [credit] }),
      reports: [{ severity: 'major', message: 'There is no AIMS scope statement', subjects: [{ register: 'organisation', id: 'org-test' }] }],
    },
    {
      name: 'a blank statement counts as none',
      aims: aimsOf({ scopeStatements: [scope({ statement: ' TBD ' })] }),
      reports: [{ severity: 'major', message: 'There is no AIMS scope statement' }],
    },
    {
      name: 'a system neither included nor excluded',
      aims: aimsOf({ aiSystems: [credit, lab, build.aiSystems({ id: 'ais-new', name: 'Chatbot' })], scopeStatements: [scope()] }),
      reports: [{
        severity: 'minor',
        message: 'AI system "Chatbot" (ais-new) is in the inventory and marked in scope but the scope statement neither includes it nor excludes it.',
        subjects: [{ register: 'aiSystems', id: 'ais-new' }, { register: 'scopeStatements', id: 'scope-1' }],
      }],
    },
    {
      name: 'an exclusion without a justification',
      aims: aimsOf({ aiSystems: [credit, lab], scopeStatements: [scope({ excludedAiSystems: [{ item: 'ais-lab', justification: 'n/a' }] })] }),
      reports: [{ message: 'AI system "Research prototype" (ais-lab) is excluded from the AIMS scope without a justification.' }],
    },
    {
      name: 'in-scope flags that contradict the statement, and a system both included and excluded',
      aims: aimsOf({
        aiSystems: [{ ...credit, inScope: false }, { ...lab, inScope: true }, build.aiSystems({ id: 'ais-both' })],
        scopeStatements: [scope({ includedAiSystemIds: ['ais-credit', 'ais-both'], excludedAiSystems: [{ item: 'ais-lab', justification: 'Lab only' }, { item: 'ais-both' }] })],
      }),
      reports: [
        { message: 'is marked out of scope but the scope statement includes it', subjects: [{ register: 'aiSystems', id: 'ais-credit' }] },
        { message: 'is marked in scope but the scope statement excludes it', subjects: [{ register: 'aiSystems', id: 'ais-lab' }] },
        { message: 'is both included in and excluded from the scope statement', subjects: [{ register: 'aiSystems', id: 'ais-both' }] },
      ],
    },
    {
      name: 'units, sites and stages excluded without a justification, in one report for the statement',
      aims: aimsOf({
        aiSystems: [credit, lab], sites: [build.sites({ id: 'site-7', name: 'Leeds' })],
        scopeStatements: [scope({ excludedUnits: [{ item: 'Marketing' }], excludedSites: [{ item: 'site-9', justification: 'Closing' }, { item: 'site-7' }] })],
      }),
      reports: [{ message: 'The scope statement scope-1 excludes unit "Marketing", site "Leeds" (site-7) without a justification.', subjects: [{ register: 'scopeStatements', id: 'scope-1' }] }],
    },
  ],
});
