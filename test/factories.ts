// Factories for tests: a valid record of every register with sensible defaults, and snapshots built from them.
import {
  emptySnapshot,
  type AimsSnapshot,
  type Organisation,
  type RecordOf,
  type RegisterName,
} from '../src/domain/index.ts';

const D = '2026-06-01';

type Builder<R extends RegisterName> = (overrides?: Partial<RecordOf<R>> & { id?: string }) => RecordOf<R>;

const counters = new Map<string, number>();
function nextId(prefix: string): string {
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  return `${prefix}-${n}`;
}

function builder<R extends RegisterName>(prefix: string, defaults: (id: string) => RecordOf<R>): Builder<R> {
  return (overrides = {}) => {
    const id = overrides.id ?? nextId(prefix);
    return { ...defaults(id), ...overrides, id } as RecordOf<R>;
  };
}

export function buildOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return { id: 'org-test', name: 'Test Org', sector: 'financial services', effectivePersonnel: 120, aiRoles: ['provider'], ...overrides };
}

export const build = {
  sites: builder<'sites'>('site', (id) => ({ id, name: `Site ${id}`, central: true })),
  persons: builder<'persons'>('person', (id) => ({ id, name: `Person ${id}`, inAimsScope: true })),
  roles: builder<'roles'>('role', (id) => ({ id, name: `Role ${id}`, kind: 'individual', responsibilities: ['Runs things'], holderIds: [], requiredCompetences: [] })),
  contextIssues: builder<'contextIssues'>('issue', (id) => ({ id, title: `Issue ${id}`, kind: 'external', relevant: true })),
  interestedParties: builder<'interestedParties'>('party', (id) => ({ id, name: `Party ${id}`, category: 'customer', needs: [{ description: 'Fair decisions', addressedByAims: true }] })),
  documents: builder<'documents'>('doc', (id) => ({
    id, title: `Document ${id}`, kind: 'procedure', classification: 'internal', reviewIntervalMonths: 12, reviewDue: '2027-06-01',
    versions: [{ version: '1.0', status: 'approved', approvedOn: D, effectiveOn: D }],
  })),
  evidenceItems: builder<'evidenceItems'>('ev', (id) => ({ id, title: `Evidence ${id}`, kind: 'record', evidenceDate: D, refs: [] })),
  suppliers: builder<'suppliers'>('sup', (id) => ({ id, name: `Supplier ${id}`, provides: ['non-ai'], governedAs: 'ordinary-procurement', contractClauses: [] })),
  aiSystems: builder<'aiSystems'>('ais', (id) => ({
    id, name: `AI system ${id}`, purpose: 'Scores applications', intendedUse: 'Decision support', complexity: 'medium', inScope: true,
    status: 'in-operation', knownLimitations: [], supplierIds: [], technicalDocumentationIds: [],
    lifecycle: { stages: [], gates: [] },
  })),
  scopeStatements: builder<'scopeStatements'>('scope', (id) => ({
    id, statement: 'All AI systems of the organisation.', includedAiSystemIds: [], excludedAiSystems: [], includedUnits: [], excludedUnits: [],
    siteIds: [], excludedSites: [], lifecycleStages: [],
  })),
  aiObjectives: builder<'aiObjectives'>('obj', (id) => ({ id, title: `Objective ${id}`, measurements: [] })),
  aiPolicies: builder<'aiPolicies'>('policy', (id) => ({
    id, title: 'AI policy', documentId: 'doc-policy', aiSpecific: true, objectiveIds: [], commitments: ['applicable-requirements', 'continual-improvement'],
    communications: [], reviewIntervalMonths: 12,
  })),
  riskMethodologies: builder<'riskMethodologies'>('rm', (id) => ({
    id, likelihoodScale: scale(), consequenceScale: scale(), acceptanceThreshold: 6, criteria: 'Level above 6 needs treatment.',
    reassessmentIntervalMonths: 12, triggers: ['significant change'],
  })),
  impactMethodologies: builder<'impactMethodologies'>('im', (id) => ({
    id, dimensions: ['individual', 'group', 'society'], severityScale: scale(), likelihoodScale: scale(), criteria: 'Severity 4+ needs mitigation.',
    reassessmentIntervalMonths: 12, triggers: ['significant change'],
  })),
  customControls: builder<'customControls'>('ORG', (id) => ({ id, title: `Own control ${id}` })),
  risks: builder<'risks'>('risk', (id) => ({ id, title: `Risk ${id}`, aiSystemIds: [], likelihood: 2, consequence: 2, assessedOn: D, status: 'identified' })),
  soaEntries: builder<'soaEntries'>('soa', (id) => ({ id, controlId: 'A.2.2', applicable: true, riskIds: [], implementationStatus: 'implemented', evidenceIds: [] })),
  soaVersions: builder<'soaVersions'>('soav', (id) => ({ id, version: '1.0', issuedOn: D })),
  plannedChanges: builder<'plannedChanges'>('change', (id) => ({ id, title: `Change ${id}`, purpose: 'Improve', significant: false, status: 'proposed' })),
  datasets: builder<'datasets'>('data', (id) => ({ id, name: `Dataset ${id}`, aiSystemIds: [], uses: ['training'] })),
  impactAssessments: builder<'impactAssessments'>('ia', (id) => ({
    id, aiSystemId: 'ais-1', assessedOn: D, trigger: 'initial', affectedParties: ['Applicants'],
    impacts: [{ description: 'Unfair refusal', dimension: 'individual', type: 'fairness', severity: 3, likelihood: 2 }],
  })),
  customerExpectations: builder<'customerExpectations'>('cust', (id) => ({ id, customer: 'Bank', expectation: 'Explainability', aiSystemIds: [] })),
  competenceEvidence: builder<'competenceEvidence'>('comp', (id) => ({ id, personId: 'person-1', competence: 'AI risk assessment', kind: 'training', evidenceIds: [] })),
  awarenessRecords: builder<'awarenessRecords'>('aw', (id) => ({ id, personId: 'person-1', topics: ['ai-policy'], date: D })),
  communicationPlan: builder<'communicationPlan'>('cp', (id) => ({
    id, topic: 'ai-policy', direction: 'internal', what: 'The AI policy', audience: 'All staff', when: 'On approval', channel: 'Intranet',
  })),
  communicationLog: builder<'communicationLog'>('cl', (id) => ({ id, date: D, topic: 'ai-policy', direction: 'internal', audience: 'All staff', subject: 'Policy published' })),
  monitoringMetrics: builder<'monitoringMetrics'>('metric', (id) => ({ id, name: `Metric ${id}`, what: 'Accuracy', method: 'Weekly sample', intervalDays: 7, measurements: [] })),
  nonconformities: builder<'nonconformities'>('nc', (id) => ({
    id, title: `Nonconformity ${id}`, source: 'internal-audit', raisedOn: D, classification: 'minor', refs: ['7.2'], correctiveActions: [], status: 'open',
  })),
  incidents: builder<'incidents'>('inc', (id) => ({ id, title: `Incident ${id}`, occurredOn: D, severity: 'low', euAiActSerious: false, communications: [], status: 'open' })),
  concernReports: builder<'concernReports'>('concern', (id) => ({ id, receivedOn: D, channel: 'Hotline', summary: 'A concern', status: 'received' })),
  internalAuditProgrammes: builder<'internalAuditProgrammes'>('iap', (id) => ({
    id, title: 'Programme', periodStart: '2026-01-01', periodEnd: '2026-12-31', criteria: 'ISO/IEC 42001', frequency: 'Yearly', plannedCoverage: [],
  })),
  internalAudits: builder<'internalAudits'>('audit', (id) => ({
    id, title: `Internal audit ${id}`, status: 'completed', completedOn: D, scopeRefs: ['9.2'], scopeAiSystemIds: [], auditorIds: [], findings: [],
  })),
  managementReviews: builder<'managementReviews'>('mr', (id) => ({
    id, title: 'Management review', status: 'held', heldOn: D, attendeeIds: [],
    inputs: {}, outputs: { improvementDecisions: [], aimsChanges: [] }, actions: [],
  })),
  accreditationBodies: builder<'accreditationBodies'>('ab', (id) => ({ id, acronym: id.toUpperCase(), name: `Accreditation body ${id}`, country: 'United Kingdom', iafMlaSignatory: true, confirmed: true })),
  certificationBodies: builder<'certificationBodies'>('cb', (id) => ({ id, name: `Certification body ${id}`, status: 'candidate', accreditations: [], sectorExperience: [] })),
  proposals: builder<'proposals'>('prop', (id) => ({
    id, certificationBodyId: 'cb-1', receivedOn: D, currency: 'GBP',
    auditDays: { stage1: 3, stage2: 7, surveillance1: 3, surveillance2: 3, recertification: 6 },
    fees: { stage1: 4000, stage2: 9000, surveillance1: 4000, surveillance2: 4000, recertification: 8000 },
    leadAuditor: { name: 'Lead', aiGovernanceExperience: 'Three AIMS audits' },
  })),
  certificates: builder<'certificates'>('cert', (id) => ({ id, certificationBodyId: 'cb-1', number: 'AIMS-001', scope: 'All AI systems', decisionOn: '2026-03-10', expiresOn: '2029-03-09', status: 'valid' })),
  externalAudits: builder<'externalAudits'>('xa', (id) => ({ id, kind: 'stage-1', sampledRefs: [], sampledAiSystemIds: [], status: 'planned' })),
  externalFindings: builder<'externalFindings'>('xf', (id) => ({ id, auditId: 'xa-1', classification: 'minor', refs: ['7.2'], description: 'A finding', raisedOn: D, status: 'open' })),
  readinessSteps: builder<'readinessSteps'>('step', (id) => ({ id, step: 'gap-review', status: 'not-started' })),
  mockInterviews: builder<'mockInterviews'>('mock', (id) => ({ id, intervieweeId: 'person-1', heldOn: D, controlIds: [], outcome: 'ready' })),
  freezeBaselines: builder<'freezeBaselines'>('freeze', (id) => ({ id, frozenOn: D, documents: [] })),
} satisfies { [R in RegisterName]: Builder<R> };

function scale() {
  return [1, 2, 3, 4, 5].map((value) => ({ value, label: `Level ${value}` }));
}

/** A snapshot of a test organisation holding the given records; registers not given are empty. */
export function aimsOf(
  records: { [R in RegisterName]?: RecordOf<R>[] } = {},
  organisation: Partial<Organisation> = {},
): AimsSnapshot {
  return { ...emptySnapshot(buildOrganisation(organisation)), ...records };
}
