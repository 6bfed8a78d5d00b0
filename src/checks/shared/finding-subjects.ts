// How checks name what a finding is about: subjects (register, id, label) and records quoted in messages.
import { findControl, registers, type AimsSnapshot, type RecordOf, type RegisterName, type SnapshotIndex } from '../../domain/index.ts';
import type { Subject } from '../types.ts';

/** The AIMS as a whole, for findings about something missing altogether or about a pattern. */
export function organisationSubject(aims: Pick<AimsSnapshot, 'organisation'>): Subject {
  return { register: 'organisation', id: aims.organisation.id, label: aims.organisation.name };
}

/** The label a register names its records by (`name`, `title` …), falling back to the id. */
export function labelOf<R extends RegisterName>(register: R, record: RecordOf<R>): string {
  const value = (record as Record<string, unknown>)[registers[register].label];
  return typeof value === 'string' && value.trim() !== '' ? value : record.id;
}

export function subjectOf<R extends RegisterName>(register: R, record: RecordOf<R>, label?: string): Subject {
  return { register, id: record.id, label: label ?? labelOf(register, record) };
}

/** Anything a message can quote: a subject (label) or a record (name or title), always with its id. */
export interface Quotable {
  readonly id: string;
  readonly label?: string;
  readonly name?: string;
  readonly title?: string;
}

/**
 * `"Credit scoring" (ais-credit)`: how every message quotes a record, by its label, name or title, else its id
 * alone (`"ais-credit"`), so that a reader can find it in the register whichever check names it.
 */
export function named(what: Quotable): string {
  const label = [what.label, what.name, what.title].find((l) => l !== undefined && l.trim() !== '') ?? what.id;
  return label === what.id ? `"${what.id}"` : `"${label}" (${what.id})`;
}

/** A person by name, or by id where the register does not know them. */
export function personName(index: SnapshotIndex, id: string): string {
  return index.persons.get(id)?.name ?? id;
}

/** `A.6.2.4 AI system verification and validation`, or an organisation control's title. */
export function controlLabel(index: SnapshotIndex, controlId: string): string {
  const title = findControl(controlId)?.title ?? index.customControls.get(controlId)?.title;
  return title ? `${controlId} ${title}` : controlId;
}
