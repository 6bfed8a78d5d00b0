// document-uncontrolled (7.5): a document the AIMS requires without owner, approved version or review date, or past review.
// Whether a document is kept up to date (and so reviewed) or kept as a record comes from the requirements model: what
// the clauses requiring it ask for, and only where the model leaves it open, the kind the organisation gave it.
import { documentedInformationOf, isBefore, registers, type AimsSnapshot, type RecordOf, type RegisterName } from '../domain/index.ts';
import { documentReviewDue } from '../domain/predicates/review-due.ts';
import { defineCheck } from './define-check.ts';
import { collectLapses } from './shared/nonconformity.ts';
import { activeAiSystemsInScope } from '../domain/predicates/aims-scope.ts';
import { named, subjectOf } from './shared/finding-subjects.ts';
import { listForMessage } from '../domain/wording.ts';
import type { Subject } from './types.ts';

/** Why a document is required: a phrase, the records it serves, and whether it is a record (kept, not reviewed). */
interface Need {
  readonly phrase: string;
  readonly items: string[];
  readonly record: boolean;
}

/** A reference to a document that is not in the register, from the record that needs it. */
interface Dangling {
  readonly referrer: Subject;
  readonly register: RegisterName;
  readonly what: string;
  readonly documentId: string;
}

const SHOWN = 3;

/** Kinds of document that are kept up to date by nature, whatever they are required for. */
const maintainedKinds: ReadonlySet<RecordOf<'documents'>['kind']> = new Set(['policy', 'procedure', 'methodology', 'plan', 'technical-documentation']);

/**
 * Whether a document required by `ref` is a record (kept as it was, not reviewed). A clause asking to maintain
 * documented information (the scope, the AI policy) makes it maintained even if filed as a record; one asking only to
 * retain (risk assessment results, review results) makes it a record unless it is a procedure, plan or the like.
 * Elsewhere (both, none, an organisation's own control) the kind the organisation gave it decides.
 */
function isRecordFor(ref: string, doc: RecordOf<'documents'>): boolean {
  const di = documentedInformationOf(ref);
  if (di === 'maintain') return false;
  if (di === 'retain') return !maintainedKinds.has(doc.kind);
  return doc.kind === 'record' || doc.kind === 'report';
}

function renderNeed(n: Need): string {
  if (n.items.length === 0) return n.phrase;
  const shown = n.items.slice(0, SHOWN);
  const rest = n.items.length - shown.length;
  return `${n.phrase} ${rest > 0 ? `${shown.join(', ')} and ${rest} more` : listForMessage(shown)}`;
}

/** Every document the AIMS requires, with why; one pass over each register that names documents. */
function requiredDocuments(aims: AimsSnapshot, has: (id: string) => boolean) {
  const needs = new Map<string, Map<string, Need>>();
  const dangling: Dangling[] = [];
  const need = (documentId: string | undefined, phrase: string, item: string | undefined, record: boolean, referrer: Subject, what: string) => {
    if (!documentId) return;
    if (!has(documentId)) {
      dangling.push({ referrer, register: referrer.register as RegisterName, what, documentId });
      return;
    }
    const byPhrase = needs.get(documentId) ?? new Map<string, Need>();
    needs.set(documentId, byPhrase);
    const n = byPhrase.get(phrase) ?? { phrase, items: [], record };
    byPhrase.set(phrase, n);
    if (item !== undefined) n.items.push(item);
  };
  for (const d of aims.documents) {
    for (const ref of d.requiredBy ?? []) {
      const record = isRecordFor(ref, d);
      need(d.id, record ? 'a record kept for' : 'documented information for', ref, record, subjectOf('documents', d), '');
    }
  }
  for (const p of aims.aiPolicies) need(p.documentId, 'the AI policy', undefined, false, subjectOf('aiPolicies', p), 'its policy text');
  for (const m of aims.riskMethodologies) need(m.documentId, 'the risk assessment methodology', undefined, false, subjectOf('riskMethodologies', m), 'its methodology text');
  for (const m of aims.impactMethodologies) need(m.documentId, 'the impact assessment methodology', undefined, false, subjectOf('impactMethodologies', m), 'its methodology text');
  for (const s of aims.scopeStatements) need(s.documentId, 'the AIMS scope statement', undefined, false, subjectOf('scopeStatements', s), 'its scope document');
  // Only the current SoA is in use; earlier versions are kept as records of what was decided then.
  const currentSoa = aims.soaVersions.reduce<(typeof aims.soaVersions)[number] | undefined>((a, v) => (!a || v.issuedOn >= a.issuedOn ? v : a), undefined);
  if (currentSoa) need(currentSoa.documentId, 'the current Statement of Applicability', undefined, false, subjectOf('soaVersions', currentSoa), 'its document');
  for (const r of aims.managementReviews) {
    if (r.status === 'held') need(r.minutesDocumentId, 'the minutes of management review', `"${r.title}" (${r.heldOn})`, true, subjectOf('managementReviews', r), 'its minutes');
  }
  for (const s of activeAiSystemsInScope(aims)) {
    const subject = subjectOf('aiSystems', s);
    need(s.lifecycle?.modelDocumentId, 'the life-cycle procedure of AI system', named(subject), false, subject, 'its life-cycle procedure');
    // Technical documentation of a system still in development is work in progress (technical-documentation-missing).
    if (s.status !== 'in-operation') continue;
    for (const id of s.technicalDocumentationIds ?? []) need(id, 'the technical documentation of AI system', named(subject), false, subject, 'its technical documentation');
  }
  return { needs, dangling };
}

