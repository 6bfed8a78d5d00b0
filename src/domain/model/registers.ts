// The registers of an AIMS: one entry per record type, with its schema, bundle file and the clauses it serves.
import type { Static, TObject } from '@sinclair/typebox';
import * as certification from './certification.ts';
import * as context from './context.ts';
import * as performance from './performance.ts';
import * as planning from './planning.ts';
import * as support from './support.ts';
import * as systems from './systems.ts';

interface RegisterDefinition<S extends TObject = TObject> {
  /** Title of one record, in the Standard's words. */
  readonly title: string;
  readonly schema: S;
  /** The clauses and controls whose requirements the register's records evidence. */
  readonly refs: readonly string[];
  /** The field that names a record in lists and messages. */
  readonly label: string;
}

const def = <S extends TObject>(title: string, schema: S, refs: readonly string[], label: string): RegisterDefinition<S> => ({
  title, schema, refs, label,
});

/**
 * Every register of one organisation, keyed by its collection name. The key names the bundle file
 * (kebab-case), the table (snake_case) and the reference target (`x-ref`). Order is dependency order:
 * a register refers mostly to those before it, which keeps bundle files readable top to bottom.
 */
export const registers = {
  sites: def('Site', context.Site, ['4.3'], 'name'),
  persons: def('Person', context.Person, ['7.1'], 'name'),
  roles: def('Role', context.Role, ['5.3', 'A.3.2'], 'name'),
  contextIssues: def('Context issue', context.ContextIssue, ['4.1'], 'title'),
  interestedParties: def('Interested party', context.InterestedParty, ['4.2'], 'name'),
  documents: def('Document', support.Document, ['7.5', '7.5.1', '7.5.2', '7.5.3'], 'title'),
  evidenceItems: def('Evidence item', support.EvidenceItem, ['7.5'], 'title'),
  suppliers: def('Supplier', systems.Supplier, ['A.10.2', 'A.10.3'], 'name'),
  aiSystems: def('AI system', systems.AiSystem, ['4.3', '8.1', 'A.4.2', 'A.6.2.2'], 'name'),
  scopeStatements: def('Scope statement', context.ScopeStatement, ['4.3'], 'statement'),
  aiObjectives: def('AI objective', planning.AiObjective, ['6.2'], 'title'),
  aiPolicies: def('AI policy', planning.AiPolicy, ['5.2', 'A.2.2', 'A.2.3', 'A.2.4'], 'title'),
  riskMethodologies: def('Risk assessment methodology', planning.RiskMethodology, ['6.1.2'], 'id'),
  impactMethodologies: def('Impact assessment methodology', planning.ImpactMethodology, ['6.1.4', 'A.5.2'], 'id'),
  customControls: def('Organisation control', planning.CustomControl, ['6.1.3'], 'title'),
  risks: def('Risk', planning.Risk, ['6.1.2', '6.1.3', '8.2', '8.3'], 'title'),
  soaEntries: def('Statement of Applicability entry', planning.SoaEntry, ['6.1.3'], 'controlId'),
  soaVersions: def('Statement of Applicability version', planning.SoaVersion, ['6.1.3'], 'version'),
  plannedChanges: def('Planned change', planning.PlannedChange, ['6.3'], 'title'),
  datasets: def('Dataset', systems.Dataset, ['A.4.3', 'A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6'], 'name'),
  impactAssessments: def('AI system impact assessment', systems.ImpactAssessment, ['6.1.4', '8.4', 'A.5.2', 'A.5.3', 'A.5.4', 'A.5.5'], 'id'),
  customerExpectations: def('Customer expectation', systems.CustomerExpectation, ['A.10.4'], 'customer'),
  competenceEvidence: def('Competence evidence', support.CompetenceEvidence, ['7.2', 'A.4.6'], 'competence'),
  awarenessRecords: def('Awareness record', support.AwarenessRecord, ['7.3'], 'id'),
  communicationPlan: def('Communication plan entry', support.CommunicationPlanEntry, ['7.4', 'A.8.5'], 'what'),
  communicationLog: def('Communication log entry', support.CommunicationLogEntry, ['7.4', 'A.8.2'], 'subject'),
  monitoringMetrics: def('Monitoring metric', performance.MonitoringMetric, ['9.1', 'A.6.2.6'], 'name'),
  nonconformities: def('Nonconformity', performance.Nonconformity, ['10.2'], 'title'),
  incidents: def('Incident', performance.Incident, ['A.8.4', 'A.8.3'], 'title'),
  concernReports: def('Concern report', performance.ConcernReport, ['A.3.3'], 'summary'),
  internalAuditProgrammes: def('Internal audit programme', performance.InternalAuditProgramme, ['9.2', '9.2.2'], 'title'),
  internalAudits: def('Internal audit', performance.InternalAudit, ['9.2', '9.2.1'], 'title'),
  managementReviews: def('Management review', performance.ManagementReview, ['9.3', '9.3.1', '9.3.2', '9.3.3'], 'title'),
  accreditationBodies: def('Accreditation body', certification.AccreditationBody, [], 'acronym'),
  certificationBodies: def('Certification body', certification.CertificationBody, [], 'name'),
  proposals: def('Certification proposal', certification.Proposal, [], 'id'),
  certificates: def('Certificate', certification.Certificate, [], 'number'),
  externalAudits: def('External audit', certification.ExternalAudit, [], 'kind'),
  externalFindings: def('External finding', certification.ExternalFinding, ['10.2'], 'description'),
  readinessSteps: def('Readiness step', certification.ReadinessStep, [], 'step'),
  mockInterviews: def('Mock interview', certification.MockInterview, [], 'id'),
  freezeBaselines: def('Document freeze baseline', certification.FreezeBaseline, ['7.5.3'], 'frozenOn'),
} as const;

export type Registers = typeof registers;
export type RegisterName = keyof Registers;
export type RecordOf<R extends RegisterName> = Static<Registers[R]['schema']>;
export type AnyRecord = RecordOf<RegisterName>;

export const registerNames = Object.keys(registers) as RegisterName[];

export function isRegisterName(name: string): name is RegisterName {
  return Object.hasOwn(registers, name);
}

/** kebab-case file stem of a register: `soaEntries` → `soa-entries`. */
export function registerFileStem(name: RegisterName): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** snake_case table name of a register: `soaEntries` → `soa_entries`. */
export function registerTableName(name: RegisterName): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
