// The demo's staff use of a general-purpose AI tool (4.3, A.9): a workplace chat assistant, recorded in the inventory
// as a general-purpose tool with its supplier, rules of use and usage monitoring. Kept in its own records.
import type { AiSystem, CommunicationLogEntry, CommunicationPlanEntry, ImpactAssessment, MonitoringMetric, Supplier } from '../../domain/index.ts';
import type { DemoClock } from './clock.ts';
import { gateEvidenceId } from './systems.ts';

export const STAFF_TOOL_ID = 'ais-staff-assistant';

export function staffAiTool(t: DemoClock): AiSystem {
  return {
    id: STAFF_TOOL_ID, name: 'Quill workplace chat assistant (staff use)', ownerId: 'p-isabel', complexity: 'low', inScope: true, status: 'in-operation',
    generalPurposeTool: true,
    purpose: 'A general-purpose chat assistant licensed for staff, used to draft and summarise internal text.',
    intendedUse:
      'Drafting and summarising internal documents, emails and code comments by licensed staff; never with customer personal data, ' +
      'never to make or explain a credit decision, and every output checked by the member of staff who uses it.',
    euAiActRole: 'deployer', euAiActRiskClass: 'minimal-risk',
    knownLimitations: ['Can state facts wrongly with confidence.', 'Knows nothing of our products beyond what staff paste in.'],
    humanOversight: 'Each user reviews every output before use; the responsible-use standard forbids customer data; prompts are logged and sampled monthly by compliance.',
    lifecycle: {
      modelDocumentId: 'doc-lifecycle',
      stages: ['inception', 'impact-assessment', 'deployment', 'operation-and-monitoring', 'retirement'],
      currentStage: 'operation-and-monitoring',
      gates: [
        { stage: 'inception', decision: 'approved', approverId: 'p-isabel', decidedOn: t.day(-200), evidenceIds: [gateEvidenceId(STAFF_TOOL_ID, 'inception')] },
        { stage: 'impact-assessment', decision: 'approved', approverId: 'p-isabel', decidedOn: t.day(-165), evidenceIds: [gateEvidenceId(STAFF_TOOL_ID, 'impact-assessment')] },
        {
          stage: 'deployment', decision: 'approved-with-conditions', approverId: 'p-marcus', decidedOn: t.day(-150), evidenceIds: [gateEvidenceId(STAFF_TOOL_ID, 'deployment')],
          notes: 'Roll-out to licensed staff after responsible-use training.',
        },
      ],
    },
    tooling: ['Quill for Business tenant with single sign-on'], computeResources: ['Quill hosted service (EU region)'],
    supplierIds: ['sup-quill'], technicalDocumentationIds: ['doc-td-staff-assistant'],
    eventLogging: {
      decision: 'enabled', stages: ['operation-and-monitoring'], retentionDays: 365,
      justification: 'Prompts and outputs kept a year, to sample for customer data and misuse.', decidedOn: t.day(-150),
    },
  };
}

export function staffAiSupplier(t: DemoClock): Supplier {
  return {
    id: 'sup-quill', name: 'Quill AI Ltd', provides: ['ai-saas'], governedAs: 'ai-supplier',
    aiAssessment: {
      assessedOn: t.day(-160), assessorId: 'p-george', outcome: 'approved-with-conditions',
      summary: 'Business tenant reviewed: no training on our prompts, EU data residency, admin logging; condition: single sign-on and the responsible-use standard before roll-out.',
    },
    responsibilityAllocation: 'Quill answers for the service, its model changes and data handling; we answer for who uses it, for what, and for checking outputs.',
    contractClauses: [
      'No use of our prompts or outputs to train or improve the supplier’s models',
      '30 days’ notice of model changes that affect outputs',
      'Notification of incidents affecting our data within 24 hours',
    ],
    ownerId: 'p-george', nextReviewDue: t.after(t.day(-160), 12),
  };
}

/**
 * Planted weakness (g): staff usage of the assistant is measured, but no target or threshold says what level of use,
 * or of flagged prompts, needs action, so the results cannot be evaluated (9.1).
 */
export function staffAiMetric(t: DemoClock): MonitoringMetric {
  const measurements = [];
  for (let ago = 120, i = 0; ago >= 0; ago -= 30, i++) measurements.push({ date: t.day(-ago), value: 180 + 25 * i });
  return {
    id: 'met-staff-assistant-use', name: 'Staff assistant use', what: 'Monthly active staff users of the workplace chat assistant',
    method: 'Count from the Quill admin console, monthly', intervalDays: 30, ownerId: 'p-isabel', aiSystemId: STAFF_TOOL_ID, measurements,
  };
}

export function staffAiImpactAssessment(t: DemoClock): ImpactAssessment {
  return {
    id: 'ia-staff-assistant', aiSystemId: STAFF_TOOL_ID, methodologyId: 'im-01', assessorId: 'p-tom', assessedOn: t.day(-170), trigger: 'initial',
    affectedParties: ['Staff who use the assistant', 'Customers whose letters staff draft with it'],
    impacts: [
      {
        description: 'A customer receives a letter with a wrong fact drafted by the assistant and not caught by the member of staff.',
        dimension: 'individual', type: 'financial harm', severity: 3, likelihood: 2, mitigation: 'Every output checked by its user; customer letters keep their four-eyes review.',
      },
      {
        description: 'Customer personal data pasted into prompts leaves our control.',
        dimension: 'individual', type: 'privacy', severity: 3, likelihood: 2, mitigation: 'No-training tenant; data-loss prevention on prompts; monthly sampling by compliance.',
      },
    ],
    conclusion: 'Acceptable for internal drafting under the responsible-use standard.',
    nextReviewDue: t.after(t.day(-170), 12), approvedById: 'p-marcus', approvedOn: t.day(-165),
  };
}

/** Its users are staff, so its limitations are communicated inside the organisation. */
export function staffAiCommunication(t: DemoClock): { plan: CommunicationPlanEntry; log: CommunicationLogEntry } {
  return {
    plan: {
      id: 'cp-staff-assistant', topic: 'known-limitations', direction: 'internal', what: 'What the workplace chat assistant may be used for, its known limitations and the checks on its outputs',
      audience: 'Licensed staff', when: 'Before a licence is issued; on each model change', channel: 'Responsible-use training and intranet page', responsibleId: 'p-isabel', aiSystemIds: [STAFF_TOOL_ID],
    },
    log: {
      id: 'cl-staff-assistant', planEntryId: 'cp-staff-assistant', date: t.day(-150), topic: 'known-limitations', direction: 'internal', audience: 'Licensed staff',
      subject: 'Responsible-use training for the workplace chat assistant', channel: 'E-learning', aiSystemIds: [STAFF_TOOL_ID],
    },
  };
}
