// Imports a whole organisation (a bundle, the demo): validated first, then written all-or-nothing with its audit trail.
import {
  AppError, isRegisterName, referencesOf, type AimsSnapshot, type AnyRecord, type ErrorDetail,
} from '../domain/index.ts';
import { validateRecord, validateSnapshot, type ValidationIssue } from '../domain/validation.ts';
import type { AimsDatabase, ReplaceSummary, WriteOptions } from '../store/index.ts';
import { replaceOrganisation } from '../store/writes.ts';

export type ImportSummary = ReplaceSummary;

/**
 * Whether an issue is only a reference to nothing: it sits on a reference of a record whose schema is fine at
 * that field. An import whose problems are all of this kind fails as broken_reference, otherwise invalid_input.
 */
function isBrokenReference(snapshot: AimsSnapshot, issue: ValidationIssue): boolean {
  const { register, index, field } = issue;
  if (register === undefined || field === undefined || index === undefined || !isRegisterName(register)) return false;
  const record = (snapshot[register] as readonly unknown[])[index];
  if (record === null || typeof record !== 'object') return false;
  const onReference = [...referencesOf(register, record as AnyRecord)].some((ref) => ref.path === field);
  return onReference && !validateRecord(register, record).some((i) => i.field === field);
}

const toDetail = ({ register, recordId, field, message }: ValidationIssue): ErrorDetail => ({
  ...(register !== undefined ? { register } : {}),
  ...(recordId !== undefined ? { recordId } : {}),
  ...(field !== undefined ? { field } : {}),
  message,
});

/**
 * Makes the organisation of `snapshot` (created when new) hold exactly the snapshot's records. Nothing is written
 * when the snapshot has any problem (AppError invalid_input or broken_reference, with one detail per problem);
 * otherwise one transaction inserts, updates and deletes what differs, with one audit entry per change.
 */
export async function importOrganisation(db: AimsDatabase, snapshot: AimsSnapshot, options: WriteOptions): Promise<ImportSummary> {
  const issues = validateSnapshot(snapshot);
  if (issues.length > 0) {
    const code = issues.every((issue) => isBrokenReference(snapshot, issue)) ? 'broken_reference' : 'invalid_input';
    const id = typeof snapshot.organisation?.id === 'string' ? `"${snapshot.organisation.id}"` : '(no id)';
    throw new AppError(code,
      `Cannot import organisation ${id}: ${issues.length} problem${issues.length === 1 ? '' : 's'} found; nothing was written.`,
      issues.map(toDetail));
  }
  return replaceOrganisation(db, snapshot, options);
}
