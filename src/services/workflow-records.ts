// What the workflow services share: the record as the caller saw it, the Person acting, a refusal that says why,
// and saving the changed record checked like any other write.
import { AppError, registers, type ErrorDetail, type Person, type RecordOf, type RegisterName } from '../domain/index.ts';
import type { StoredRecord, WriteOptions } from '../store/index.ts';
import type { OrganisationWriter } from '../store/writes.ts';
import { checkRecordShape, checkReferences } from './create-record.ts';

/** Who acts in a workflow: the audit trail's name for them, and the Person record that is them in the organisation. */
export interface WorkflowActor extends WriteOptions {
  /** The acting user's Person (their membership's personId); approvals record it, so it must be known. */
  readonly personId: string | null;
}

/** A step the Standard would not accept in the record's present state: HTTP 422, the message says why. */
export function refuse(message: string, details: readonly ErrorDetail[] = []): never {
  throw new AppError('refused', message, details);
}

const label = (register: RegisterName, id: string) => `${registers[register].title} "${id}"`;

/**
 * The record at the version the caller based the step on: not_found when it is not there, version_conflict when
 * someone changed it since, so that a decision is never taken on a record the decider did not see.
 */
export async function recordAsSeen<R extends RegisterName>(writer: OrganisationWriter, register: R, id: string, expectedVersion: number): Promise<StoredRecord<R>> {
  const current = await writer.get(register, id);
  if (!current) throw new AppError('not_found', `${label(register, id)} does not exist in this organisation.`, [{ register, recordId: id, message: 'not found' }]);
  if (current.version !== expectedVersion) {
    throw new AppError('version_conflict', `${label(register, id)} was changed by someone else (it is at version ${current.version}, the step was based on version ${expectedVersion}). Nothing was changed; reload it and decide again.`,
      [{ register, recordId: id, field: 'version', message: `is ${current.version}, not ${expectedVersion}` }]);
  }
  return current;
}

/** The acting Person, or 403: an approval names who approved, so an account without a Person cannot give one. */
export async function actingPerson(writer: OrganisationWriter, actor: WorkflowActor, what: string): Promise<Person> {
  const found = actor.personId ? await writer.get('persons', actor.personId) : undefined;
  if (!found) {
    throw new AppError('forbidden', `Only a person of the organisation can ${what}, and your account is not linked to a Person record; an owner links it (the member's personId, or a Person with your email).`,
      [{ register: 'persons', message: actor.personId ? `no Person "${actor.personId}"` : 'no Person linked to this account' }]);
  }
  return found.record;
}

/** Saves the changed record, checked against its schema and references like every write, at the version seen. */
export async function saveStep<R extends RegisterName>(writer: OrganisationWriter, register: R, record: RecordOf<R>, expectedVersion: number): Promise<StoredRecord<R>> {
  const valid = checkRecordShape(register, record);
  await checkReferences(writer, register, valid);
  return writer.update(register, valid, expectedVersion);
}

/** Dates are YYYY-MM-DD text, so they compare as text. */
export function refuseBefore(date: string, earliest: string | undefined, field: string, why: string, at: { register: RegisterName; recordId: string }): void {
  if (earliest && date < earliest) refuse(`${label(at.register, at.recordId)}: ${field} ${date} is before ${why} ${earliest}.`, [{ ...at, field, message: `must be on or after ${earliest}` }]);
}
