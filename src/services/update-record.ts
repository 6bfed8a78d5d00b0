// Replaces one record with a new version, if nobody changed it meanwhile; checked like a new record, audited.
import type { RegisterName } from '../domain/index.ts';
import type { AimsDatabase, StoredRecord, WriteOptions } from '../store/index.ts';
import { writeOrganisation } from '../store/writes.ts';
import { checkRecordShape, checkReferences } from './create-record.ts';
import { checkEvidenceFileLink } from './evidence-file-links.ts';

/**
 * Stores `record` over the record with its id, if that is still at `expectedVersion` (AppError version_conflict
 * otherwise, and nothing changes). An identical record changes nothing: same version, no audit entry.
 */
export async function updateRecord<R extends RegisterName>(
  db: AimsDatabase, organisationId: string, register: R, record: unknown, expectedVersion: number, options: WriteOptions,
): Promise<StoredRecord<R>> {
  const valid = checkRecordShape(register, record);
  return writeOrganisation(db, organisationId, options, async (writer) => {
    await checkReferences(writer, register, valid);
    await checkEvidenceFileLink(writer, register, valid, (await writer.get(register, valid.id))?.record);
    return writer.update(register, valid, expectedVersion);
  });
}
