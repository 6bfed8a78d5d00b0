// The five documents auditors scrutinise most across the cycle (the seed's list), found in the registers with
// their controlled documents: AI policy, SoA, impact assessments, internal audit reports, management review minutes.
import type { AimsSnapshot, AnyRecord, RegisterName } from '../../domain/index.ts';
import { recordLabel, type FreshnessAssessment } from './evidence-index-freshness.ts';
import type { CoverageStatus, IndexedEvidence } from './evidence-index.ts';

export type KeyDocumentKind =
  | 'ai-policy'
  | 'statement-of-applicability'
  | 'impact-assessments'
  | 'internal-audit-reports'
  | 'management-review-minutes';

export interface KeyDocument {
  readonly kind: KeyDocumentKind;
  readonly title: string;
  readonly refs: readonly string[];
  /** The records and their controlled documents, current first, newest first. */
  readonly records: readonly IndexedEvidence[];
  readonly status: CoverageStatus;
}

type Assess = (register: RegisterName, record: AnyRecord) => FreshnessAssessment | undefined;

const rank = { current: 0, stale: 1, expired: 2 } as const;

export function keyDocumentsOf(aims: AimsSnapshot, assess: Assess): KeyDocument[] {
  const documents = new Map(aims.documents.map((d) => [d.id, d]));

  /** Each record (when it counts), newest current first, followed by the controlled document that holds it. */
  function collect(register: RegisterName, records: readonly AnyRecord[], documentIdOf: (r: AnyRecord) => string | undefined) {
    const pairs: [IndexedEvidence, IndexedEvidence | undefined][] = [];
    for (const record of records) {
      const a = assess(register, record);
      if (!a) continue;
      const docId = documentIdOf(record);
      const doc = docId === undefined ? undefined : documents.get(docId);
      const d = doc && assess('documents', doc);
      pairs.push([
        { register, id: record.id, label: recordLabel(register, record), via: 'register', ...a },
        doc && d ? { register: 'documents', id: doc.id, label: recordLabel('documents', doc), via: 'document', ...d } : undefined,
      ]);
    }
    const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    pairs.sort(([a], [b]) => rank[a.freshness] - rank[b.freshness] || compare(b.date ?? '', a.date ?? '') || compare(a.id, b.id));
    const out = new Map<string, IndexedEvidence>();
    for (const [record, doc] of pairs) {
      out.set(`${record.register}/${record.id}`, record);
      if (doc && !out.has(`documents/${doc.id}`)) out.set(`documents/${doc.id}`, doc);
    }
    return [...out.values()];
  }

  // The impact assessments in force are the latest per AI system; earlier ones are history.
  const latestImpact = new Map<string, AimsSnapshot['impactAssessments'][number]>();
  for (const ia of aims.impactAssessments) {
    const seen = latestImpact.get(ia.aiSystemId);
    if (!seen || seen.assessedOn < ia.assessedOn) latestImpact.set(ia.aiSystemId, ia);
  }

  const key = (kind: KeyDocumentKind, title: string, refs: string[], records: IndexedEvidence[]): KeyDocument => ({
    kind, title, refs, records, status: statusOf(records.filter((r) => r.register !== 'documents')),
  });
  const docOf = (field: string) => (r: AnyRecord) => (r as unknown as Record<string, string | undefined>)[field];

  return [
    key('ai-policy', 'AI policy', ['5.2', 'A.2.2'], collect('aiPolicies', aims.aiPolicies, docOf('documentId'))),
    key('statement-of-applicability', 'Statement of Applicability', ['6.1.3'], collect('soaVersions', aims.soaVersions, docOf('documentId'))),
    key('impact-assessments', 'AI system impact assessments', ['6.1.4', '8.4', 'A.5.2'], collect('impactAssessments', [...latestImpact.values()], docOf('documentId'))),
    key('internal-audit-reports', 'Internal audit reports', ['9.2'], collect('internalAudits', aims.internalAudits, docOf('reportDocumentId'))),
    key('management-review-minutes', 'Management review minutes', ['9.3'], collect('managementReviews', aims.managementReviews, docOf('minutesDocumentId'))),
  ];
}

/** The records decide; their documents are where to find them, not evidence of their own. */
function statusOf(records: readonly IndexedEvidence[]): CoverageStatus {
  if (records.length === 0) return 'no-evidence';
  if (records.some((r) => r.freshness === 'current')) return 'evidenced';
  return records.some((r) => r.freshness === 'stale') ? 'only-stale' : 'only-expired';
}
