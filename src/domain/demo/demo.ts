// The demo organisation: a fictional UK/EU consumer lender a few months before its ISO/IEC 42001 Stage 1 audit.
import { controls, type AiPolicy, type AimsSnapshot, type Organisation } from '../../domain/index.ts';
import { demoClock } from './clock.ts';
import { buildContextIssues, buildInterestedParties, buildScopeStatements } from './context.ts';
import { buildDocuments } from './documents.ts';
import { buildEvidence } from './evidence.ts';
import { buildImpactAssessments } from './assessments.ts';
import { buildAccreditationBodies, buildCertificationBodies, buildExternalAudits, buildMockInterviews, buildProposals, buildReadinessSteps } from './certification.ts';
import { persons, roles, sites } from './people.ts';
import {
  buildAuditProgramme, buildConcernReports, buildIncidents, buildInternalAudits, buildManagementReviews, buildMetrics, buildNonconformities,
} from './performance.ts';
import { buildCustomControls, buildImpactMethodologies, buildObjectives, buildPlannedChanges, buildRiskMethodologies } from './planning.ts';
import { buildRisks } from './risks.ts';
import { buildSoaEntries, buildSoaVersions } from './soa.ts';
import { buildAwarenessRecords, buildCommunicationLog, buildCommunicationPlan, buildCompetenceEvidence } from './support.ts';
import { staffAiCommunication, staffAiImpactAssessment, staffAiMetric, staffAiSupplier, staffAiTool } from './staff-ai-use.ts';
import { buildAiSystems, buildDatasets, buildSuppliers } from './systems.ts';
import { withLegacySystems } from './legacy-systems.ts';

export interface DemoOptions {
  /** The day the demo is built as of (YYYY-MM-DD); every date in it is relative to this day. */
  readonly asOf: string;
}

/**
 * The weaknesses planted in the demo, as real organisations have them; everything else is meant to be in order.
 * Each names the check expected to find it and the records it concerns.
 */
export const DEMO_WEAKNESSES = [
  { id: 'a', check: 'soa-not-risk-driven', records: ['soaEntries/soa-A.4.4', 'soaEntries/soa-A.4.5', 'soaEntries/soa-A.9.3'],
    summary: 'Three SoA controls included with no risk, obligation or justification (SoA as inventory).' },
  { id: 'b', check: 'impact-assessment-conflated-with-risk', records: ['impactAssessments/ia-collections'],
    summary: 'The collections impact assessment speaks only of revenue and reputation: business risk, not effects on people.' },
  { id: 'c', check: 'corrective-action-effectiveness-unverified', records: ['nonconformities/nc-003'],
    summary: 'A nonconformity closed once its corrective action was done, without an effectiveness review.' },
  { id: 'd', check: 'internal-audit-not-independent', records: ['internalAudits/audit-02', 'persons/p-priya'],
    summary: 'The data governance lead audited the A.7 data controls she owns and the role she holds.' },
  { id: 'e', check: 'third-party-ai-ungoverned', records: ['suppliers/sup-cumulus', 'aiSystems/ais-assistant'],
    summary: 'The foundation-model supplier behind the customer assistant went through ordinary procurement, with no AI assessment.' },
  { id: 'f', check: 'assessment-stale', records: ['impactAssessments/ia-fraud', 'aiSystems/ais-fraud'],
    summary: 'The fraud model changed significantly 60 days ago (v3.1); its risks were re-assessed, its impact assessment was not.' },
  { id: 'g', check: 'monitoring-results-not-evaluated', records: ['monitoringMetrics/met-staff-assistant-use'],
    summary: 'Staff use of the workplace chat assistant is measured monthly with no target or threshold, so nobody can say when it needs action.' },
] as const;

export const demoOrganisation: Organisation = {
  id: 'larchfield',
  name: 'Larchfield Consumer Finance Ltd',
  sector: 'Financial services: consumer credit',
  effectivePersonnel: 410,
  certifiedManagementSystems: ['ISO/IEC 27001:2022'],
  aiRoles: ['developer', 'provider', 'deployer'],
  description:
    'A UK consumer lender with an EU branch in Dublin: personal loans, affordability checks on open-banking data, a customer assistant on a hosted ' +
    'language model, fraud and collections models. About 410 staff. Fictional: any likeness to a real company is unintended.',
};