export default defineCheck({
  id: 'document-uncontrolled',
  meta: {
    title: 'Documents the AIMS requires are owned, approved and reviewed on time',
    severity: 'minor',
    surfaces: ['stage-1', 'stage-2', 'surveillance'],
    refs: ['7.5', '7.5.2', '7.5.3'],
    euAiAct: ['Art 17'],
    description:
      'Auditors sample the documents the Standard and the AIMS rely on (the AI policy, the methodologies, the scope, ' +
      'the Statement of Applicability, procedures, technical documentation, management review minutes) and check ' +
      'that each is under control: someone owns it, the version in use was reviewed and approved, and it is reviewed ' +
      'when planned. An unowned, unapproved or stale document is one nobody can vouch for.',
    messages: {
      uncontrolledAll: '{{count}} of the {{examined}} documents the AIMS needs are not controlled: {{documents}}.',
      missingAll: '{{count}} records name documents that are not in the document register: {{documents}}.',
      uncontrolled: 'Document {{document}}, which the AIMS needs as {{needs}}, {{gaps}}.',
      missingDocument: '{{referrer}} names {{documentId}} as {{what}}, but no such document is in the document register.',
    },
    fix: 'For {{document}}: {{todo}}.',
  },
  run({ aims, index, now, report: emit, pass, notApplicable }) {
    // One nonconformity of 7.5 per kind, each document listed; the share of documents examined grades it.
    type M = 'uncontrolledAll' | 'missingAll' | 'uncontrolled' | 'missingDocument';
    const names = (l: readonly { data: Record<string, unknown> }[]) => listForMessage(l.map((x) => String(x.data['document'])), 6);
    const collected = collectLapses<M>(emit, {
      uncontrolled: { summary: 'uncontrolledAll', data: (l) => ({ examined: examinedCount(), documents: names(l), document: 'each document listed', todo: 'bring it under control as its line says' }), grade: () => ({ examined: examinedCount() }) },
      // Graded by the share of the documents records name that the register lacks: a link or two is a lapse, most of
      // them missing is document control not operating.
      missingDocument: { summary: 'missingAll', data: (l) => ({ documents: names(l), document: 'each document listed', todo: 'add it to the document register or correct the link' }), grade: () => ({ examined: namedDocuments(), affected: missingDocuments() }) },
    });
    const report = collected.report;
    const examinedCount = () => examined.length;
    const { needs, dangling } = requiredDocuments(aims, (id) => index.documents.has(id));
    const missingDocuments = () => new Set(dangling.map((d) => d.documentId)).size;
    const namedDocuments = () => needs.size + missingDocuments();
    if (needs.size === 0 && dangling.length === 0) {
      notApplicable('No document is marked as required, and no AI policy, methodology, scope, SoA, minutes or technical documentation links one.');
      return;
    }
    const examined: Subject[] = [];
    // In register order, so reports read in the order the organisation keeps its documents.
    for (const doc of aims.documents) {
      const byPhrase = needs.get(doc.id);
      if (!byPhrase) continue;
      const subject = subjectOf('documents', doc);
      examined.push(subject);
      const list = [...byPhrase.values()];
      // Records (minutes, results) are kept as they were, not reviewed on a cycle; the needs say which this is.
      const reviewed = list.some((n) => !n.record);
      const gaps: string[] = [];
      const todo: string[] = [];
      if (!doc.ownerId && !doc.ownerRoleId) {
        gaps.push('has no owner');
        todo.push('name the person accountable for it as owner');
      }
      if (!(doc.versions ?? []).some((v) => v.status === 'approved')) {
        gaps.push('has no approved version');
        todo.push('have the version in use reviewed and approved, recording who approved it and when');
      }
      if (reviewed) {
        const due = documentReviewDue(doc);
        if (due === undefined) {
          gaps.push('has no review date');
          todo.push('set its review interval or next review date');
        } else if (isBefore(due.due, now)) {
          gaps.push(`was due for review on ${due.due}`);
          todo.push('review it, record the outcome and set the next review date');
        }
      }
      if (gaps.length === 0) continue;
      report({
        messageId: 'uncontrolled',
        data: { document: named(subject), needs: listForMessage(list.map(renderNeed)), gaps: listForMessage(gaps), todo: listForMessage(todo) },
        subjects: [subject],
      });
    }
    for (const d of dangling) {
      report({
        messageId: 'missingDocument',
        data: {
          referrer: `${registers[d.register].title} ${named(d.referrer)}`, documentId: d.documentId, what: d.what,
          document: d.documentId, todo: `add ${d.documentId} to the document register with an owner, an approved version and a review date, or correct the link`,
        },
        subjects: [d.referrer],
      });
    }
    collected.flush();
    pass(examined);
  },
});
