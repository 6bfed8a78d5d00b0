// Shared pieces of the ops-a checks (methodologies, risks, AI systems, data, documents, policy review):
// naming subjects, joining lists, and which AI systems the AIMS scope covers.
import type { AiSystem, AimsSnapshot } from '../domain/index.ts';
import type { Subject } from './types.ts';

export { joinList, labelOf, organisationSubject, subjectOf } from './subject-helpers.ts';


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
