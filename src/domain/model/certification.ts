// Records of the certification cycle: bodies, proposals, certificate, external audits and findings, readiness.
import { Type, type Static } from '@sinclair/typebox';
import { Enum, FindingClassification, Id, IsoDate, Opt, Ref, Refs, Strict, Text } from './primitives.ts';

export const AccreditationBody = Strict({
  id: Id(),
  acronym: Text(),
  name: Text(),
  country: Text(),
  iafMlaSignatory: Type.Boolean(),
  confirmed: Type.Boolean({ description: 'Whether signatory status was confirmed by a public source or by the user.' }),
  source: Opt(Text('Where the status was confirmed.')),
  iafMlaScope: Opt(Strict({
    managementSystemCertification: Type.Boolean({
      description: 'Its IAF MLA signature covers the main scope of management-system certification (ISO/IEC 17021-1); a signature for product certification or other activities only does not.',
    }),
    subScopes: Opt(Type.Array(Text(), { uniqueItems: true, description: 'Standards of its MLA sub-scopes, e.g. ISO 9001, ISO/IEC 27001, ISO/IEC 42001.' })),
    checkedOn: Opt(IsoDate('When the scope was checked on the IAF member list.')),
    source: Opt(Text('Where the scope was checked.')),
  }, 'What its IAF MLA signature covers: signatures cover some schemes only.')),
});

export const Accreditation = Strict({
  standard: Text('e.g. ISO/IEC 42001, ISO/IEC 27001.'),
  accreditationBodyId: Ref('accreditationBodies'),
  scope: Opt(Text()),
  verifiedOn: Opt(IsoDate('When the user checked the accreditation body’s directory.')),
  verifiedWhere: Opt(Text('The directory or page where it was verified.')),
});

export const CertificationBody = Strict({
  id: Id(),
  name: Text(),
  country: Opt(Text()),
  status: Enum(['candidate', 'shortlisted', 'selected', 'rejected'] as const),
  accreditations: Type.Array(Accreditation),
  sectorExperience: Type.Array(Text()),
  consultancyToOrganisationLastOn: Opt(IsoDate('Last management-system consultancy this body, or any part of its legal entity, gave the organisation.')),
  impartiality: Opt(Strict({
    internalAuditsLastOn: Opt(IsoDate('Last internal audit of the organisation’s management system provided by this body or any part of its legal entity.')),
    relatedConsultancy: Opt(Type.Array(Strict({
      provider: Text('The consultancy or internal-audit provider.'),
      relationship: Text('How it is related to the certification body: same group, shared owners or staff, joint marketing.'),
      service: Enum(['consultancy', 'internal-audits'] as const),
      endedOn: IsoDate('When the service to the organisation ended.'),
    }), { description: 'Management-system consultancy or internal audits the organisation received from a body related to this one.' })),
  }, 'What bears on the body’s impartiality towards the organisation (ISO/IEC 17021-1).')),
  notes: Opt(Text()),
});

const PerAudit = (what: string) =>
  Strict({
    stage1: Type.Number({ minimum: 0 }),
    stage2: Type.Number({ minimum: 0 }),
    surveillance1: Type.Number({ minimum: 0 }),
    surveillance2: Type.Number({ minimum: 0 }),
    recertification: Type.Number({ minimum: 0 }),
  }, what);

export const Proposal = Strict({
  id: Id(),
  certificationBodyId: Ref('certificationBodies'),
  receivedOn: IsoDate(),
  auditDays: PerAudit('Audit days per audit.'),
  fees: PerAudit('Fees per audit, in the proposal’s currency.'),
  otherFees: Opt(Type.Number({ minimum: 0, description: 'Application, travel and certificate fees over the cycle.' })),
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
  leadAuditor: Strict({ name: Text(), aiGovernanceExperience: Text(), yearsInAiGovernance: Opt(Type.Number({ minimum: 0 })) }),
  technicalAssessor: Opt(Strict({ name: Text(), expertise: Text() })),
  notes: Opt(Text()),
});

