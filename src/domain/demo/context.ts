// The demo's context (4.1), interested parties (4.2) and scope (4.3), with one AI system justifiably excluded.
import type { ContextIssue, InterestedParty, ScopeStatement } from '../../domain/index.ts';
import type { DemoClock } from './clock.ts';

export function buildContextIssues(t: DemoClock): ContextIssue[] {
  const reviewedOn = t.day(-40);
  const issue = (id: string, title: string, kind: ContextIssue['kind'], description: string, extra: Partial<ContextIssue> = {}): ContextIssue =>
    ({ id, title, kind, description, relevant: true, reviewedOn, ...extra });
  return [
    issue('ctx-eu-ai-act', 'EU AI Act obligations for credit scoring', 'external',
      'Creditworthiness evaluation of natural persons is a high-risk use; our Dublin lending brings our credit and affordability models under the Act as provider.'),
    issue('ctx-consumer-duty', 'FCA Consumer Duty and consumer credit rules', 'external',
      'Outcomes for retail customers, including those in vulnerable circumstances, must be monitored and evidenced, including where AI shapes the outcome.'),
    issue('ctx-cost-of-living', 'Cost-of-living pressure on customers', 'external',
      'More applicants and borrowers are in financial difficulty, which raises the stakes of affordability and collections decisions.'),
    issue('ctx-foundation-models', 'Dependence on hosted foundation models', 'external',
      'Our customer assistant relies on a third party’s large language model, which can change without our involvement.'),
    issue('ctx-climate', 'Climate change', 'external',
      'Determined relevant to a limited degree: the energy used to train our models and to run hosted language-model inference. Tracked through supplier sustainability reports; no AI system is used for climate-related decisions.',
      { climateChange: true }),
    issue('ctx-isms', 'Existing ISO/IEC 27001 information security management system', 'internal',
      `Certified since ${t.year(-5)}; the AIMS reuses its document control, internal audit and supplier processes where they fit.`),
    issue('ctx-skills', 'Small data science team', 'internal',
      'Seven people build and run all in-house models, which creates key-person dependency for validation and monitoring.'),
    issue('ctx-lineage', 'Legacy data lineage', 'internal',
      `Application data before ${t.year(-5)} sits in a retired platform with incomplete lineage, which limits reconstruction of older training sets.`),
    issue('ctx-brand', 'Public interest in AI in lending', 'external',
      'Press and consumer groups scrutinise automated lending decisions; our reputation depends on explaining them well.',
      { relevant: false, description: 'Considered and judged not a separate issue: it is covered by the Consumer Duty and EU AI Act issues above.' }),
  ];
}

export function buildInterestedParties(t: DemoClock): InterestedParty[] {
  const reviewedOn = t.day(-40);
  return [
    {
      id: 'ip-applicants', name: 'Loan applicants and customers', category: 'customer', reviewedOn,
      needs: [
        { description: 'Fair and explainable lending decisions', addressedByAims: true, how: 'Quarterly fairness testing; specific decline reasons; human review on request.' },
        { description: 'Reach a person instead of the assistant', addressedByAims: true, how: 'Assistant offers hand-over to an agent in every conversation.' },
      ],
    },
    {
      id: 'ip-vulnerable', name: 'Customers in vulnerable circumstances', category: 'affected-person', reviewedOn,
      needs: [{ description: 'Support and forbearance not withheld by automated prioritisation', addressedByAims: true, how: 'Vulnerability flags override model scores in collections.' }],
    },
    {
      id: 'ip-staff', name: 'Employees using AI outputs', category: 'employee', reviewedOn,
      needs: [
        { description: 'Training on what the models can and cannot do', addressedByAims: true, how: 'AI competence framework and awareness programme.' },
        { description: 'A safe way to raise concerns', addressedByAims: true, how: 'Speak-up line and AI concerns form.' },
      ],
    },
    {
      id: 'ip-fca', name: 'Financial Conduct Authority', category: 'regulator', reviewedOn,
      needs: [{ description: 'Evidence of good customer outcomes and fair value', addressedByAims: true, how: 'Consumer Duty outcome monitoring includes AI-assisted decisions.' }],
    },
    {
      id: 'ip-cbi', name: 'Central Bank of Ireland and EU AI Act market surveillance authority', category: 'regulator', reviewedOn,
      needs: [{ description: 'High-risk AI obligations met for creditworthiness evaluation', addressedByAims: true, how: 'Technical documentation, logging, human oversight and post-market monitoring per system.' }],
    },
    {
      id: 'ip-suppliers', name: 'Suppliers of AI models, services and data', category: 'supplier', reviewedOn,
      needs: [{ description: 'Clear allocation of responsibilities and notice of issues', addressedByAims: true, how: 'AI supplier governance procedure and contract clauses.' }],
    },
    {
      id: 'ip-group', name: 'Larchfield Group plc (shareholder)', category: 'investor', reviewedOn,
      needs: [
        { description: 'Certification to ISO/IEC 42001 within the year', addressedByAims: true, how: 'Certification plan and readiness steps.' },
        { description: 'Group-wide marketing analytics', addressedByAims: false, how: 'Run by Group Marketing under the group’s own governance; outside our scope.' },
      ],
    },
    {
      id: 'ip-advocates', name: 'Debt advice charities and consumer groups', category: 'society', reviewedOn,
      needs: [{ description: 'No group of people systematically excluded from credit by AI', addressedByAims: true, how: 'Societal impacts assessed per system; findings published in the annual AI transparency note.' }],
    },
  ];
}

export function buildScopeStatements(t: DemoClock): ScopeStatement[] {
  return [{
    id: 'scope-01',
    statement:
      'The AI management system of Larchfield Consumer Finance Ltd covers the development, provision and use of AI systems for consumer lending, ' +
      'fraud prevention, collections and customer service, at the Leeds, Manchester and Dublin sites, across the whole AI system life cycle.',
    documentId: 'doc-scope',
    includedAiSystemIds: ['ais-credit-scoring', 'ais-affordability', 'ais-assistant', 'ais-fraud', 'ais-collections', 'ais-document-extraction', 'ais-staff-assistant'],
    excludedAiSystems: [{
      item: 'ais-marketing-propensity',
      justification:
        'Developed and operated by Group Marketing of Larchfield Group plc, a separate legal entity outside our control; we receive only ' +
        'campaign lists after our own suppression rules. It is governed by the group’s AI policy, and our data-sharing agreement forbids its use in lending decisions.',
    }],
    includedUnits: ['Lending', 'Credit Risk', 'Data Science', 'Technology', 'Fraud', 'Collections', 'Customer Service', 'Compliance', 'Internal Audit', 'People'],
    excludedUnits: [{ item: 'Group Marketing (Larchfield Group plc)', justification: 'Separate legal entity; its only AI system is excluded as above.' }],
    siteIds: ['site-leeds', 'site-manchester', 'site-dublin'],
    excludedSites: [],
    lifecycleStages: ['inception', 'impact-assessment', 'requirements-and-design', 'verification-and-validation', 'deployment', 'operation-and-monitoring', 'retirement'],
    approvedById: 'p-helen',
    approvedOn: t.day(-300),
  }];
}
