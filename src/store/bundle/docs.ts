// The per-file reference of docs/bundle.md, generated from the register schemas so the docs cannot drift from them.
import { Organisation, registerNames, registers, type RegisterName } from '../../domain/index.ts';
import { fieldRows, fieldTable } from './field-table.ts';
import { clausesOf, ORGANISATION_FILE, registerFile } from './layout.ts';
import { bundleLimits } from './limits.ts';

/** What each register file holds, in a sentence. */
const holds: Record<RegisterName, string> = {
  sites: 'The places the organisation works from; the central one is always audited when sites are sampled.',
  persons: 'The people who hold AIMS roles, own records or work within the AIMS scope (and so need awareness).',
  roles: 'AIMS roles with responsibilities, authorities, holders and required competences; a committee needs a named accountable chair.',
  contextIssues: 'Internal and external issues that bear on the AIMS, including the record of whether climate change is relevant.',
  interestedParties: 'Interested parties, their needs and whether (and how) the AIMS addresses each.',
  documents: 'Controlled documents with owner, classification, review cycle and their versions (approval, effective date, optional inline text).',
  evidenceItems: 'Evidence: files, links or records, dated by what they show, linked to the clauses, controls and records they evidence.',
  suppliers: 'Suppliers of AI models, services, components, data or compute, how they are governed and their AI-specific assessment.',
  aiSystems: 'The AI system inventory: purpose, owner, scope, EU AI Act role and class, life cycle with gates, documentation, event logging.',
  scopeStatements: 'The AIMS scope: included and excluded AI systems, units, sites and life-cycle stages, each exclusion justified.',
  aiObjectives: 'AI objectives with measure, target, due date, owner, plan and measurements.',
  aiPolicies: 'The AI policy’s facts (its text lives in a document): objectives framed, commitments, approval, communications, review.',
  riskMethodologies: 'The AI risk assessment methodology: scales, acceptance threshold, criteria, cadence and triggers.',
  impactMethodologies: 'The AI system impact assessment methodology, distinct from the risk methodology.',
  customControls: 'The organisation’s own controls, beside Annex A; their ids must not be Annex A ids.',
  risks: 'The AI risk register with each risk’s treatment: option, controls, actions, residual level and its acceptance by the owner.',
  soaEntries: 'The Statement of Applicability: one entry per control, included (traced to risks or obligations) or excluded (justified).',
  soaVersions: 'Issued and approved versions of the Statement of Applicability.',
  plannedChanges: 'Changes to the AIMS and its AI systems, planned; a significant change triggers re-assessment.',
  datasets: 'Data used by AI systems: uses, source, acquisition, provenance, quality requirements and preparation.',
  impactAssessments: 'AI system impact assessments: effects on individuals, groups and society, their severity, likelihood and mitigation.',
  customerExpectations: 'Expectations of customers of the organisation’s AI products and services, and how they are addressed.',
  competenceEvidence: 'Evidence that a person has a competence: training, qualification, experience or assessment (a self-declaration asserts only).',
  awarenessRecords: 'Who was made aware of the AI policy, their contribution and the implications of nonconformity, when and how.',
  communicationPlan: 'What is communicated, internally and externally, to whom, when, how and by whom.',
  communicationLog: 'Communications that happened, against the plan.',
  monitoringMetrics: 'What is monitored and measured, how and how often, with the measurements.',
  nonconformities: 'Nonconformities with correction, root cause, corrective actions, effectiveness review and closure.',
  incidents: 'AI incidents, including EU AI Act serious incidents, and whom they were communicated to.',
  concernReports: 'Concerns raised about AI systems, their handling and outcome.',
  internalAuditProgrammes: 'Internal audit programmes: period, criteria, frequency and planned coverage.',
  internalAudits: 'Internal audits: scope, auditors, auditees, findings and report.',
  managementReviews: 'Management reviews: attendees, each required input, decisions, AIMS changes and actions.',
  accreditationBodies: 'Accreditation bodies and whether each is an IAF MLA signatory.',
  certificationBodies: 'Candidate certification bodies, their accreditations (verified where) and any consultancy to the organisation.',
  proposals: 'Certification proposals: audit days and fees for the whole cycle, lead auditor and technical assessor.',
  certificates: 'Certificates issued to the organisation’s AIMS.',
  externalAudits: 'Audits of the certification cycle, planned and held.',
  externalFindings: 'Findings of external audits, their corrective action plans and closure.',
  readinessSteps: 'The seven readiness steps before Stage 1 and their progress.',
  mockInterviews: 'Mock interviews of control owners before the audit.',
  freezeBaselines: 'Document versions frozen before an audit.',
};

function section(file: string, title: string, lines: string[], table: string): string {
  return [`### \`${file}\` — ${title}`, '', ...lines, '', table, ''].join('\n');
}

/** The generated part of docs/bundle.md: one section per file with its purpose, clauses and fields. */
export function renderFileReference(): string {
  const parts = [
    section(ORGANISATION_FILE, 'Organisation', ['A single record (not a list): the organisation whose AIMS the bundle holds.'], fieldTable(fieldRows(Organisation))),
  ];
  for (const register of registerNames) {
    const { title, schema } = registers[register];
    parts.push(section(registerFile(register), title, [
      `Register \`${register}\`, evidencing ${clausesOf(register)}. ${holds[register]}`,
    ], fieldTable(fieldRows(schema))));
  }
  return parts.join('\n');
}

export const GENERATED_START = '<!-- generated: file reference (scripts/bundle-schema.ts); do not edit below -->';
export const GENERATED_END = '<!-- end of generated file reference -->';

/** The generated table of the limits a bundle file must stay within (limits.ts). */
export function renderLimits(): string {
  return ['| limit | value | why |', '|---|---|---|', ...bundleLimits.map((l) => `| ${l.limit} | ${l.value} | ${l.why} |`), ''].join('\n');
}

export const LIMITS_START = '<!-- generated: limits (src/store/bundle/limits.ts); do not edit below -->';
export const LIMITS_END = '<!-- end of generated limits -->';

function replaceBetween(current: string, startMarker: string, endMarker: string, body: string): string {
  const start = current.indexOf(startMarker);
  const end = current.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`docs/bundle.md must contain the markers ${startMarker} and ${endMarker}`);
  return `${current.slice(0, start)}${startMarker}\n\n${body}\n${current.slice(end)}`;
}

/** docs/bundle.md with its generated parts (the limits, the file reference) replaced by the current ones. */
export function updateBundleDoc(current: string): string {
  return replaceBetween(replaceBetween(current, LIMITS_START, LIMITS_END, renderLimits()), GENERATED_START, GENERATED_END, renderFileReference());
}