function aiPolicy(t: ReturnType<typeof demoClock>): AiPolicy {
  return {
    id: 'policy-ai', title: 'AI policy', documentId: 'doc-ai-policy', aiSpecific: true, derivedFrom: 'original',
    objectiveIds: ['obj-fair-lending', 'obj-decline-reasons', 'obj-assistant-accuracy', 'obj-competence'],
    commitments: ['applicable-requirements', 'continual-improvement', 'responsible-ai'],
    alignedPolicies: ['Information security policy', 'Data protection policy', 'Model risk management policy', 'Procurement policy', 'Consumer Duty policy'],
    approvedById: 'p-helen', approvedOn: t.day(-28),
    communications: [
      { date: t.day(-265), audience: 'All staff and contractors', channel: 'Intranet and all-staff briefing', evidenceId: 'ev-policy-staff-briefing' },
      { date: t.day(-255), audience: 'Customers and the public', channel: 'Website AI page', evidenceId: 'ev-policy-web' },
      { date: t.day(-25), audience: 'All staff and contractors', channel: 'Intranet (version 1.1)', evidenceId: 'ev-policy-approval' },
    ],
    reviewIntervalMonths: 12, lastReviewedOn: t.day(-28), nextReviewDue: t.after(t.day(-28), 12),
  };
}

/** Builds the demo organisation as of `asOf`; the same asOf always gives the same snapshot. */
export function buildDemoOrganisation({ asOf }: DemoOptions): AimsSnapshot {
  const t = demoClock(asOf);
  const aiSystems = [...buildAiSystems(t), staffAiTool(t)];
  const risks = buildRisks(t);
  const evidenceItems = buildEvidence(t, aiSystems);
  const soaEntries = buildSoaEntries(risks, evidenceItems);
  const applied = soaEntries.filter((e) => e.applicable && controls.some((c) => c.id === e.controlId)).map((e) => e.controlId);
  return withLegacySystems(t, {
    organisation: demoOrganisation,
    sites,
    persons,
    roles,
    contextIssues: buildContextIssues(t),
    interestedParties: buildInterestedParties(t),
    documents: buildDocuments(t),
    evidenceItems,
    suppliers: [...buildSuppliers(t), staffAiSupplier(t)],
    aiSystems,
    scopeStatements: buildScopeStatements(t),
    aiObjectives: buildObjectives(t),
    aiPolicies: [aiPolicy(t)],
    riskMethodologies: buildRiskMethodologies(t),
    impactMethodologies: buildImpactMethodologies(t),
    customControls: buildCustomControls(),
    risks,
    soaEntries,
    soaVersions: buildSoaVersions(t),
    plannedChanges: buildPlannedChanges(t),
    datasets: buildDatasets(t),
    impactAssessments: [...buildImpactAssessments(t), staffAiImpactAssessment(t)],
    // A.10.4 is excluded in the SoA: the lender provides no AI product or service to other organisations.
    customerExpectations: [],
    competenceEvidence: buildCompetenceEvidence(t, roles),
    awarenessRecords: buildAwarenessRecords(t, persons),
    communicationPlan: [...buildCommunicationPlan(), staffAiCommunication(t).plan],
    communicationLog: [...buildCommunicationLog(t), staffAiCommunication(t).log],
    monitoringMetrics: [...buildMetrics(t), staffAiMetric(t)],
    nonconformities: buildNonconformities(t),
    incidents: buildIncidents(t),
    concernReports: buildConcernReports(t),
    internalAuditProgrammes: buildAuditProgramme(t, applied),
    internalAudits: buildInternalAudits(t, applied),
    managementReviews: buildManagementReviews(t),
    accreditationBodies: buildAccreditationBodies(t),
    certificationBodies: buildCertificationBodies(t),
    proposals: buildProposals(t),
    // Not certified yet, no external audit held yet, documents not yet frozen (readiness step 7 is due before Stage 1).
    certificates: [],
    externalAudits: buildExternalAudits(t),
    externalFindings: [],
    readinessSteps: buildReadinessSteps(t),
    mockInterviews: buildMockInterviews(t),
    freezeBaselines: [],
  });
}
