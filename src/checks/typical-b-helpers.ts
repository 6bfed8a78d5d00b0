// Small pieces the typical-nonconformity checks (second set) share: naming subjects and quoting records in messages.
import type { RecordOf, RegisterName } from '../domain/index.ts';
import type { Subject } from './types.ts';

interface Named { readonly id: string; readonly name?: string; readonly title?: string }

/** The words that name a record to a reader: its name or title, else its id. */
export function labelOf(record: Named): string {
  return record.name ?? record.title ?? record.id;
}

/** A subject naming a record by register, id and label. */
export function subjectOf<R extends RegisterName>(register: R, record: RecordOf<R> & Named): Subject {
  return { register, id: record.id, label: labelOf(record) };
}

/** `"Credit scoring" (ais-credit)`: how messages quote a record. */
export function quote(record: Named): string {
  return `"${labelOf(record)}" (${record.id})`;
}

/** "1 risk", "3 risks". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The organisation as a subject, for what the AIMS as a whole lacks. */
export function organisationSubject(aims: { organisation: { id: string; name: string } }): Subject {
  return { register: 'organisation', id: aims.organisation.id, label: aims.organisation.name };
}
