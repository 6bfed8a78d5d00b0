// Records of clause 6 and the risk side of clause 8: policy, objectives, methodologies, risks, SoA, changes.
import { Type, type Static } from '@sinclair/typebox';
import { ownedBy } from './context.ts';
import { Enum, Id, IsoDate, Opt, Ref, Refs, Score, Strict, Text } from './primitives.ts';

export const AiPolicy = Strict({
  id: Id(),
  title: Text(),
  documentId: Ref('documents', 'The controlled document holding the policy text (7.5).'),
  aiSpecific: Type.Boolean({ description: 'Written for AI, not adapted from another management system’s policy.' }),
  derivedFrom: Opt(Enum(['original', 'information-security-policy', 'ethics-statement', 'other'] as const)),
  objectiveIds: Refs('aiObjectives', 'The AI objectives the policy frames (5.2 b).'),
  commitments: Type.Array(Enum(['applicable-requirements', 'continual-improvement', 'responsible-ai', 'other'] as const), { uniqueItems: true }),
  alignedPolicies: Opt(Type.Array(Text(), { description: 'Other organisational policies checked for consistency (A.2.3).' })),
  approvedById: Opt(Ref('persons', 'The member of top management who approved it.')),
  approvedOn: Opt(IsoDate()),
  communications: Type.Array(
    Strict({ date: IsoDate(), audience: Text(), channel: Text(), evidenceId: Opt(Ref('evidenceItems')) }),
  ),
  reviewIntervalMonths: Type.Integer({ minimum: 1, maximum: 60 }),
  lastReviewedOn: Opt(IsoDate()),
  nextReviewDue: Opt(IsoDate()),
});

export const AiObjective = Strict({
  id: Id(),
  title: Text(),
  description: Opt(Text()),
  annexCObjective: Opt(Ref('annexCObjective')),
  measure: Opt(Text('What is measured.')),
  target: Opt(Text('The value that counts as achieved.')),
  dueDate: Opt(IsoDate()),
  ...ownedBy(),
  plan: Opt(Text('What will be done and with which resources (6.2).')),
  measurements: Type.Array(Strict({ date: IsoDate(), value: Type.Number(), note: Opt(Text()) })),
});

const ScaleLevel = Strict({ value: Score(), label: Text(), description: Opt(Text()) });

/** Who can bear the consequences of an AI risk; 6.1.2 d) asks for the organisation, individuals and societies. */
export const riskConsequenceDimensions = ['organisation', 'individuals', 'groups', 'societies'] as const;

/** One cell of a look-up risk matrix: the rating a likelihood and consequence pair gets, and whether it needs treatment. */
const RiskMatrixCell = Strict({ likelihood: Score(), consequence: Score(), rating: Text(), needsTreatment: Type.Boolean() });

export const RiskMethodology = Strict({
  id: Id(),
  documentId: Opt(Ref('documents')),
  likelihoodScale: Type.Array(ScaleLevel, { minItems: 2 }),
  consequenceScale: Type.Array(ScaleLevel, { minItems: 2 }),
  acceptanceThreshold: Opt(Type.Integer({ minimum: 1, description: 'Risks with level (likelihood × consequence) above this need treatment.' })),
  matrix: Opt(Type.Array(RiskMatrixCell, { minItems: 1, description: 'A look-up risk matrix, used instead of (or beside) a numeric threshold.' })),
  criteria: Text('Risk criteria: what makes a risk acceptable (6.1.1); may be qualitative.'),
  consequenceDimensions: Opt(Type.Array(Enum(riskConsequenceDimensions), { uniqueItems: true, description: 'Whose consequences the analysis weighs (6.1.2 d).' })),
  reassessmentIntervalMonths: Type.Integer({ minimum: 1, maximum: 60 }),
  triggers: Type.Array(Text(), { description: 'Events that trigger re-assessment (8.2).' }),
  residualAcceptance: Opt(Strict({
    roleIds: Refs('roles', 'The management designated to accept residual risks (6.1.3): holders and chairs of these roles, unless a risk names its own.'),
  })),
  approvedById: Opt(Ref('persons')),
  approvedOn: Opt(IsoDate()),
});

