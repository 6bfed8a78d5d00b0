// Takes a document freeze baseline (7.5.3, before an audit): the version in force of every controlled document,
// read from the documents themselves so that the baseline cannot claim a version that was never approved.
import { AppError, type FreezeBaseline } from '../domain/index.ts';
import type { AimsDatabase, StoredRecord } from '../store/index.ts';
import { writeOrganisation } from '../store/writes.ts';
import { checkRecordShape } from './create-record.ts';
import { actingPerson, refuse, type WorkflowActor } from './workflow-records.ts';

export interface FreezeRequest {
  /** The new baseline's id; `freeze-<frozenOn>` (with a suffix when taken) when left out. */
  readonly id?: string;
  readonly frozenOn: string;
  readonly forAuditId?: string;
}

export async function takeFreezeBaseline(db: AimsDatabase, organisationId: string, request: FreezeRequest, actor: WorkflowActor): Promise<StoredRecord<'freezeBaselines'>> {
  return writeOrganisation(db, organisationId, actor, async (writer) => {
    if (request.forAuditId) {
      const audit = await writer.get('externalAudits', request.forAuditId);
      if (!audit) throw new AppError('broken_reference', `There is no external audit "${request.forAuditId}" to take the baseline for.`, [{ register: 'externalAudits', recordId: request.forAuditId, field: 'forAuditId', message: 'not found' }]);
      const began = audit.record.actualStart ?? (audit.record.status === 'done' ? audit.record.plannedStart : undefined);
      if (audit.record.status !== 'planned' || (began && began < request.frozenOn)) {
        refuse(`External audit "${audit.record.id}" is ${audit.record.status}${began ? `, begun on ${began}` : ''}: a freeze baseline is taken before the audit starts.`,
          [{ register: 'externalAudits', recordId: audit.record.id, field: 'forAuditId', message: `audit ${audit.record.status}` }]);
      }
    }
    const documents = (await writer.all('documents')).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const frozen = documents.flatMap((d) => {
      // The version in force: the approved one effective by the freeze date, the latest approved if several.
      const inForce = d.versions.filter((v) => v.status === 'approved' && (v.approvedOn ?? '') <= request.frozenOn);
      const last = inForce.at(-1);
      return last ? [{ documentId: d.id, version: last.version }] : [];
    });
    if (frozen.length === 0) refuse(`No document has a version approved by ${request.frozenOn}: there is nothing to freeze. Approve the documents first.`, [{ register: 'documents', message: 'no approved version' }]);
    const approver = await actingPerson(writer, actor, 'take a freeze baseline');
    let id = request.id ?? `freeze-${request.frozenOn}`;
    if (!request.id) for (let n = 2; await writer.get('freezeBaselines', id); n++) id = `freeze-${request.frozenOn}-${n}`;
    const baseline: FreezeBaseline = {
      id, frozenOn: request.frozenOn, ...(request.forAuditId ? { forAuditId: request.forAuditId } : {}), documents: frozen, approvedById: approver.id,
    };
    return writer.insert('freezeBaselines', checkRecordShape('freezeBaselines', baseline));
  });
}
