// The demo's evidence items (7.5): what an auditor samples for each clause and control, dated by what they show.
import type { AiSystem, EvidenceItem } from '../../domain/index.ts';
import type { DemoClock } from './clock.ts';

type Spec = [id: string, title: string, daysAgo: number, refs: string[], owner: string, extra?: Partial<EvidenceItem>];

const specs: Spec[] = [
  ['ev-context-analysis', 'Context and interested parties analysis, reviewed', 40, ['4.1', '4.2'], 'p-nadia', { records: [{ register: 'documents', id: 'doc-context' }] }],
  ['ev-scope-approval', 'Scope statement approved by the CEO', 300, ['4.3'], 'p-nadia', { records: [{ register: 'scopeStatements', id: 'scope-01' }] }],
  ['ev-aims-process-map', 'AIMS process map and interactions with the ISMS', 280, ['4.4'], 'p-nadia'],
  ['ev-exco-resources', 'Executive Committee minutes approving the AIMS budget and team', 320, ['5.1', '7.1'], 'p-helen'],
  ['ev-policy-approval', 'AI policy v1.1 approval by the CEO after annual review', 28, ['5.2', 'A.2.2', 'A.2.4'], 'p-nadia', { records: [{ register: 'aiPolicies', id: 'policy-ai' }] }],
  ['ev-policy-alignment', 'Alignment review of the AI policy with security, data protection, model risk and procurement policies', 275, ['A.2.3'], 'p-nadia'],
  ['ev-policy-staff-briefing', 'All-staff briefing and intranet publication of the AI policy', 265, ['5.2', '7.3', '7.4'], 'p-dan'],
  ['ev-policy-web', 'AI policy summary on the public website', 255, ['5.2', 'A.8.5'], 'p-dan', { kind: 'link', url: 'https://www.larchfield.example/ai/policy' }],
  ['ev-role-acceptance', 'Role descriptions acknowledged by every role holder', 260, ['5.3', 'A.3.2'], 'p-nadia'],
  ['ev-objectives-progress', 'AI objectives plan and quarterly progress report', 20, ['6.2', 'A.6.1.2', 'A.9.3'], 'p-nadia'],
  ['ev-risk-register', 'AI risk register export with assessment dates', 40, ['6.1.1', '6.1.2', '8.2'], 'p-tom'],
  ['ev-risk-treatment', 'Risk treatment plan v1.1 with residual risk acceptances', 40, ['6.1.3', '8.3'], 'p-tom'],
  ['ev-soa-approval', 'Statement of Applicability v1.1 approved', 40, ['6.1.3'], 'p-nadia', { records: [{ register: 'soaVersions', id: 'soa-v1-1' }] }],
  ['ev-impact-reports', 'Impact assessment reports with committee approvals', 180, ['6.1.4', '8.4', 'A.5.2', 'A.5.3', 'A.5.4', 'A.5.5'], 'p-tom'],
  ['ev-change-log', 'AIMS change log with planned-change decisions', 60, ['6.3'], 'p-nadia'],
  ['ev-training-records', 'Learning system export of AI competence training', 15, ['7.2', 'A.4.6'], 'p-lucy'],
  ['ev-qualifications', 'Copies of professional qualifications held by role holders', 90, ['7.2'], 'p-lucy'],
  ['ev-experience', 'Line-manager attestations of relevant experience', 90, ['7.2'], 'p-lucy'],
  ['ev-awareness', 'AIMS awareness e-learning completion report', 200, ['7.3'], 'p-lucy'],
  ['ev-comms-log', 'Communication log extract with dates and audiences', 10, ['7.4'], 'p-dan'],
  ['ev-document-register', 'Document register with versions, approvals and review dates', 30, ['7.5.1', '7.5.2', '7.5.3'], 'p-nadia'],
  ['ev-gate-decisions', 'AI Governance Committee gate decisions', 60, ['8.1', 'A.6.1.3', 'A.6.2.5'], 'p-nadia'],
  ['ev-monitoring-dashboard', 'Monthly AIMS and model monitoring dashboard', 5, ['9.1', 'A.6.2.6'], 'p-nadia'],
  ['ev-audit-programme', 'Internal audit programme approved by the CEO', 200, ['9.2.2'], 'p-michael'],
  ['ev-audit-reports', 'Internal audit reports IA-01 to IA-04', 43, ['9.2.1'], 'p-michael'],
  ['ev-review-minutes', 'Management review minutes with inputs, decisions and actions', 21, ['9.3.1', '9.3.2', '9.3.3'], 'p-nadia', { records: [{ register: 'managementReviews', id: 'mr-01' }] }],
  ['ev-nc-register', 'Nonconformity and corrective action register extract', 30, ['10.2'], 'p-nadia'],
  ['ev-improvement-log', 'Continual improvement log', 25, ['10.1'], 'p-nadia'],
  ['ev-concern-channel', 'Speak-up line and AI concerns web form', 240, ['A.3.3', 'A.8.3'], 'p-hannah', { kind: 'link', url: 'https://www.larchfield.example/ai/concerns' }],
  ['ev-resource-register', 'AI system resource register: data, tooling, compute and people', 50, ['A.4.2', 'A.4.3', 'A.4.4', 'A.4.5', 'A.4.6'], 'p-yusuf'],
  ['ev-requirements', 'Requirements specifications of the AI systems', 150, ['A.6.2.2'], 'p-ana'],
  ['ev-design-records', 'Model development reports', 150, ['A.6.2.3'], 'p-ana'],
  ['ev-validation-reports', 'Independent validation reports, including fraud model v3.1', 66, ['A.6.2.4'], 'p-grace'],
  ['ev-technical-docs', 'Technical documentation index per AI system', 55, ['A.6.2.7'], 'p-ana'],
  ['ev-event-logging', 'Event logging configuration and retention settings', 90, ['A.6.2.8'], 'p-kwame'],
  ['ev-data-catalogue', 'Data catalogue entries with acquisition, provenance and lineage', 35, ['A.7.2', 'A.7.3', 'A.7.5'], 'p-priya'],
  ['ev-data-quality', 'Data quality and preparation reports per dataset', 30, ['A.7.4', 'A.7.6'], 'p-priya'],
  ['ev-transparency-page', 'AI transparency page: where we use AI and its known limitations', 45, ['7.4', 'A.8.2', 'A.8.5'], 'p-dan', { kind: 'link', url: 'https://www.larchfield.example/ai' }],
  ['ev-incident-exercise', 'AI incident communication exercise', 130, ['A.8.4'], 'p-isabel'],
  ['ev-responsible-use', 'Responsible-use attestations by users of AI outputs', 120, ['A.9.2', 'A.9.3', 'A.9.4'], 'p-isabel'],
  ['ev-supplier-assessments', 'AI supplier assessments and contract clause checklist', 95, ['A.10.2', 'A.10.3'], 'p-george'],
  ['ev-fairness-tests', 'Quarterly fairness test report', 20, ['ORG-1', 'A.5.4'], 'p-ana'],
  ['ev-assistant-guardrails', 'Assistant guardrail configuration and blocked-topic test results', 10, ['ORG-2', 'A.6.2.4'], 'p-yusuf'],
  ['ev-incident-apr', 'Incident report: the assistant quoted an outdated APR', 148, ['A.8.4', '10.2'], 'p-chloe', { records: [{ register: 'incidents', id: 'inc-001' }] }],
  ['ev-remediation-letters', 'Remediation letters to customers affected by the APR incident', 140, ['A.8.4'], 'p-chloe'],
];