export const ImpactMethodology = Strict({
  id: Id(),
  documentId: Opt(Ref('documents')),
  dimensions: Type.Array(Enum(['individual', 'group', 'society'] as const), { minItems: 1, uniqueItems: true }),
  severityScale: Type.Array(ScaleLevel, { minItems: 2 }),
  likelihoodScale: Type.Array(ScaleLevel, { minItems: 2 }),
  criteria: Text(),
  reassessmentIntervalMonths: Type.Integer({ minimum: 1, maximum: 60 }),
  triggers: Type.Array(Text(), { description: 'Significant changes that trigger re-assessment (8.4).' }),
  approvedById: Opt(Ref('persons')),
  approvedOn: Opt(IsoDate()),
});

export const riskTreatmentOptions = ['modify', 'avoid', 'share', 'retain'] as const;

export const Risk = Strict({
  id: Id(),
  title: Text(),
  description: Opt(Text()),
  sourceIds: Opt(Refs('annexCRiskSource', 'Annex C risk sources.')),
  aiSystemIds: Refs('aiSystems'),
  objectiveIds: Opt(Refs('aiObjectives')),
  ...ownedBy(),
  likelihood: Score(),
  consequence: Score(),
  assessedOn: IsoDate(),
  nextReviewDue: Opt(IsoDate()),
  status: Enum(['identified', 'treatment-planned', 'treated', 'accepted', 'closed'] as const),
  treatment: Opt(
    Strict({
      option: Enum(riskTreatmentOptions),
      controlIds: Refs('control', 'Controls selected to treat the risk (Annex A or the organisation’s own).'),
      actions: Type.Array(
        Strict({ description: Text(), ownerId: Opt(Ref('persons')), dueDate: Opt(IsoDate()), status: Enum(['open', 'done'] as const) }),
      ),
      residualLikelihood: Opt(Score()),
      residualConsequence: Opt(Score()),
      residualAcceptorId: Opt(Ref('persons', 'The management designated to accept this residual risk, where it is not the methodology’s (6.1.3).')),
      residualAcceptorRoleId: Opt(Ref('roles', 'The role designated to accept this residual risk: its holders or accountable chair.')),
      residualAcceptedById: Opt(Ref('persons', 'The designated management who approved the treatment plan and accepted the residual risk (6.1.3); by default the risk owner.')),
      residualAcceptedOn: Opt(IsoDate()),
      residualAcceptanceRationale: Opt(Text('Why designated management accepts a residual risk the acceptance criteria would still treat (6.1.3): the reasoning an auditor asks to see.')),
    }),
  ),
});

export const CustomControl = Strict({
  id: Id('An id that is not an Annex A id, e.g. ORG-1.'),
  title: Text(),
  description: Opt(Text()),
  group: Opt(Text()),
});

export const SoaEntry = Strict({
  id: Id(),
  controlId: Ref('control'),
  applicable: Type.Boolean(),
  riskIds: Refs('risks', 'Risks whose treatment needs this control.'),
  obligations: Opt(Type.Array(Text(), { description: 'Legal, contractual or stakeholder obligations that need this control.' })),
  justification: Opt(Text('Why the control is included, or why it is excluded.')),
  implementationStatus: Enum(['not-started', 'planned', 'partially-implemented', 'implemented', 'not-applicable'] as const),
  implementationDescription: Opt(Text()),
  ...ownedBy(),
  evidenceIds: Refs('evidenceItems'),
});

export const SoaVersion = Strict({
  id: Id(),
  version: Text(),
  issuedOn: IsoDate(),
  documentId: Opt(Ref('documents')),
  approvedById: Opt(Ref('persons')),
  approvedOn: Opt(IsoDate()),
  changeSummary: Opt(Text()),
});

export const PlannedChange = Strict({
  id: Id(),
  title: Text(),
  purpose: Text(),
  consequences: Opt(Text()),
  resources: Opt(Text()),
  responsibleId: Opt(Ref('persons')),
  plannedFor: Opt(IsoDate()),
  significant: Type.Boolean({ description: 'A significant change triggers re-assessment of risks and impacts.' }),
  aiSystemIds: Opt(Refs('aiSystems')),
  status: Enum(['proposed', 'approved', 'done', 'withdrawn'] as const),
  completedOn: Opt(IsoDate()),
});

export type AiPolicy = Static<typeof AiPolicy>;
export type AiObjective = Static<typeof AiObjective>;
export type RiskMethodology = Static<typeof RiskMethodology>;
export type ImpactMethodology = Static<typeof ImpactMethodology>;
export type Risk = Static<typeof Risk>;
export type CustomControl = Static<typeof CustomControl>;
export type SoaEntry = Static<typeof SoaEntry>;
export type SoaVersion = Static<typeof SoaVersion>;
export type PlannedChange = Static<typeof PlannedChange>;
