// The demo's AI systems with their life cycles, suppliers and datasets (A.4, A.6, A.7, A.10).
import type { AiSystem, Dataset, GateRecord, LifecycleStageName, Supplier } from '../../domain/index.ts';
import type { DemoClock } from './clock.ts';
import { technicalDocs } from './documents.ts';

const stages: LifecycleStageName[] = ['inception', 'impact-assessment', 'requirements-and-design', 'verification-and-validation', 'deployment', 'operation-and-monitoring', 'retirement'];

/** Days before deployment at which each gate was decided, for a system deployed on a given day. */
const gateLead: [LifecycleStageName, number][] = [['inception', 210], ['impact-assessment', 160], ['requirements-and-design', 130], ['verification-and-validation', 30], ['deployment', 0]];

export const gateEvidenceId = (systemId: string, stage: LifecycleStageName, n = 1) => `ev-gate-${systemId.slice(4)}-${stage}${n > 1 ? `-${n}` : ''}`;

function gates(t: DemoClock, systemId: string, deployedDaysAgo: number, approverId: string): GateRecord[] {
  return gateLead.map(([stage, lead]) => ({
    stage,
    decision: 'approved',
    approverId: stage === 'deployment' ? 'p-marcus' : approverId,
    decidedOn: t.day(-(deployedDaysAgo + lead)),
    evidenceIds: [gateEvidenceId(systemId, stage)],
  }));
}

type SystemSpec = Omit<AiSystem, 'lifecycle' | 'technicalDocumentationIds' | 'eventLogging' | 'inScope' | 'status'> & { deployedDaysAgo: number };

function system(t: DemoClock, s: SystemSpec, extraGates: GateRecord[] = []): AiSystem {
  const { deployedDaysAgo, ...rest } = s;
  const td = technicalDocs[s.id];
  return {
    ...rest,
    inScope: true,
    status: 'in-operation',
    lifecycle: {
      modelDocumentId: 'doc-lifecycle',
      stages,
      currentStage: 'operation-and-monitoring',
      gates: [...gates(t, s.id, deployedDaysAgo, s.ownerId ?? 'p-liam'), ...extraGates],
    },
    technicalDocumentationIds: td ? [td.id] : [],
    eventLogging: {
      decision: 'enabled',
      stages: ['verification-and-validation', 'deployment', 'operation-and-monitoring'],
      retentionDays: 2190,
      justification: 'Six years, to reconstruct any lending decision for the life of a complaint and beyond the EU AI Act minimum of six months.',
      decidedOn: t.day(-(deployedDaysAgo + 130)),
    },
  };
}

