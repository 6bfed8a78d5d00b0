// Table tests for third-party-ai-ungoverned: suppliers of AI need an AI assessment, a split of responsibilities and AI contract terms.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './third-party-ai-ungoverned.ts';

const governed = {
  governedAs: 'ai-supplier' as const,
  aiAssessment: { assessedOn: '2026-03-01', assessorId: 'person-1', summary: 'Fits our responsible-AI requirements', outcome: 'approved' as const },
  responsibilityAllocation: 'Supplier notifies model changes; we validate outputs before release',
  contractClauses: ['Model change notice 30 days', 'Incident notification within 72 hours', 'No training on our data'],
  nextReviewDue: '2027-03-01',
};
const llm = build.suppliers({ id: 'sup-llm', name: 'ModelCo', provides: ['foundation-model'], ...governed });
const credit = build.aiSystems({ id: 'ais-credit', name: 'Credit scoring', supplierIds: ['sup-llm'] });

testCheck(check, {
  valid: [
    { name: 'a foundation-model supplier governed as an AI supplier', aims: aimsOf({ suppliers: [llm], aiSystems: [credit] }) },
    { name: 'a supplier due for review today is on time', aims: aimsOf({ suppliers: [{ ...llm, nextReviewDue: '2026-11-01' }], aiSystems: [credit] }) },
    {
      name: 'a data supplier that feeds no AI system or dataset is not a supplier of AI',
      aims: aimsOf({ suppliers: [llm, build.suppliers({ provides: ['data'] })], aiSystems: [credit] }),
    },
    {
      name: 'compute, tooling and non-AI suppliers are ordinary procurement',
      aims: aimsOf({ suppliers: [build.suppliers({ provides: ['compute'] }), build.suppliers({ provides: ['non-ai'] }), build.suppliers({ provides: ['ml-tooling'] })] }),
      outcome: 'not-applicable',
    },
    { name: 'no suppliers: not applicable', aims: aimsOf({ aiSystems: [credit] }), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'no supplier of AI governed as one, and an in-scope system rests on this one: major',
      aims: aimsOf({
        suppliers: [build.suppliers({ id: 'sup-raw', name: 'OpenModel Inc', provides: ['foundation-model'] })],
        aiSystems: [build.aiSystems({ id: 'ais-chat', name: 'Support assistant', supplierIds: ['sup-raw'] })],
      }),
      reports: [{
        severity: 'major',
        message: 'Supplier "OpenModel Inc" (sup-raw) provides a foundation model to in-scope AI system "Support assistant" (ais-chat) but is governed as ordinary procurement, has no AI-specific assessment, has no allocation of responsibilities and has no AI-relevant contract clauses.',
        subjects: [{ register: 'suppliers', id: 'sup-raw' }, { register: 'aiSystems', id: 'ais-chat' }],
      }],
    },
    {
      name: 'the same supplier slipping past an A.10 process that runs for other suppliers: minor',
      aims: aimsOf({
        suppliers: [llm, build.suppliers({ id: 'sup-raw', name: 'OpenModel Inc', provides: ['foundation-model'] })],
        aiSystems: [credit, build.aiSystems({ id: 'ais-chat', name: 'Support assistant', supplierIds: ['sup-raw'] })],
      }),
      reports: [{ severity: 'minor', subjects: [{ register: 'suppliers', id: 'sup-raw' }] }],
    },
    {
      name: 'assessed but no allocation of responsibilities, the only supplier: too few to tell a pattern, isolated, minor',
      now: '2026-11-01',
      aims: aimsOf({ suppliers: [{ ...llm, responsibilityAllocation: 'TBD' }], aiSystems: [credit] }),
      reports: [{ severity: 'minor', basis: 'isolated', message: 'but has no allocation of responsibilities.' }],
    },
    {
      name: 'one supplier of three without an allocation of responsibilities: isolated, minor',
      now: '2026-12-02',
      aims: aimsOf({
        suppliers: [{ ...llm, responsibilityAllocation: 'TBD' }, { ...llm, id: 'sup-2' }, { ...llm, id: 'sup-3' }],
        aiSystems: [credit, build.aiSystems({ id: 'ais-2', supplierIds: ['sup-2', 'sup-3'] })],
      }),
      reports: [{ severity: 'minor', basis: 'isolated', message: 'but has no allocation of responsibilities.' }],
    },
    {
      name: 'a data supplier feeding an in-scope system through a dataset',
      aims: aimsOf({
        suppliers: [llm, build.suppliers({ id: 'sup-data', name: 'DataBroker', provides: ['data'], governedAs: 'ai-supplier', contractClauses: ['Provenance warranty'] })],
        aiSystems: [credit, build.aiSystems({ id: 'ais-fraud', name: 'Fraud' })],
        datasets: [build.datasets({ supplierId: 'sup-data', aiSystemIds: ['ais-fraud'] })],
      }),
      reports: [{ message: 'provides data for AI to in-scope AI system "Fraud" (ais-fraud) but has no AI-specific assessment and has no allocation', severity: 'minor', subjects: [{ register: 'aiSystems', id: 'ais-fraud' }] }],
    },
    {
      name: 'rejected by its assessment but still used',
      aims: aimsOf({ suppliers: [{ ...llm, aiAssessment: { ...governed.aiAssessment, outcome: 'rejected' } }], aiSystems: [credit] }),
      reports: [{ message: 'was rejected by its AI assessment but is still used' }],
    },
    {
      name: 'an AI service no in-scope system uses is an observation',
      aims: aimsOf({
        suppliers: [build.suppliers({ id: 'sup-saas', provides: ['ai-saas', 'non-ai'] })],
        aiSystems: [build.aiSystems({ inScope: false, supplierIds: ['sup-saas'] })],
      }),
      reports: [{ severity: 'observation', message: 'provides an AI service, used by no in-scope AI system, but' }],
    },
    {
      name: 'well governed but past its review date: observation',
      aims: aimsOf({ suppliers: [{ ...llm, nextReviewDue: '2026-10-31' }], aiSystems: [credit] }),
      reports: [{ severity: 'observation', message: 'was due for its AI supplier review on 2026-10-31' }],
    },
    {
      name: 'contract clauses that say nothing about AI need a reader',
      aims: aimsOf({ suppliers: [{ ...llm, contractClauses: ['Payment within 30 days', 'Governing law: England'] }], aiSystems: [credit] }),
      reports: [{ outcome: 'needs-review', message: 'its contract clauses ("Payment within 30 days" and "Governing law: England") mention nothing about AI' }],
    },
    {
      name: 'one finding listing each supplier with every in-scope system that depends on it (2 of 3: systemic)',
      now: '2026-12-02',
      aims: aimsOf({
        suppliers: [build.suppliers({ id: 'sup-a', provides: ['ai-component'] }), llm, build.suppliers({ id: 'sup-b', provides: ['foundation-model'] })],
        aiSystems: [
          credit,
          build.aiSystems({ id: 'ais-1', supplierIds: ['sup-a'] }),
          build.aiSystems({ id: 'ais-2', supplierIds: ['sup-a', 'sup-b'] }),
          build.aiSystems({ id: 'ais-3', supplierIds: ['sup-a'], status: 'retired' }),
        ],
      }),
      reports: [{
        message: '2 of the 3 suppliers of AI that in-scope AI systems rest on are not governed as AI suppliers',
        severity: 'major', instances: 2, instanceMessages: ['to 2 in-scope AI systems'],
        subjects: [{ register: 'suppliers', id: 'sup-a' }, { register: 'aiSystems', id: 'ais-1' }, { register: 'aiSystems', id: 'ais-2' }, { register: 'suppliers', id: 'sup-b' }],
      }],
    },
  ],
});
