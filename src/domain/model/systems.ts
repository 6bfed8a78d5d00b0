// Records about AI systems: the inventory with its life cycle, datasets, impact assessments, suppliers, customers.
import { Type, type Static } from '@sinclair/typebox';
import { ownedBy } from './context.ts';
import { Enum, Id, IsoDate, LifecycleStage, Opt, Ref, Refs, Score, Strict, Text } from './primitives.ts';

export const euAiActRoles = ['provider', 'deployer', 'importer', 'distributor', 'product-manufacturer', 'authorised-representative'] as const;
export const euAiActRiskClasses = ['prohibited', 'high-risk', 'limited-risk', 'minimal-risk', 'general-purpose', 'general-purpose-systemic'] as const;

export const GateRecord = Strict({
  stage: LifecycleStage,
  decision: Enum(['approved', 'approved-with-conditions', 'rejected', 'pending'] as const),
  approverId: Opt(Ref('persons')),
  decidedOn: Opt(IsoDate()),
  evidenceIds: Refs('evidenceItems'),
  notes: Opt(Text()),
});

/** The record that stands in for the gates an AI system passed before the AIMS existed. */
export const RetrospectiveBaseline = Strict({
  documentedOn: IsoDate('When the state of the system was documented on its adoption into the AIMS.'),
  atStage: LifecycleStage,
  approverId: Opt(Ref('persons')),
  evidenceIds: Refs('evidenceItems'),
  documentId: Opt(Ref('documents', 'The baseline document: design, data, validation and decisions reconstructed.')),
  notes: Opt(Text()),
}, 'A system that predates the AIMS: the stages before `atStage` are evidenced by this baseline, not by gates.');

export const AiSystem = Strict({
  id: Id(),
  name: Text(),
  purpose: Text(),
  intendedUse: Text(),
  ...ownedBy(),
  complexity: Enum(['low', 'medium', 'high'] as const),
  inScope: Type.Boolean({ description: 'Inside the AIMS scope (4.3).' }),
  status: Enum(['proposed', 'in-development', 'in-operation', 'retired'] as const),
  euAiActRole: Opt(Enum(euAiActRoles)),
  euAiActRiskClass: Opt(Enum(euAiActRiskClasses)),
  knownLimitations: Type.Array(Text()),
  users: Opt(Enum(['internal', 'external', 'internal-and-external'] as const, 'Who uses it: staff (internal), customers or the public (external), or both.')),
  humanOversight: Opt(Text()),
  lifecycle: Strict({
    modelDocumentId: Opt(Ref('documents', 'The documented life-cycle procedure this system follows.')),
    stages: Type.Array(LifecycleStage, { uniqueItems: true, description: 'The stages defined for this system.' }),
    currentStage: Opt(LifecycleStage),
    gates: Type.Array(GateRecord),
    retrospectiveBaseline: Opt(RetrospectiveBaseline),
  }),
  tooling: Opt(Type.Array(Text(), { description: 'Tools used to build and run it (A.4.4).' })),
  computeResources: Opt(Type.Array(Text(), { description: 'System and computing resources (A.4.5).' })),
  supplierIds: Refs('suppliers', 'Third parties providing components (A.10).'),
  technicalDocumentationIds: Refs('documents', 'Technical documentation (A.6.2.7).'),
  eventLogging: Opt(
    Strict({
      decision: Enum(['enabled', 'not-required'] as const),
      stages: Type.Array(LifecycleStage, { uniqueItems: true }),
      retentionDays: Opt(Type.Integer({ minimum: 0 })),
      justification: Opt(Text()),
      decidedOn: Opt(IsoDate()),
    }),
  ),
  lastSignificantChangeOn: Opt(IsoDate('Last significant change, which triggers re-assessment.')),
  generalPurposeTool: Opt(Type.Boolean({
    description: 'A general-purpose AI tool staff use in their work (a chat or coding assistant, an office copilot), recorded so the AIMS governs its use.',
  })),
});