export function buildAiSystems(t: DemoClock): AiSystem[] {
  return [
    system(t, {
      id: 'ais-credit-scoring', name: 'Credit scoring model v4', ownerId: 'p-liam', complexity: 'high', deployedDaysAgo: 420,
      purpose: 'Estimates the probability that a personal-loan applicant will fall 90 days into arrears within 12 months.',
      intendedUse: 'One input to underwriting decisions on personal loans up to £25,000; declines near the cut-off go to an underwriter.',
      euAiActRole: 'provider', euAiActRiskClass: 'high-risk',
      knownLimitations: ['Less reliable for applicants with under two years of UK or Irish credit history.', 'Not validated for business or secured lending.'],
      humanOversight: 'Underwriters review every referral band decision and any decline the applicant disputes; they can override with a recorded reason.',
      tooling: ['Python 3.11', 'LightGBM', 'MLflow model registry', 'Great Expectations'], computeResources: ['Stratus Cloud managed Kubernetes (eu-west)', 'Nightly batch scoring cluster'],
      supplierIds: ['sup-halden', 'sup-stratus'],
    }),
    system(t, {
      id: 'ais-affordability', name: 'Affordability and income model', ownerId: 'p-emma', complexity: 'medium', deployedDaysAgo: 300,
      purpose: 'Categorises open-banking transactions to estimate verified income and committed expenditure.',
      intendedUse: 'Affordability assessment for loan applications where the applicant shares bank data; underwriters see the categorised view.',
      euAiActRole: 'provider', euAiActRiskClass: 'high-risk',
      knownLimitations: ['Irregular or cash income is under-counted.', 'Needs at least 90 days of transactions.'],
      humanOversight: 'Applicants can contest the income figure; an underwriter re-assesses with documents.',
      tooling: ['Python 3.11', 'scikit-learn', 'Brookline categorisation API'], computeResources: ['Stratus Cloud managed Kubernetes (eu-west)'],
      supplierIds: ['sup-brookline', 'sup-stratus'],
    }),
    system(t, {
      id: 'ais-assistant', name: 'Ask Larch customer assistant', ownerId: 'p-chloe', complexity: 'high', deployedDaysAgo: 240,
      purpose: 'Answers customer questions about their loan, payments and our products in the app and on the website.',
      intendedUse: 'Information and servicing for existing customers; never gives credit decisions or financial advice; hands over to an agent on request.',
      euAiActRole: 'provider', euAiActRiskClass: 'limited-risk',
      knownLimitations: ['Can state product facts wrongly when a question falls outside the help-centre articles.', 'English only.'],
      humanOversight: 'Agents review sampled conversations daily; every conversation offers hand-over to a person.',
      tooling: ['Retrieval pipeline over help-centre articles', 'Prompt and guardrail configuration in Git'], computeResources: ['Cumulus hosted language model API', 'Stratus Cloud vector store'],
      supplierIds: ['sup-cumulus', 'sup-stratus'],
    }),
    system(t, {
      id: 'ais-fraud', name: 'Application fraud model v3', ownerId: 'p-jonas', complexity: 'high', deployedDaysAgo: 380,
      purpose: 'Scores loan applications for first-party and identity fraud.',
      intendedUse: 'Routes high-scoring applications to the fraud team for checks; never declines on its own.',
      euAiActRole: 'provider', euAiActRiskClass: 'minimal-risk',
      knownLimitations: ['Applicants on shared or public devices score higher than their true risk.'],
      humanOversight: 'A fraud analyst reviews every referred application before any decision.',
      tooling: ['Python 3.11', 'XGBoost', 'MLflow model registry'], computeResources: ['Stratus Cloud managed Kubernetes (eu-west)'],
      supplierIds: ['sup-sentinel', 'sup-stratus'],
      lastSignificantChangeOn: t.day(-60),
    }, [
      // v3.1 added device-fingerprint features: verified, validated and redeployed through the gates.
      { stage: 'verification-and-validation', decision: 'approved', approverId: 'p-jonas', decidedOn: t.day(-66), evidenceIds: [gateEvidenceId('ais-fraud', 'verification-and-validation', 2)], notes: 'v3.1: device-fingerprint features.' },
      { stage: 'deployment', decision: 'approved', approverId: 'p-marcus', decidedOn: t.day(-60), evidenceIds: [gateEvidenceId('ais-fraud', 'deployment', 2)], notes: 'v3.1 released.' },
    ]),
    system(t, {
      id: 'ais-collections', name: 'Collections contact prioritisation', ownerId: 'p-owen', complexity: 'medium', deployedDaysAgo: 330,
      purpose: 'Ranks accounts in early arrears by the likelihood that a contact leads to a payment arrangement.',
      intendedUse: 'Orders the daily contact list of the collections team; vulnerability flags always take precedence.',
      euAiActRole: 'provider', euAiActRiskClass: 'minimal-risk',
      knownLimitations: ['Cannot see vulnerability that the customer has not disclosed.'],
      humanOversight: 'Team leaders review the list daily and can re-order it; agents record vulnerability as soon as it is disclosed.',
      tooling: ['Python 3.11', 'LightGBM'], computeResources: ['Stratus Cloud managed Kubernetes (eu-west)'],
      supplierIds: ['sup-stratus'],
    }),
    system(t, {
      id: 'ais-document-extraction', name: 'Payslip and bank statement extraction', ownerId: 'p-emma', complexity: 'low', deployedDaysAgo: 260,
      purpose: 'Reads figures from payslips and bank statements that applicants upload.',
      intendedUse: 'Pre-fills the income-verification screen; an underwriter confirms every figure.',
      euAiActRole: 'deployer', euAiActRiskClass: 'minimal-risk',
      knownLimitations: ['Handwritten or photographed documents are often misread.'],
      humanOversight: 'Underwriters confirm each extracted figure against the document image.',
      tooling: ['Paperlane extraction API'], computeResources: ['Paperlane hosted service (UK region)'],
      supplierIds: ['sup-paperlane'],
    }),
    {
      id: 'ais-marketing-propensity', name: 'Group marketing propensity model', ownerId: 'p-rebecca', complexity: 'medium', inScope: false, status: 'in-operation',
      purpose: 'Predicts which group customers are likely to respond to a marketing campaign.',
      intendedUse: 'Group Marketing campaign targeting, under the group’s governance.',
      euAiActRole: 'deployer', euAiActRiskClass: 'minimal-risk',
      knownLimitations: [],
      lifecycle: { stages: [], gates: [] },
      supplierIds: [], technicalDocumentationIds: [],
    },
  ];
}

const assessed = (t: DemoClock, daysAgo: number, summary: string, outcome: 'approved' | 'approved-with-conditions' = 'approved') =>
  ({ assessedOn: t.day(-daysAgo), assessorId: 'p-george', summary, outcome });

