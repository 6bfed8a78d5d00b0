// Shared pieces of the ops-a checks (methodologies, risks, AI systems, data, documents, policy review):
// naming subjects, joining lists, and which AI systems the AIMS scope covers.
import { registers, type AiSystem, type AimsSnapshot, type RecordOf, type RegisterName } from '../domain/index.ts';
import type { Subject } from './types.ts';

/** The AIMS as a whole, for findings about something missing altogether. */
export function organisationSubject(aims: AimsSnapshot): Subject {
  return { register: 'organisation', id: aims.organisation.id, label: aims.organisation.name };
}

/** The label a register names its records by (`name`, `title` …), falling back to the id. */
export function labelOf<R extends RegisterName>(register: R, record: RecordOf<R>): string {
  const value = (record as Record<string, unknown>)[registers[register].label];
  return typeof value === 'string' && value.trim() !== '' ? value : record.id;
}

export function subjectOf<R extends RegisterName>(register: R, record: RecordOf<R>): Subject {
  return { register, id: record.id, label: labelOf(register, record) };
}

/** `a`, `a and b`, `a, b and c`. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * AI systems inside the AIMS scope (4.3) that have not been retired. A system counts as in scope when the
 * inventory marks it so or a scope statement includes it: either is what an auditor would hold the
 * organisation to. Contradictions between the two are scope-incomplete's business.
 */
export function activeAiSystemsInScope(aims: AimsSnapshot): AiSystem[] {
  const included = new Set<string>();
  for (const s of aims.scopeStatements) for (const id of s.includedAiSystemIds ?? []) included.add(id);
  return aims.aiSystems.filter((s) => (s.inScope === true || included.has(s.id)) && s.status !== 'retired');
}

/** `"Credit scoring" (ais-credit)`: how messages name a record. */
export function named(subject: Subject): string {
  return `"${subject.label ?? subject.id}" (${subject.id})`;
}