export const Certificate = Strict({
  id: Id(),
  certificationBodyId: Ref('certificationBodies'),
  number: Text(),
  scope: Text(),
  decisionOn: IsoDate('Certification decision: the cycle starts here.'),
  expiresOn: IsoDate(),
  status: Enum(['valid', 'suspended', 'withdrawn', 'expired'] as const),
});

export const externalAuditKinds = [
  'application', 'stage-1', 'stage-2', 'certification-decision', 'surveillance-1', 'surveillance-2', 'recertification', 'follow-up', 'special',
] as const;

export const ExternalAudit = Strict({
  id: Id(),
  kind: Enum(externalAuditKinds),
  certificationBodyId: Opt(Ref('certificationBodies')),
  plannedStart: Opt(IsoDate()),
  plannedEnd: Opt(IsoDate()),
  actualStart: Opt(IsoDate()),
  actualEnd: Opt(IsoDate()),
  days: Opt(Type.Number({ minimum: 0 })),
  mode: Opt(Enum(['remote', 'on-site', 'hybrid'] as const)),
  team: Opt(Type.Array(Strict({ name: Text(), role: Enum(['lead-auditor', 'auditor', 'technical-assessor', 'observer'] as const) }))),
  sampledRefs: Refs('clauseOrControl', 'Clauses and controls the audit sampled.'),
  sampledAiSystemIds: Refs('aiSystems'),
  status: Enum(['planned', 'done', 'cancelled'] as const),
  outcome: Opt(Text()),
});

export const ExternalFinding = Strict({
  id: Id(),
  auditId: Ref('externalAudits'),
  classification: FindingClassification,
  refs: Refs('clauseOrControl'),
  description: Text(),
  raisedOn: IsoDate(),
  correctiveActionPlan: Opt(Strict({ submittedOn: IsoDate(), acceptedOn: Opt(IsoDate()) })),
  nonconformityId: Opt(Ref('nonconformities', 'The entry of the 10.2 register that tracks it.')),
  status: Enum(['open', 'closed'] as const),
  closedOn: Opt(IsoDate()),
  verifiedInAuditId: Opt(Ref('externalAudits', 'The audit at which the body verified closure.')),
});

export const readinessStepNames = [
  'gap-review', 'soa-reconciliation', 'internal-audit-cycle', 'management-review', 'evidence-index', 'mock-interviews', 'document-freeze',
] as const;

export const ReadinessStep = Strict({
  id: Id(),
  step: Enum(readinessStepNames),
  ownerId: Opt(Ref('persons')),
  dueDate: Opt(IsoDate()),
  status: Enum(['not-started', 'in-progress', 'done'] as const),
  completedOn: Opt(IsoDate()),
  notes: Opt(Text()),
});

export const MockInterview = Strict({
  id: Id(),
  intervieweeId: Ref('persons'),
  interviewerId: Opt(Ref('persons')),
  heldOn: IsoDate(),
  controlIds: Refs('control'),
  aiSystemIds: Opt(Refs('aiSystems')),
  outcome: Enum(['ready', 'needs-practice', 'not-ready'] as const),
  notes: Opt(Text()),
});

export const FreezeBaseline = Strict({
  id: Id(),
  frozenOn: IsoDate(),
  forAuditId: Opt(Ref('externalAudits')),
  documents: Type.Array(Strict({ documentId: Ref('documents'), version: Text() })),
  approvedById: Opt(Ref('persons')),
});

export type AccreditationBody = Static<typeof AccreditationBody>;
export type Accreditation = Static<typeof Accreditation>;
export type CertificationBody = Static<typeof CertificationBody>;
export type Proposal = Static<typeof Proposal>;
export type Certificate = Static<typeof Certificate>;
export type ExternalAudit = Static<typeof ExternalAudit>;
export type ExternalFinding = Static<typeof ExternalFinding>;
export type ReadinessStep = Static<typeof ReadinessStep>;
export type MockInterview = Static<typeof MockInterview>;
export type FreezeBaseline = Static<typeof FreezeBaseline>;
