// Shared pieces of the typical-a checks (SoA, impact assessments, AI policy, accountability, competence, internal
// audit, management review): naming subjects and records in messages, joining lists, reading free text.
import { findControl, registers, type AimsSnapshot, type RecordOf, type RegisterName, type SnapshotIndex } from '../domain/index.ts';
import type { Subject } from './types.ts';

/** The AIMS as a whole, for findings about something missing altogether or about a pattern. */
export function organisationSubject(aims: AimsSnapshot): Subject {
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

/** `"Credit scoring" (ais-credit)`: how messages name a record. */
export function named(label: string, id: string): string {
  return label === id ? `"${id}"` : `"${label}" (${id})`;
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

/** `a`, `a and b`, `a, b and c`. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The first `max` items joined, then "and N more", so a message stays readable at scale. */
export function someOf(items: readonly string[], max = 5): string {
  if (items.length <= max) return joinList(items);
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

const placeholders = new Set(['', '-', '--', '?', '...', '…', 'tbd', 'tbc', 'tba', 'todo', 'to do', 'to be completed', 'to be defined', 'xxx', 'lorem ipsum']);

/** True when text says nothing a reader could use: missing, blank, or a placeholder such as "TBD". */
export function isBlank(text: unknown): boolean {
  if (typeof text !== 'string') return true;
  return placeholders.has(text.trim().toLowerCase().replace(/[.:;!]+$/, '').trim());
}

/** Text compared as a reader would: case, spacing and trailing punctuation ignored. */
export function normaliseText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[.;!]+$/, '').toLowerCase();
}
