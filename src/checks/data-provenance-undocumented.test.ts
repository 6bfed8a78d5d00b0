// Tests of data-provenance-undocumented: datasets of in-scope systems need provenance and quality requirements.
import { build, aimsOf } from '../../test/factories.ts';
import type { Dataset } from '../domain/index.ts';
import { testCheck } from './check-tester.ts';
import check from './data-provenance-undocumented.ts';

const system = build.aiSystems({ id: 'ais-credit', name: 'Credit scoring' });
const documented = (over: Partial<Dataset> = {}) =>
  build.datasets({
    aiSystemIds: ['ais-credit'], provenance: 'Exported from the loan book 2019–2024, de-duplicated, labels from repayment outcomes.',
    qualityRequirements: 'Under 1% missing values per feature; every region represented.', ...over,
  });

testCheck(check, {
  valid: [
    { name: 'no datasets', aims: aimsOf({ aiSystems: [system] }), outcome: 'not-applicable' },
    {
      name: 'undocumented datasets of systems out of scope, retired or proposed, or of no system',
      aims: aimsOf({
        aiSystems: [build.aiSystems({ id: 'ais-out', inScope: false }), build.aiSystems({ id: 'ais-old', status: 'retired' }), build.aiSystems({ id: 'ais-new', status: 'proposed' })],
        datasets: [build.datasets({ aiSystemIds: ['ais-out', 'ais-old', 'ais-new'] }), build.datasets({ aiSystemIds: [] })],
      }),
      outcome: 'not-applicable',
    },
    { name: 'documented datasets', aims: aimsOf({ aiSystems: [system], datasets: [documented(), documented({ uses: ['retrieval'] })] }) },
    {
      name: 'an undocumented dataset linked to a system that does not exist is not examined',
      aims: aimsOf({ aiSystems: [system], datasets: [documented(), build.datasets({ aiSystemIds: ['ais-gone'] })] }),
    },
  ],
  invalid: [
    {
      name: 'neither provenance nor quality requirements',
      aims: aimsOf({ aiSystems: [system], datasets: [build.datasets({ id: 'data-loans', name: 'Loan book', aiSystemIds: ['ais-credit'] })] }),
      reports: [{
        message: 'Dataset "Loan book" (data-loans), used by AI system "Credit scoring" (ais-credit), has no documented provenance and quality requirements.',
        severity: 'minor', subjects: [{ register: 'datasets', id: 'data-loans' }, { register: 'aiSystems', id: 'ais-credit' }],
      }],
    },
    {
      name: 'placeholder provenance counts as none',
      aims: aimsOf({ aiSystems: [system], datasets: [documented({ provenance: 'TBD' })] }),
      reports: [{ message: 'has no documented provenance.' }],
    },
    {
      name: 'missing quality requirements only, for a dataset shared with an out-of-scope system',
      aims: aimsOf({
        aiSystems: [system, build.aiSystems({ id: 'ais-out', inScope: false })],
        datasets: [documented({ qualityRequirements: undefined, aiSystemIds: ['ais-out', 'ais-credit'] })],
      }),
      reports: [{ message: 'used by AI system "Credit scoring" (ais-credit), has no documented quality requirements.' }],
    },
    {
      name: 'a dataset used by many systems names three and counts the rest',
      aims: aimsOf({
        aiSystems: ['a', 'b', 'c', 'd', 'e'].map((x) => build.aiSystems({ id: `ais-${x}`, name: `System ${x}`, status: x === 'e' ? 'in-development' : 'in-operation' })),
        datasets: [build.datasets({ aiSystemIds: ['ais-a', 'ais-b', 'ais-c', 'ais-d', 'ais-e'], provenance: 'Public census tables' })],
      }),
      reports: [{ message: 'used by AI systems "System a" (ais-a), "System b" (ais-b), "System c" (ais-c) and 2 more, has no documented quality requirements' }],
    },
    {
      name: 'one finding listing each dataset (2 of 3: systemic, major)',
      now: '2026-12-02',
      aims: aimsOf({ aiSystems: [system], datasets: [documented({ id: 'data-1', provenance: ' ' }), documented(), documented({ id: 'data-3', qualityRequirements: 'n/a' })] }),
      reports: [{ message: '2 of the 3 datasets', severity: 'major', instances: 2, subjects: [{ register: 'datasets', id: 'data-1' }, { register: 'datasets', id: 'data-3' }] }],
    },
  ],
});