const aiClauses = [
  '30 days’ written notice of any change to models, features or methodology that affect outputs',
  'Notification of incidents affecting our data or outputs within 24 hours',
  'No use of Larchfield data to train or improve the supplier’s models',
  'Right to audit and to receive quarterly performance and drift reports',
];

export function buildSuppliers(t: DemoClock): Supplier[] {
  const next = (daysAgo: number) => t.after(t.day(-daysAgo), 12);
  return [
    {
      // Planted weakness (e): the foundation model behind the assistant went through ordinary procurement only.
      id: 'sup-cumulus', name: 'Cumulus Language Models Ltd', provides: ['foundation-model'], governedAs: 'ordinary-procurement',
      contractClauses: ['Standard cloud services agreement with 99.9% availability', 'Data processing addendum (UK GDPR)'],
      ownerId: 'p-george', nextReviewDue: next(250),
    },
    {
      id: 'sup-halden', name: 'Halden Credit Reference Agency', provides: ['data'], governedAs: 'ai-supplier',
      aiAssessment: assessed(t, 230, 'Bureau data quality, dispute process and change notification reviewed; data used as a model input under a data-sharing agreement.'),
      responsibilityAllocation: 'Halden answers for the accuracy of bureau records and consumer disputes; we answer for how the model uses them.',
      contractClauses: aiClauses, ownerId: 'p-george', nextReviewDue: next(230),
    },
    {
      id: 'sup-brookline', name: 'Brookline Open Banking Ltd', provides: ['data', 'ai-component'], governedAs: 'ai-supplier',
      aiAssessment: assessed(t, 225, 'Categorisation model accuracy by income type reviewed; condition: monthly accuracy report by category.', 'approved-with-conditions'),
      responsibilityAllocation: 'Brookline answers for transaction retrieval and categorisation accuracy; we validate categories on our own sample monthly and own the affordability decision.',
      contractClauses: aiClauses, ownerId: 'p-george', nextReviewDue: next(225),
    },
    {
      id: 'sup-paperlane', name: 'Paperlane Document AI', provides: ['ai-saas'], governedAs: 'ai-supplier',
      aiAssessment: assessed(t, 220, 'Extraction accuracy on our document sample, UK data residency and retention reviewed.'),
      responsibilityAllocation: 'Paperlane answers for extraction accuracy and data deletion after 30 days; underwriters confirm every figure.',
      contractClauses: aiClauses, ownerId: 'p-george', nextReviewDue: next(220),
    },
    {
      id: 'sup-sentinel', name: 'Sentinel Device Intelligence', provides: ['data'], governedAs: 'ai-supplier',
      aiAssessment: assessed(t, 95, 'Device-fingerprint signals assessed for accuracy, lawful basis and bias on shared devices before the fraud model v3.1 change.'),
      responsibilityAllocation: 'Sentinel answers for signal availability and accuracy; we answer for how the fraud model weighs them.',
      contractClauses: aiClauses, ownerId: 'p-george', nextReviewDue: next(95),
    },
    {
      id: 'sup-stratus', name: 'Stratus Cloud Services', provides: ['compute', 'ml-tooling'], governedAs: 'ai-supplier',
      aiAssessment: assessed(t, 240, 'Hosting, model registry and logging services reviewed against the ISMS supplier controls and AI event-logging needs.'),
      responsibilityAllocation: 'Stratus answers for platform availability and log integrity; we answer for models, data and access.',
      contractClauses: ['Event logs retained and exportable for six years', 'Notification of security incidents within 24 hours', 'Right to audit under the ISMS supplier schedule'],
      ownerId: 'p-george', nextReviewDue: next(240),
    },
    {
      id: 'sup-ashgrove', name: 'Ashgrove Assurance LLP', provides: ['non-ai'], governedAs: 'ordinary-procurement',
      contractClauses: ['Co-sourced internal audit services; independence declaration per engagement'], ownerId: 'p-michael',
    },
  ];
}

