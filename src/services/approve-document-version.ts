// Approves one version of a controlled document (7.5.2, 7.5.3): the approved version becomes the one in force and
// is never changed again; the version approved before it is superseded.
import type { AimsDatabase, StoredRecord } from '../store/index.ts';
import type { Document } from '../domain/index.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { writeOrganisation } from '../store/writes.ts';
import { actingPerson, recordAsSeen, refuse, refuseBefore, saveStep, type WorkflowActor } from './workflow-records.ts';

export interface DocumentApproval {
  readonly documentId: string;
  /** The document record's version the approver saw. */
  readonly expectedVersion: number;
  /** Which of its versions is approved, e.g. "1.2". */
  readonly documentVersion: string;
  readonly approvedOn: string;
  readonly effectiveOn?: string;
}

export async function approveDocumentVersion(db: AimsDatabase, organisationId: string, approval: DocumentApproval, actor: WorkflowActor): Promise<StoredRecord<'documents'>> {
  return writeOrganisation(db, organisationId, actor, async (writer) => {
    const { record } = await recordAsSeen(writer, 'documents', approval.documentId, approval.expectedVersion);
    const at = { register: 'documents' as const, recordId: record.id };
    const index = record.versions.findIndex((v) => v.version === approval.documentVersion);
    const known = record.versions.map((v) => v.version).join(', ') || 'none';
    if (index < 0) refuse(`Document "${record.id}" has no version "${approval.documentVersion}" (it has: ${known}); add the version first.`, [{ ...at, field: 'documentVersion', message: `no such version; versions: ${known}` }]);
    const target = record.versions[index]!;
    const field = `versions[${index}]`;
    if (target.status === 'approved' || target.status === 'superseded') {
      refuse(`Version ${target.version} of document "${record.id}" was approved${target.approvedOn ? ` on ${target.approvedOn}` : ''} and is ${target.status}: approved versions never change. Add a new version and approve that.`,
        [{ ...at, field: `${field}.status`, message: `is ${target.status}` }]);
    }
    if (isBlank(target.content) && !target.sha256) {
      refuse(`Version ${target.version} of document "${record.id}" holds neither its text (content) nor a file (sha256): there is nothing to approve.`,
        [{ ...at, field: `${field}.content`, message: 'give the text or the sha256 of an uploaded file' }]);
    }
    refuseBefore(approval.approvedOn, target.createdOn, 'approvedOn', 'the version was created on', at);
    if (approval.effectiveOn) refuseBefore(approval.effectiveOn, approval.approvedOn, 'effectiveOn', 'its approval on', at);
    const approver = await actingPerson(writer, actor, 'approve a document version');
    const versions: Document['versions'] = record.versions.map((v, i) => {
      if (i === index) {
        return { ...v, status: 'approved', approvedById: approver.id, approvedOn: approval.approvedOn, effectiveOn: approval.effectiveOn ?? v.effectiveOn ?? approval.approvedOn };
      }
      // One version is in force at a time: the one approved before this one is superseded by it.
      return v.status === 'approved' ? { ...v, status: 'superseded' } : v;
    });
    return saveStep(writer, 'documents', { ...record, versions }, approval.expectedVersion);
  });
}
