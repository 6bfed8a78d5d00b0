// Shared pieces of the typical-a checks (SoA, impact assessments, AI policy, accountability, competence, internal
// audit, management review): naming subjects and records in messages, joining lists, reading free text.
import { findControl, type SnapshotIndex } from '../domain/index.ts';

export { joinList, labelOf, organisationSubject, someOf, subjectOf } from './subject-helpers.ts';
// One placeholder list for every check: "n/a" justifies an exclusion no more in the SoA than anywhere else.
export { isBlank } from '../domain/predicates/ops-a-text.ts';

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

/** Text compared as a reader would: case, spacing and trailing punctuation ignored. */
export function normaliseText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[.;!]+$/, '').toLowerCase();
}
