// Records of clause 7: competence, awareness, communication, documents and evidence.
import { Type, type Static } from '@sinclair/typebox';
import { ownedBy } from './context.ts';
import { Enum, Id, IsoDate, Opt, RecordRef, Ref, Refs, Strict, Text } from './primitives.ts';

export const CompetenceEvidence = Strict({
  id: Id(),
  personId: Ref('persons'),
  competence: Text('The competence evidenced, named as roles require it.'),
  kind: Enum(['training', 'qualification', 'experience', 'assessment', 'self-declared'] as const, 'A self-declaration (a CV line) asserts competence; it does not evidence it.'),
  description: Opt(Text()),
  obtainedOn: Opt(IsoDate()),
  expiresOn: Opt(IsoDate()),
  verifiedById: Opt(Ref('persons')),
  evidenceIds: Refs('evidenceItems'),
});

export const AwarenessRecord = Strict({
  id: Id(),
  personId: Ref('persons'),
  topics: Type.Array(Enum(['ai-policy', 'contribution-to-aims', 'implications-of-nonconformity', 'other'] as const), { minItems: 1, uniqueItems: true }),
  date: IsoDate(),
  method: Opt(Text()),
  evidenceIds: Opt(Refs('evidenceItems')),
});

export const communicationTopics = ['ai-policy', 'known-limitations', 'incidents', 'concern-reporting', 'aims-performance', 'regulatory', 'other'] as const;

export const CommunicationPlanEntry = Strict({
  id: Id(),
  topic: Enum(communicationTopics),
  direction: Enum(['internal', 'external'] as const),
  what: Text(),
  audience: Text(),
  when: Text(),
  channel: Text(),
  responsibleId: Opt(Ref('persons')),
  aiSystemIds: Opt(Refs('aiSystems')),
});

export const CommunicationLogEntry = Strict({
  id: Id(),
  planEntryId: Opt(Ref('communicationPlan')),
  date: IsoDate(),
  topic: Enum(communicationTopics),
  direction: Enum(['internal', 'external'] as const),
  audience: Text(),
  subject: Text(),
  channel: Opt(Text()),
  aiSystemIds: Opt(Refs('aiSystems')),
  evidenceIds: Opt(Refs('evidenceItems')),
});

export const DocumentVersion = Strict({
  version: Text(),
  status: Enum(['draft', 'in-review', 'approved', 'superseded'] as const),
  createdOn: Opt(IsoDate()),
  approvedById: Opt(Ref('persons')),
  approvedOn: Opt(IsoDate()),
  effectiveOn: Opt(IsoDate()),
  sha256: Opt(Type.String({ pattern: '^[0-9a-f]{64}$', description: 'Content hash of the version’s file in the evidence store.' })),
  changeSummary: Opt(Text()),
  content: Opt(Text('The version’s text, where it is kept inline.')),
});

export const Document = Strict({
  id: Id(),
  title: Text(),
  kind: Enum(['policy', 'procedure', 'methodology', 'plan', 'record', 'technical-documentation', 'report', 'other'] as const),
  ...ownedBy(),
  classification: Enum(['public', 'internal', 'confidential', 'restricted'] as const),
  retention: Opt(Text('How long it is kept, e.g. "7 years after retirement".')),
  reviewIntervalMonths: Opt(Type.Integer({ minimum: 1, maximum: 60 })),
  reviewDue: Opt(IsoDate()),
  requiredBy: Opt(Refs('clauseOrControl', 'Clauses and controls that require this document.')),
  versions: Type.Array(DocumentVersion),
});

export const EvidenceItem = Strict({
  id: Id(),
  title: Text(),
  kind: Enum(['file', 'link', 'record'] as const),
  sha256: Opt(Type.String({ pattern: '^[0-9a-f]{64}$' })),
  fileName: Opt(Text()),
  mediaType: Opt(Text()),
  url: Opt(Type.String({ format: 'uri' })),
  evidenceDate: IsoDate('The date the evidence is of, not the upload date.'),
  validUntil: Opt(IsoDate()),
  ...ownedBy(),
  refs: Refs('clauseOrControl', 'Clauses and controls it evidences.'),
  records: Opt(Type.Array(RecordRef(), { description: 'Records it evidences, by register and id.' })),
  description: Opt(Text()),
});

export type CompetenceEvidence = Static<typeof CompetenceEvidence>;
export type AwarenessRecord = Static<typeof AwarenessRecord>;
export type CommunicationPlanEntry = Static<typeof CommunicationPlanEntry>;
export type CommunicationLogEntry = Static<typeof CommunicationLogEntry>;
export type DocumentVersion = Static<typeof DocumentVersion>;
export type Document = Static<typeof Document>;
export type EvidenceItem = Static<typeof EvidenceItem>;
