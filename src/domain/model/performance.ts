// Records of clauses 9 and 10 and of operation: monitoring, incidents, concerns, audits, reviews, nonconformities.
import { Type, type Static } from '@sinclair/typebox';
import { ownedBy } from './context.ts';
import { Enum, FindingClassification, Id, IsoDate, Opt, RecordRef, Ref, Refs, Strict, Text } from './primitives.ts';

export const MonitoringMetric = Strict({
  id: Id(),
  name: Text(),
  what: Text('What is monitored (9.1 a).'),
  method: Text('How it is measured and analysed (9.1 b).'),
  intervalDays: Type.Integer({ minimum: 1, description: 'How often it is measured (9.1 c).' }),
  ...ownedBy(),
  aiSystemId: Opt(Ref('aiSystems')),
  target: Opt(Text()),
  measurements: Type.Array(Strict({ date: IsoDate(), value: Type.Number(), note: Opt(Text()) })),
});

export const Incident = Strict({
  id: Id(),
  title: Text(),
  aiSystemId: Opt(Ref('aiSystems')),
  occurredOn: IsoDate(),
  detectedOn: Opt(IsoDate()),
  severity: Enum(['low', 'medium', 'high', 'critical'] as const),
  description: Opt(Text()),
  euAiActSerious: Type.Boolean({ description: 'A serious incident under EU AI Act Art 73.' }),
  seriousKind: Opt(Enum(['death', 'widespread-or-critical-infrastructure', 'other'] as const, 'Decides the Art 73 reporting deadline.')),
  reportedToAuthorityOn: Opt(IsoDate()),
  communications: Type.Array(Strict({ party: Text(), date: IsoDate(), channel: Opt(Text()) })),
  nonconformityId: Opt(Ref('nonconformities')),
  status: Enum(['open', 'closed'] as const),
  closedOn: Opt(IsoDate()),
});

export const ConcernReport = Strict({
  id: Id(),
  receivedOn: IsoDate(),
  channel: Text(),
  aiSystemId: Opt(Ref('aiSystems')),
  summary: Text(),
  anonymous: Opt(Type.Boolean()),
  handlerId: Opt(Ref('persons')),
  status: Enum(['received', 'investigating', 'closed'] as const),
  outcome: Opt(Text()),
  closedOn: Opt(IsoDate()),
});

export const InternalAuditProgramme = Strict({
  id: Id(),
  title: Text(),
  periodStart: IsoDate(),
  periodEnd: IsoDate(),
  ...ownedBy(),
  criteria: Text('Audit criteria and methods (9.2.2).'),
  frequency: Text(),
  plannedCoverage: Refs('clauseOrControl', 'Clauses and controls the programme commits to audit in its period.'),
  approvedById: Opt(Ref('persons')),
  approvedOn: Opt(IsoDate()),
});

export const InternalAudit = Strict({
  id: Id(),
  programmeId: Opt(Ref('internalAuditProgrammes')),
  title: Text(),
  status: Enum(['planned', 'in-progress', 'completed', 'cancelled'] as const),
  plannedOn: Opt(IsoDate()),
  completedOn: Opt(IsoDate()),
  scopeRefs: Refs('clauseOrControl', 'Clauses and controls audited.'),
  scopeAiSystemIds: Refs('aiSystems', 'AI systems audited.'),
  scopeUnits: Opt(Type.Array(Text())),
  auditorIds: Refs('persons'),
  auditeeIds: Opt(Refs('persons')),
  findings: Type.Array(
    Strict({
      id: Id(),
      classification: FindingClassification,
      description: Text(),
      refs: Refs('clauseOrControl'),
      nonconformityId: Opt(Ref('nonconformities')),
    }),
  ),
  reportDocumentId: Opt(Ref('documents')),
  reportIssuedOn: Opt(IsoDate()),
});

/** The inputs a management review must consider (9.3.2), each recorded as what was presented. */
export const managementReviewInputs = [
  'previousActionsStatus',
  'contextChanges',
  'interestedPartyChanges',
  'nonconformityTrends',
  'monitoringResults',
  'auditResults',
  'improvementOpportunities',
] as const;

export const ManagementReview = Strict({
  id: Id(),
  title: Text(),
  status: Enum(['planned', 'held'] as const),
  heldOn: IsoDate('The date it was held, or is planned for.'),
  chairId: Opt(Ref('persons')),
  attendeeIds: Refs('persons'),
  inputs: Strict({
    previousActionsStatus: Opt(Text('Status of actions from previous reviews.')),
    contextChanges: Opt(Text('Changes in external and internal issues.')),
    interestedPartyChanges: Opt(Text('Changes in interested parties’ needs and expectations.')),
    nonconformityTrends: Opt(Text('Trends in nonconformities and corrective actions.')),
    monitoringResults: Opt(Text('Monitoring and measurement results.')),
    auditResults: Opt(Text('Audit results.')),
    improvementOpportunities: Opt(Text('Opportunities for continual improvement.')),
  }),
  outputs: Strict({
    improvementDecisions: Type.Array(Text()),
    aimsChanges: Type.Array(Text(), { description: 'Decisions on changes needed to the AIMS.' }),
  }),
  actions: Type.Array(Strict({ description: Text(), ownerId: Opt(Ref('persons')), dueDate: Opt(IsoDate()), status: Enum(['open', 'done'] as const) })),
  minutesDocumentId: Opt(Ref('documents')),
});

export const CorrectiveAction = Strict({
  id: Id(),
  description: Text(),
  ownerId: Opt(Ref('persons')),
  dueDate: Opt(IsoDate()),
  completedOn: Opt(IsoDate()),
  status: Enum(['open', 'done'] as const),
});

export const Nonconformity = Strict({
  id: Id(),
  title: Text(),
  description: Opt(Text()),
  source: Enum(['internal-audit', 'external-audit', 'incident', 'monitoring', 'management-review', 'concern', 'other'] as const),
  sourceRecord: Opt(RecordRef('The audit finding, incident or other record that raised it.')),
  raisedOn: IsoDate(),
  classification: Enum(['major', 'minor'] as const),
  refs: Refs('clauseOrControl'),
  ...ownedBy(),
  correction: Opt(Text('What was done to contain and correct it.')),
  rootCause: Opt(Text('Root-cause analysis (10.2 b).')),
  similarNonconformities: Opt(Text('Whether similar nonconformities exist or could occur.')),
  correctiveActions: Type.Array(CorrectiveAction),
  noActionReason: Opt(Text('Why, having evaluated the need for action (10.2 b), no corrective action is needed.')),
  effectivenessReview: Opt(
    Strict({ reviewedOn: IsoDate(), reviewerId: Opt(Ref('persons')), effective: Type.Boolean(), notes: Opt(Text()) }),
  ),
  status: Enum(['open', 'closed'] as const),
  closedOn: Opt(IsoDate()),
});

export type MonitoringMetric = Static<typeof MonitoringMetric>;
export type Incident = Static<typeof Incident>;
export type ConcernReport = Static<typeof ConcernReport>;
export type InternalAuditProgramme = Static<typeof InternalAuditProgramme>;
export type InternalAudit = Static<typeof InternalAudit>;
export type ManagementReview = Static<typeof ManagementReview>;
export type CorrectiveAction = Static<typeof CorrectiveAction>;
export type Nonconformity = Static<typeof Nonconformity>;
