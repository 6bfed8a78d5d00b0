// Shared pieces of the typical-a checks (SoA, impact assessments, AI policy, accountability, competence, internal
// audit, management review): naming subjects and records in messages, joining lists, reading free text.
import { findControl, type SnapshotIndex } from '../domain/index.ts';

export { joinList, labelOf, organisationSubject, someOf, subjectOf } from './subject-helpers.ts';

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