const gateRefs: Record<string, string[]> = {
  inception: ['8.1'],
  'impact-assessment': ['8.4', 'A.5.2'],
  'requirements-and-design': ['A.6.2.2', 'A.6.2.3'],
  'verification-and-validation': ['A.6.2.4'],
  deployment: ['A.6.2.5'],
  'operation-and-monitoring': ['A.6.2.6'],
  retirement: ['A.6.2.6'],
};

export function buildEvidence(t: DemoClock, systems: readonly AiSystem[]): EvidenceItem[] {
  const items: EvidenceItem[] = specs.map(([id, title, daysAgo, refs, ownerId, extra]) => ({
    id, title, kind: 'record', evidenceDate: t.day(-daysAgo), ownerId, refs, ...extra,
  }));
  // One record per gate decision, so a walkthrough of any system finds the evidence of each stage it passed.
  for (const system of systems) {
    for (const gate of system.lifecycle.gates) {
      for (const id of gate.evidenceIds) {
        items.push({
          id, title: `${system.name}: ${gate.stage} gate decision${gate.notes ? ` (${gate.notes})` : ''}`, kind: 'record',
          evidenceDate: gate.decidedOn ?? t.asOf, ownerId: system.ownerId, refs: gateRefs[gate.stage] ?? ['8.1'],
          records: [{ register: 'aiSystems', id: system.id }],
        });
      }
    }
  }
  return items;
}
