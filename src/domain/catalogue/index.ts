// The ISO/IEC 42001 catalogue: clauses, Annex A controls and Annex C items, with lookups used everywhere.
import { clauses, type Clause } from './clauses.ts';
import { controls, controlGroups, type Control } from './annex-a.ts';

export { clauses, type Clause } from './clauses.ts';
export { controls, controlGroups, type Control, type ControlGroup } from './annex-a.ts';
export { annexCObjectives, annexCRiskSources, type AnnexCItem } from './annex-c.ts';
export { documentedInformationOf, requirementOf, requiresRecords } from './requirement-lookup.ts';
export type { DocumentedInformation, EvidenceSource, RequiredInformation, Requirement } from './requirements.ts';

const clauseById = new Map(clauses.map((c) => [c.id, c]));
const controlById = new Map(controls.map((c) => [c.id, c]));

export function findClause(id: string): Clause | undefined {
  return clauseById.get(id);
}

export function findControl(id: string): Control | undefined {
  return controlById.get(id);
}

/** True for a clause id (4 … 10.2) or an Annex A control id (A.2.2 … A.10.4) of the catalogue. */
export function isCatalogueReference(ref: string): boolean {
  return clauseById.has(ref) || controlById.has(ref);
}

/** Top-level group of a control: A.6 for A.6.2.4. */
export function controlTopGroup(control: Control): string {
  const group = controlGroups.find((g) => g.id === control.group);
  return group?.parent ?? control.group;
}

/** Clauses that carry requirements (leaves of the tree): 4.1, 6.1.2 … but not 6.1 or 9.2 themselves. */
export function leafClauses(): Clause[] {
  const parents = new Set(clauses.map((c) => c.parent).filter((p): p is string => p !== undefined));
  return clauses.filter((c) => !parents.has(c.id));
}
