// Changes what an evidence request asks, or its status: the auditor accepts an answer, reopens it, or withdraws
// the request. Its audit and its answer are not changed here; `answered` comes only with an answer.
import { AppError, type EvidenceRequestAsk, type EvidenceRequestStatus } from '../../domain/index.ts';
import { refusedStatusChange } from '../../domain/evidence-request.ts';
import type { AimsDatabase, StoredEvidenceRequest } from '../../store/index.ts';
import { evidenceRequestIn, updateEvidenceRequest, writeOrganisation, type WriteOptions } from '../../store/writes.ts';
import { refuseBadAsk } from './ask.ts';

export interface EvidenceRequestChange extends EvidenceRequestAsk {
  readonly status: EvidenceRequestStatus;
}

export async function changeEvidenceRequest(
  db: AimsDatabase, organisationId: string, id: string, change: EvidenceRequestChange, version: number, options: WriteOptions,
): Promise<StoredEvidenceRequest> {
  refuseBadAsk(change);
  return writeOrganisation(db, organisationId, options, async (writer) => {
    const current = await evidenceRequestIn(writer, id);
    if (!current) throw new AppError('not_found', `There is no evidence request "${id}" in this organisation.`, [{ field: 'id', message: 'not found' }]);
    const refused = refusedStatusChange(current.request.status, change.status);
    if (refused) throw new AppError('invalid_input', `Evidence request "${id}": ${refused}; nothing was changed.`, [{ field: 'status', message: refused }]);
    const { title, detail, refs, dueOn, status } = change;
    return updateEvidenceRequest(writer, { ...current.request, title, detail, refs: [...refs], dueOn, status }, version);
  });
}
