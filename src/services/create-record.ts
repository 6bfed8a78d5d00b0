// Creates one record of a register: schema-valid, every reference resolving in its organisation, audited.
import { AppError, describeTarget, findControl, registers, type FoundRef, type RecordOf, type RegisterName } from '../domain/index.ts';
import { validateRecord } from '../domain/validation.ts';
import type { AimsDatabase, StoredRecord, WriteOptions } from '../store/index.ts';
import { writeOrganisation, type OrganisationWriter } from '../store/writes.ts';
import { checkEvidenceFileLink } from './evidence-file-links.ts';

/** The record as its register's schema types it, or AppError invalid_input naming every field that is wrong. */
export function checkRecordShape<R extends RegisterName>(register: R, record: unknown): RecordOf<R> {
  const issues = validateRecord(register, record);
  const id = (record as { id?: unknown } | null)?.id;
  if (register === 'customControls' && typeof id === 'string' && findControl(id)) {
    issues.push({ register, recordId: id, field: 'id', message: `"${id}" is an Annex A control id; give the organisation's own control an id of its own` });
  }
  if (issues.length > 0) {
    const title = registers[register].title;
    throw new AppError('invalid_input', `The ${title.toLowerCase()} is not valid (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was written.`,
      issues.map(({ register: r, recordId, field, message }) => ({ ...(r ? { register: r } : {}), ...(recordId ? { recordId } : {}), ...(field ? { field } : {}), message })));
  }
  return record as RecordOf<R>;
}

/** Throws AppError broken_reference when any reference of the record points at nothing in its organisation. */
export async function checkReferences(writer: OrganisationWriter, register: RegisterName, record: RecordOf<RegisterName>): Promise<void> {
  const missing: FoundRef[] = await writer.missingReferences(register, record);
  if (missing.length === 0) return;
  throw new AppError('broken_reference',
    `${registers[register].title} "${record.id}" refers to ${missing.length === 1 ? 'a record' : 'records'} that do not exist in this organisation; nothing was written.`,
    missing.map((ref) => ({ register, recordId: record.id, field: ref.path, message: `no ${describeTarget(ref.target)} with id "${ref.id}"` })));
}

/** Creates `record` in `register` of the organisation at version 1, with its audit entry, in one transaction. */
export async function createRecord<R extends RegisterName>(
  db: AimsDatabase, organisationId: string, register: R, record: unknown, options: WriteOptions,
): Promise<StoredRecord<R>> {
  const valid = checkRecordShape(register, record);
  return writeOrganisation(db, organisationId, options, async (writer) => {
    await checkReferences(writer, register, valid);
    await checkEvidenceFileLink(writer, register, valid);
    return writer.insert(register, valid);
  });
}
