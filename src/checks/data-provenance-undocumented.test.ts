// Tests of data-provenance-undocumented: datasets of in-scope systems need acquisition, provenance, quality requirements and preparation.
import { build, aimsOf } from '../../test/factories.ts';
import type { Dataset } from '../domain/index.ts';
import { testCheck } from './check-tester.ts';
import check from './data-provenance-undocumented.ts';

const system = build.aiSystems({ id: 'ais-credit', name: 'Credit scoring' });
const documented = (over: Partial<Dataset> = {}) =>
  build.datasets({
    aiSystemIds: ['ais-credit'], provenance: 'Exported from the loan book 2019–2024, de-duplicated, labels from repayment outcomes.',
    qualityRequirements: 'Under 1% missing values per feature; every region represented.',
    acquisition: 'Extracted from our own loan book under the lending purpose.', preparation: 'De-duplication and a time-based split.', ...over,
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
      name: 'no acquisition or preparation recorded, with A.7.3 and A.7.6 excluded in the SoA with a reason',
      aims: aimsOf({
        aiSystems: [system],
        datasets: [documented({ acquisition: undefined, preparation: undefined })],
        soaEntries: ['A.7.3', 'A.7.6'].map((controlId) => build.soaEntries({ controlId, applicable: false, implementationStatus: 'not-applicable', justification: 'Only supplier-prepared data is used.' })),
      }),
    },
    {
      name: 'an undocumented dataset linked to a system that does not exist is not examined',
      aims: aimsOf({ aiSystems: [system], datasets: [documented(), build.datasets({ aiSystemIds: ['ais-gone'] })] }),
    },
  ],
  invalid: [
    {
      name: 'nothing documented',
      aims: aimsOf({ aiSystems: [system], datasets: [build.datasets({ id: 'data-loans', name: 'Loan book', aiSystemIds: ['ais-credit'] })] }),
      reports: [{
        message: 'Dataset "Loan book" (data-loans), used by AI system "Credit scoring" (ais-credit), has no documented acquisition, provenance, quality requirements and preparation.',
        severity: 'minor', subjects: [{ register: 'datasets', id: 'data-loans' }, { register: 'aiSystems', id: 'ais-credit' }],
      }],
    },
    {
      name: 'no acquisition (A.7.3) and no preparation (A.7.6)',
      aims: aimsOf({ aiSystems: [system], datasets: [documented({ acquisition: undefined, preparation: 'n/a' })] }),
      reports: [{ message: 'has no documented acquisition and preparation.', severity: 'minor' }],
    },
    {
      name: 'one dataset of three lacking acquisition, for an EU AI Act high-risk system: raised to major',
      aims: aimsOf({ aiSystems: [{ ...system, euAiActRiskClass: 'high-risk' }], datasets: [documented({ acquisition: undefined }), documented(), documented()] }),
      reports: [{ message: 'has no documented acquisition.', severity: 'major' }],
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
        datasets: [build.datasets({ aiSystemIds: ['ais-a', 'ais-b', 'ais-c', 'ais-d', 'ais-e'], provenance: 'Public census tables', acquisition: 'Downloaded', preparation: 'None needed' })],
      }),
      reports: [{ message: 'used by AI systems "System a" (ais-a), "System b" (ais-b), "System c" (ais-c) and 2 more, has no documented quality requirements' }],
    },
    {
      name: 'one finding listing each dataset (2 of 3: systemic, major)',
      now: '2026-12-02',
      aims: aimsOf({ aiSystems: [system], datasets: [documented({ id: 'data-1', provenance: ' ' }), documented(), documented({ id: 'data-3', qualityRequirements: 'n/a' })] }),
      reports: [{ message: '2 of the 3 datasets used by AI systems in scope lack documented acquisition, provenance, quality requirements or preparation', severity: 'major', instances: 2, subjects: [{ register: 'datasets', id: 'data-1' }, { register: 'datasets', id: 'data-3' }] }],
    },
  ],
});
