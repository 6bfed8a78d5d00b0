// Looks up the requirements model by clause or control id; a parent clause's requirement is derived from its leaves.
import type { AimsSnapshot } from '../model/index.ts';
import { clauses } from './clauses.ts';
import { controls } from './annex-a.ts';
import { clauseRequirements } from './requirements-clauses.ts';
import { controlRequirements } from './requirements-controls.ts';
import { combineDocumentedInformation, leafIdsBelow, type DocumentedInformation, type Requirement } from './requirements.ts';

const own = new Map([...clauseRequirements, ...controlRequirements].map((r) => [r.ref, r]));

/** A parent's requirement: the union of its leaves', the interviews being theirs. */
function derived(parent: string): Requirement {
  const leaves = leafIdsBelow(parent).map((id) => own.get(id)!);
  return {
    ref: parent,
    documentedInformation: combineDocumentedInformation(leaves.map((l) => l.documentedInformation)),
    requires: leaves.flatMap((l) => l.requires),
    // What supports a leaf asking for no records is no evidence of the parent's requirements.
    evidencedBy: [...new Set(leaves.filter((l) => l.documentedInformation !== 'none').flatMap((l) => l.evidencedBy))],
    verifiedBy: `As its sub-clauses ${leaves.map((l) => l.ref).join(', ')} say.`,
  };
}

const byRef = new Map<string, Requirement>([
  ...clauses.map((c) => [c.id, own.get(c.id) ?? derived(c.id)] as const),
  ...controls.map((c) => [c.id, own.get(c.id)!] as const),
]);

/** The requirement of a clause 4–10 or an Annex A control; undefined for anything else (an organisation's control). */
export function requirementOf(ref: string): Requirement | undefined {
  return byRef.get(ref);
}

export function documentedInformationOf(ref: string): DocumentedInformation | undefined {
  return byRef.get(ref)?.documentedInformation;
}

/** Whether the requirement asks for records at all, given what has happened in this AIMS so far. */
export function requiresRecords(requirement: Requirement, aims: AimsSnapshot): boolean {
  if (requirement.documentedInformation === 'none') return false;
  return requirement.arises === undefined || requirement.arises.occurred(aims);
}
