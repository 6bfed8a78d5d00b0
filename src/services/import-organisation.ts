// Imports a whole organisation (a bundle, the demo): validated first, then written all-or-nothing with its audit trail.
import {
  AppError, isRegisterName, referencesOf, type AimsSnapshot, type AnyRecord, type ErrorDetail,
} from '../domain/index.ts';
import { validateRecord, validateSnapshot, type ValidationIssue } from '../domain/validation.ts';
import type { AimsDatabase, ReplaceSummary, WriteOptions } from '../store/index.ts';
import { replaceOrganisation } from '../store/writes.ts';

export type ImportSummary = ReplaceSummary;

export interface ImportOptions extends WriteOptions {
  /** Let the import delete most of the organisation's records (a bundle cut short would otherwise do so unseen). */
  readonly allowDeletions?: boolean;
}

/** An import that deletes more than half of an organisation's records, and at least this many, must be confirmed. */
export const CONFIRM_DELETIONS_FROM = 10;

/** Refuses (and so rolls back) an import that would delete most of what the organisation holds, unless allowed. */
function confirmDeletions(summary: ReplaceSummary): void {
  const { deleted } = summary;
  const existing = summary.updated + summary.unchanged + deleted;
  if (deleted < CONFIRM_DELETIONS_FROM || deleted * 2 <= existing) return;
  const details: ErrorDetail[] = Object.entries(summary.registers)
    .filter(([, counts]) => counts.deleted > 0)
    .map(([register, c]) => ({ register, message: `${register}: would delete ${c.deleted} of its ${c.deleted + c.updated + c.unchanged} records` }));
  throw new AppError('invalid_input', `Importing this bundle would delete ${deleted} of the ${existing} records organisation "${summary.organisationId}" holds; `
    + 'nothing was written. If the bundle is complete and the deletions are meant, import it again allowing deletions (aims import --allow-deletions).', details);
}

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
 * otherwise one transaction inserts, updates and deletes what differs, with one audit entry per change. An import
 * that would delete more than half of the organisation's records (at least 10) is refused unless `allowDeletions`.
 */
export async function importOrganisation(db: AimsDatabase, snapshot: AimsSnapshot, options: ImportOptions): Promise<ImportSummary> {
  const issues = validateSnapshot(snapshot);
  if (issues.length > 0) {
    const code = issues.every((issue) => isBrokenReference(snapshot, issue)) ? 'broken_reference' : 'invalid_input';
    const id = typeof snapshot.organisation?.id === 'string' ? `"${snapshot.organisation.id}"` : '(no id)';
    throw new AppError(code,
      `Cannot import organisation ${id}: ${issues.length} problem${issues.length === 1 ? '' : 's'} found; nothing was written.`,
      issues.map(toDetail));
  }
  const { allowDeletions, ...write } = options;
  return replaceOrganisation(db, snapshot, allowDeletions ? write : { ...write, approve: confirmDeletions });
}
