// The registers as the navigation names them, in the Standard's words and grouped by the clauses they serve.
import { registerFileStem, registers, type RegisterName } from '../../domain/model/registers.ts';

export interface RegisterNav {
  readonly name: RegisterName;
  /** The register's name in the navigation and on its list page (plural, the Standard's words). */
  readonly plural: string;
  /** The URL segment and API path segment: the bundle file's kebab-case name. */
  readonly slug: string;
  readonly title: string;
}

const plural: Record<RegisterName, string> = {
  sites: 'Sites',
  persons: 'People',
  roles: 'Roles, responsibilities and authorities',
  contextIssues: 'Context issues',
  interestedParties: 'Interested parties',
  documents: 'Documents',
  evidenceItems: 'Evidence',
  suppliers: 'Suppliers',
  aiSystems: 'AI systems',
  scopeStatements: 'Scope of the AIMS',
  aiObjectives: 'AI objectives',
  aiPolicies: 'AI policy',
  riskMethodologies: 'Risk assessment methodology',
  impactMethodologies: 'Impact assessment methodology',
  customControls: 'Organisation controls',
  risks: 'Risks',
  soaEntries: 'Statement of Applicability',
  soaVersions: 'Statement of Applicability versions',
  plannedChanges: 'Planned changes',
  datasets: 'Data for AI systems',
  impactAssessments: 'Impact assessments',
  customerExpectations: 'Customer expectations',
  competenceEvidence: 'Competence',
  awarenessRecords: 'Awareness',
  communicationPlan: 'Communication plan',
  communicationLog: 'Communication log',
  monitoringMetrics: 'Monitoring and measurement',
  nonconformities: 'Nonconformities and corrective actions',
  incidents: 'Incidents',
  concernReports: 'Concern reports',
  internalAuditProgrammes: 'Internal audit programme',
  internalAudits: 'Internal audits',
  managementReviews: 'Management reviews',
  accreditationBodies: 'Accreditation bodies',
  certificationBodies: 'Certification bodies',
  proposals: 'Certification proposals',
  certificates: 'Certificates',
  externalAudits: 'External audits',
  externalFindings: 'External findings',
  readinessSteps: 'Readiness steps',
  mockInterviews: 'Mock interviews',
  freezeBaselines: 'Document freeze baselines',
};

export const registerNav: Record<RegisterName, RegisterNav> = Object.fromEntries(
  (Object.keys(registers) as RegisterName[]).map((name) => [
    name,
    { name, plural: plural[name], slug: registerFileStem(name), title: registers[name].title },
  ]),
) as Record<RegisterName, RegisterNav>;

const bySlug = new Map(Object.values(registerNav).map((r) => [r.slug, r]));

/** The register a URL segment names, accepting the API's kebab-case and the checks' camelCase. */
export function registerBySlug(slug: string): RegisterNav | undefined {
  return bySlug.get(slug) ?? (Object.hasOwn(registerNav, slug) ? registerNav[slug as RegisterName] : undefined);
}

export interface NavGroup {
  readonly label: string;
  readonly registers: readonly RegisterName[];
}

/** The sidebar, by the clauses of the Standard: context, leadership, planning, support, operation, evaluation, improvement. */
export const navGroups: readonly NavGroup[] = [
  { label: 'Context and leadership (4–5)', registers: ['scopeStatements', 'contextIssues', 'interestedParties', 'aiPolicies', 'roles', 'persons', 'sites'] },
  { label: 'Planning (6)', registers: ['risks', 'soaEntries', 'aiObjectives', 'riskMethodologies', 'impactMethodologies', 'customControls', 'soaVersions', 'plannedChanges'] },
  { label: 'Support (7)', registers: ['documents', 'evidenceItems', 'competenceEvidence', 'awarenessRecords', 'communicationPlan', 'communicationLog'] },
  { label: 'Operation (8)', registers: ['aiSystems', 'impactAssessments', 'datasets', 'suppliers', 'customerExpectations', 'incidents', 'concernReports'] },
  { label: 'Evaluation and improvement (9–10)', registers: ['monitoringMetrics', 'internalAuditProgrammes', 'internalAudits', 'managementReviews', 'nonconformities'] },
  { label: 'Certification', registers: ['certificationBodies', 'proposals', 'certificates', 'externalAudits', 'externalFindings', 'readinessSteps', 'mockInterviews', 'freezeBaselines', 'accreditationBodies'] },
];
