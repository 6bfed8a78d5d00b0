// Tests of customer-expectations-unconsidered: A.10.4 where the organisation has customers of its AI.
import { aimsOf, build } from '../../test/factories.ts';
import { testCheck } from './check-tester.ts';
import check from './customer-expectations-unconsidered.ts';

const excluded = build.soaEntries({ id: 'soa-a-10-4', controlId: 'A.10.4', applicable: false, implementationStatus: 'not-applicable', justification: 'We sell no AI to other organisations.' });
const included = build.soaEntries({ id: 'soa-a-10-4', controlId: 'A.10.4' });
const bank = build.customerExpectations({ id: 'cust-bank', customer: 'Northbank', expectation: 'Explanations of each score', aiSystemIds: ['ais-1'], addressedBy: 'Reason codes in every API response' });
const customers = build.interestedParties({ id: 'ip-customers', name: 'Customers', category: 'customer', needs: [] });
const asProvider = { aiRoles: ['provider' as const] };
const asDeployer = { aiRoles: ['deployer' as const] };

testCheck(check, {
  valid: [
    { name: 'included, with expectations recorded and addressed', aims: aimsOf({ soaEntries: [included], customerExpectations: [bank] }, asProvider) },
    { name: 'excluded by a deployer with no customer records', aims: aimsOf({ soaEntries: [excluded], interestedParties: [customers] }, asDeployer), outcome: 'not-applicable' },
    { name: 'excluded by a provider with no customers among its interested parties', aims: aimsOf({ soaEntries: [excluded] }, asProvider), outcome: 'not-applicable' },
    {
      name: 'included, with the customers’ needs determined among the interested parties',
      aims: aimsOf({ soaEntries: [included], interestedParties: [{ ...customers, needs: [{ description: 'Explanations of each score', addressedByAims: true }] }] }, asProvider),
    },
    { name: 'not a provider, nothing recorded', aims: aimsOf({ soaEntries: [included] }, asDeployer), outcome: 'not-applicable' },
  ],
  invalid: [
    {
      name: 'excluded, yet customer expectations are recorded: the exclusion does not hold',
      aims: aimsOf({ soaEntries: [excluded], customerExpectations: [bank] }, asProvider),
      reports: [{
        message: 'The SoA excludes A.10.4 ("We sell no AI to other organisations."), yet the organisation records 1 customer expectation of its AI systems (Northbank): the exclusion does not hold.',
        severity: 'minor', subjects: [{ register: 'soaEntries', id: 'soa-a-10-4' }, { register: 'customerExpectations', id: 'cust-bank' }],
      }],
    },
    {
      name: 'excluded by a provider with customers among its interested parties: needs review',
      aims: aimsOf({ soaEntries: [excluded], interestedParties: [customers] }, asProvider),
      reports: [{ outcome: 'needs-review', message: 'yet the organisation acts as an AI provider and counts customers among its interested parties ("Customers" (ip-customers))' }],
    },
    {
      name: 'applicable to a provider, and nothing recorded: major',
      aims: aimsOf({ soaEntries: [included], interestedParties: [customers], aiSystems: [build.aiSystems({ id: 'ais-1', euAiActRole: 'provider' })] }, asProvider),
      reports: [{ message: 'A.10.4 applies and the organisation acts as an AI provider with customers among its interested parties', severity: 'major', subjects: [{ register: 'soaEntries', id: 'soa-a-10-4' }, { register: 'interestedParties', id: 'ip-customers' }] }],
    },
    {
      name: 'one of three expectations unaddressed: minor',
      aims: aimsOf({
        soaEntries: [included],
        customerExpectations: [bank, { ...bank, id: 'cust-2' }, { ...bank, id: 'cust-3', customer: 'Eastbank', addressedBy: undefined }],
      }, asProvider),
      reports: [{ message: '1 of the 3 customer expectations says nothing of how it is addressed: Eastbank: "Explanations of each score" (cust-3).', severity: 'minor', instances: 1 }],
    },
  ],
});