export function buildDatasets(t: DemoClock): Dataset[] {
  const d = (id: string, name: string, aiSystemIds: string[], uses: Dataset['uses'], rest: Partial<Dataset>): Dataset => ({ id, name, aiSystemIds, uses, ...rest });
  return [
    d('ds-credit-history', `Personal-loan applications and outcomes ${t.year(-7)}–${t.year(-2)}`, ['ais-credit-scoring'], ['training', 'validation', 'test'], {
      source: 'Loan origination platform and servicing system', acquisition: 'Extracted from our own systems under the lending purpose; no third-party data beyond bureau attributes.',
      provenance: `Snapshot extracted in ${t.year(-2)} with lineage recorded in the data catalogue; records before ${t.year(-5)} migrated from the retired platform with a reconciliation report.`,
      qualityRequirements: 'Outcome label complete for 12 months; under 1% missing bureau attributes; segment shares within 5% of the applicant population.',
      preparation: 'De-duplication, exclusion of fraud-confirmed cases, time-based split, monotonic binning of bureau attributes.', containsPersonalData: true, supplierId: 'sup-halden',
    }),
    d('ds-bureau-feed', 'Credit bureau attributes (live)', ['ais-credit-scoring'], ['production-input'], {
      source: 'Halden Credit Reference Agency', acquisition: 'Real-time API call per application under the data-sharing agreement.',
      provenance: 'Each response stored with request id and timestamp in the decision log.', qualityRequirements: 'Response within 2 s; schema validated; attribute drift monitored monthly.',
      preparation: 'Same binning as training, versioned with the model.', containsPersonalData: true, supplierId: 'sup-halden',
    }),
    d('ds-transactions', 'Open-banking transactions (live)', ['ais-affordability'], ['production-input'], {
      source: 'Brookline Open Banking Ltd', acquisition: 'Retrieved with the applicant’s consent for 90 days only.',
      provenance: 'Consent id, retrieval timestamp and categorisation version stored with each assessment.', qualityRequirements: 'At least 90 days of history; category accuracy above 95% on our monthly sample.',
      preparation: 'Category mapping to our affordability taxonomy.', containsPersonalData: true, supplierId: 'sup-brookline',
    }),
    d('ds-income-labels', 'Labelled income and expenditure categories', ['ais-affordability'], ['training', 'test'], {
      source: `Underwriter-verified applications ${t.year(-3)}–${t.year(-2)}`, acquisition: 'Sampled from our own verified applications.',
      provenance: 'Labelling guide v2, double-labelled with adjudication; sample ids kept in the catalogue.', qualityRequirements: 'Inter-labeller agreement above 0.9; gig-economy income at least 10% of the sample.',
      preparation: 'Stratified sampling by income type.', containsPersonalData: true,
    }),
    d('ds-help-centre', 'Help-centre articles and product terms', ['ais-assistant'], ['retrieval'], {
      source: 'Our published help centre and product terms', acquisition: 'Internal content, approved by Compliance before publication.',
      provenance: 'Versioned in the content system; the assistant index is rebuilt on every approved change.', qualityRequirements: 'Only Compliance-approved articles; product facts checked against the product database weekly.',
      preparation: 'Chunking by section; removal of superseded versions.', containsPersonalData: false,
    }),
    d('ds-assistant-eval', 'Assistant evaluation conversations', ['ais-assistant'], ['test'], {
      source: 'Synthetic and anonymised real questions', acquisition: 'Written by agents; real questions anonymised before use.',
      provenance: 'Test set versioned in Git with the guardrail configuration.', qualityRequirements: 'Covers every product fact in the product database and 50 known misuse prompts.',
      preparation: 'Expected answers written and reviewed by two agents.', containsPersonalData: false,
    }),
    d('ds-fraud-cases', `Confirmed fraud cases ${t.year(-6)}–${t.year(-1)} with device signals`, ['ais-fraud'], ['training', 'validation', 'test'], {
      source: `Fraud case management system; Sentinel device signals from ${t.year(-1)}`, acquisition: 'Own records; device signals under the Sentinel agreement.',
      provenance: 'Case outcome and signal versions recorded per row; extract of the v3.1 retraining kept with the model.', qualityRequirements: 'Confirmed outcomes only; shared-device share monitored against the applicant population.',
      preparation: 'Time-based split; device features capped to reduce shared-device bias.', containsPersonalData: true, supplierId: 'sup-sentinel',
    }),
    d('ds-arrears', 'Early-arrears accounts and contact outcomes', ['ais-collections'], ['training', 'test'], {
      source: 'Collections platform', acquisition: 'Own servicing records.',
      provenance: `Extract of ${t.year(-3)}–${t.year(-2)} with lineage in the data catalogue.`, qualityRequirements: 'Contact outcomes complete; vulnerability-flagged accounts excluded from training labels.',
      preparation: 'Vulnerability-flagged accounts removed; time-based split.', containsPersonalData: true,
    }),
    d('ds-document-samples', 'Payslip and statement test set', ['ais-document-extraction'], ['test'], {
      source: 'Consented applicant documents', acquisition: 'Collected with consent for testing; redacted.',
      provenance: 'Redaction log and consent ids stored with the set.', qualityRequirements: 'Includes photographed and handwritten documents at least 15% of the set.',
      preparation: 'Ground-truth figures keyed twice.', containsPersonalData: true, supplierId: 'sup-paperlane',
    }),
  ];
}
