// Records a new evidence request of an external audit (ER-001, ER-002 … in the organisation), open until answered.
import { AppError, type EvidenceRequest, type EvidenceRequestAsk } from '../../domain/index.ts';
import type { AimsDatabase, StoredEvidenceRequest } from '../../store/index.ts';
import { insertEvidenceRequest, nextEvidenceRequestNumber, writeOrganisation, type WriteOptions } from '../../store/writes.ts';
import { refuseBadAsk } from './ask.ts';

export interface NewEvidenceRequest extends Partial<EvidenceRequestAsk> {
  readonly auditId: string;
  readonly title: string;
}

export async function requestEvidence(db: AimsDatabase, organisationId: string, input: NewEvidenceRequest, options: WriteOptions): Promise<StoredEvidenceRequest> {
  const ask: EvidenceRequestAsk = { title: input.title, detail: input.detail ?? '', refs: [...(input.refs ?? [])], dueOn: input.dueOn ?? null };
  refuseBadAsk(ask);
  return writeOrganisation(db, organisationId, options, async (writer) => {
    if (!(await writer.get('externalAudits', input.auditId))) {
      throw new AppError('broken_reference', `There is no external audit "${input.auditId}" in this organisation to request evidence for.`,
        [{ field: 'auditId', register: 'externalAudits', recordId: input.auditId, message: 'no such external audit' }]);
    }
    const seq = await nextEvidenceRequestNumber(writer);
    const request: EvidenceRequest = {
      id: `ER-${String(seq).padStart(3, '0')}`, auditId: input.auditId, ...ask, status: 'open',
      requestedBy: options.actor, requestedAt: writer.at,
      answer: null, evidenceIds: [], documentIds: [], answeredBy: null, answeredAt: null,
    };
    return insertEvidenceRequest(writer, request, seq);
  });
}
