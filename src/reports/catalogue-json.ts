// `aims catalogue --format json`: every clause and control with what the requirements model says of it.
import { clauses, controls, requirementOf, type EvidenceSource } from '../domain/index.ts';

/** A source as a user reads it: the register its records are in and what one must hold to count. */
function sourceJson(s: EvidenceSource) {
  if (s.kind === 'register') return { register: s.register, holds: s.holds };
  if (s.kind === 'document') return { register: 'documents', holds: s.holds, requiredBy: true };
  return { register: 'evidenceItems', holds: s.holds, ...(s.attachedTo ? { attachedTo: s.attachedTo } : {}) };
}

function requirementJson(id: string) {
  const r = requirementOf(id)!;
  return {
    documentedInformation: r.documentedInformation,
    requires: r.requires,
    evidencedBy: r.evidencedBy.map(sourceJson),
    verifiedBy: r.verifiedBy,
    ...(r.arises ? { requiredOnceArisen: true } : {}),
  };
}

export function catalogueJson() {
  return {
    clauses: clauses.map(({ id, title, parent, summary }) => ({ id, title, parent: parent ?? null, summary, ...requirementJson(id) })),
    controls: controls.map(({ id, title, group, summary }) => ({ id, title, group, summary, ...requirementJson(id) })),
  };
}
