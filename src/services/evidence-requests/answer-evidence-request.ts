// The organisation answers an evidence request: in words, with the evidence records and documents it gives. The
// request becomes answered and waits for the auditor to accept it (or reopen it); a withdrawn or accepted one is closed.
import { AppError, type ErrorDetail } from '../../domain/index.ts';
import type { AimsDatabase, StoredEvidenceRequest } from '../../store/index.ts';
import { evidenceRequestIn, updateEvidenceRequest, writeOrganisation, type WriteOptions } from '../../store/writes.ts';

export interface EvidenceAnswer {
  readonly answer: string;
  readonly evidenceIds?: readonly string[];
  readonly documentIds?: readonly string[];
}

export async function answerEvidenceRequest(
  db: AimsDatabase, organisationId: string, id: string, input: EvidenceAnswer, version: number, options: WriteOptions,
): Promise<StoredEvidenceRequest> {
  const evidenceIds = [...new Set(input.evidenceIds ?? [])];
  const documentIds = [...new Set(input.documentIds ?? [])];
  if (input.answer.trim() === '' && evidenceIds.length === 0 && documentIds.length === 0) {
    throw new AppError('invalid_input', `An answer to evidence request "${id}" says something or gives evidence or documents; nothing was written.`,
      [{ field: 'answer', message: 'empty, and no evidenceIds or documentIds' }]);
  }
  return writeOrganisation(db, organisationId, options, async (writer) => {
    const current = await evidenceRequestIn(writer, id);
    if (!current) throw new AppError('not_found', `There is no evidence request "${id}" in this organisation.`, [{ field: 'id', message: 'not found' }]);
    if (current.request.status === 'accepted' || current.request.status === 'withdrawn') {
      throw new AppError('invalid_input', `Evidence request "${id}" is ${current.request.status}; reopen it before answering again.`, [{ field: 'status', message: `is ${current.request.status}` }]);
    }
    const missing: ErrorDetail[] = [];
    for (const [i, e] of evidenceIds.entries()) if (!(await writer.get('evidenceItems', e))) missing.push({ field: `evidenceIds[${i}]`, register: 'evidenceItems', recordId: e, message: 'no such evidence item' });
    for (const [i, d] of documentIds.entries()) if (!(await writer.get('documents', d))) missing.push({ field: `documentIds[${i}]`, register: 'documents', recordId: d, message: 'no such document' });
    if (missing.length > 0) throw new AppError('broken_reference', `The answer to evidence request "${id}" names records that do not exist; nothing was written.`, missing);
    return updateEvidenceRequest(writer, {
      ...current.request, status: 'answered', answer: input.answer, evidenceIds, documentIds, answeredBy: options.actor, answeredAt: writer.at,
    }, version);
  });
}