export const Dataset = Strict({
  id: Id(),
  name: Text(),
  aiSystemIds: Refs('aiSystems'),
  uses: Type.Array(Enum(['training', 'validation', 'test', 'fine-tuning', 'retrieval', 'production-input'] as const), { uniqueItems: true }),
  source: Opt(Text()),
  acquisition: Opt(Text('How the data was acquired (A.7.3).')),
  provenance: Opt(Text('Where it came from and what was done to it (A.7.5).')),
  qualityRequirements: Opt(Text('Data quality requirements (A.7.4).')),
  preparation: Opt(Text('Preparation methods (A.7.6).')),
  containsPersonalData: Opt(Type.Boolean()),
  supplierId: Opt(Ref('suppliers')),
});

export const impactDimensions = ['individual', 'group', 'society', 'organisation'] as const;

export const ImpactAssessment = Strict({
  id: Id(),
  aiSystemId: Ref('aiSystems'),
  methodologyId: Opt(Ref('impactMethodologies')),
  assessorId: Opt(Ref('persons')),
  assessedOn: IsoDate(),
  trigger: Enum(['initial', 'scheduled', 'significant-change'] as const),
  affectedParties: Type.Array(Text(), { description: 'Individuals, groups and societies the system can affect.' }),
  impacts: Type.Array(
    Strict({
      description: Text(),
      dimension: Enum(impactDimensions, 'Who bears it; `organisation` is business risk, not impact on people.'),
      type: Text('e.g. fairness, privacy, safety, autonomy, access to services, environment.'),
      beneficial: Opt(Type.Boolean()),
      severity: Score(),
      likelihood: Score(),
      significant: Opt(Type.Boolean({ description: 'The assessor’s judgement; when absent, the two highest severity levels are significant.' })),
      mitigation: Opt(Text()),
      riskIds: Opt(Refs('risks', 'Risks of the risk register that carry this result (6.1.2, 6.1.4).')),
    }),
  ),
  conclusion: Opt(Text()),
  nextReviewDue: Opt(IsoDate()),
  approvedById: Opt(Ref('persons')),
  approvedOn: Opt(IsoDate()),
  documentId: Opt(Ref('documents')),
});

export const supplierProvisions = ['foundation-model', 'ai-saas', 'ai-component', 'data', 'compute', 'ml-tooling', 'non-ai'] as const;

export const Supplier = Strict({
  id: Id(),
  name: Text(),
  provides: Type.Array(Enum(supplierProvisions), { minItems: 1, uniqueItems: true }),
  governedAs: Enum(['ai-supplier', 'ordinary-procurement'] as const, 'Which process governs the supplier.'),
  aiAssessment: Opt(
    Strict({ assessedOn: IsoDate(), assessorId: Opt(Ref('persons')), summary: Text(), outcome: Enum(['approved', 'approved-with-conditions', 'rejected'] as const) }),
  ),
  responsibilityAllocation: Opt(Text('How responsibilities are split with the supplier (A.10.2).')),
  contractClauses: Type.Array(Text(), { description: 'AI-relevant contract terms: model change notice, incident notice, data use, audit rights.' }),
  ...ownedBy(),
  nextReviewDue: Opt(IsoDate()),
});

export const CustomerExpectation = Strict({
  id: Id(),
  customer: Text(),
  expectation: Text(),
  aiSystemIds: Refs('aiSystems'),
  addressedBy: Opt(Text()),
  reviewedOn: Opt(IsoDate()),
});

export type GateRecord = Static<typeof GateRecord>;
export type RetrospectiveBaseline = Static<typeof RetrospectiveBaseline>;
export type AiSystem = Static<typeof AiSystem>;
export type Dataset = Static<typeof Dataset>;
export type ImpactAssessment = Static<typeof ImpactAssessment>;
export type Supplier = Static<typeof Supplier>;
export type CustomerExpectation = Static<typeof CustomerExpectation>;
