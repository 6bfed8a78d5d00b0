// Whether internal audits covered a clause or control: a ref counts as audited when an audit covered it, one of its
// parents (9 covers 9.2.2; A.6 covers A.6.2.4), or every one of its children.
import { clauses, controlGroups, controls } from '../catalogue/index.ts';

/** Parent of each catalogue id: clause → parent clause, control → its group, sub-group → group. Built once. */
const parentOf = new Map<string, string>();
for (const c of clauses) if (c.parent !== undefined) parentOf.set(c.id, c.parent);
for (const g of controlGroups) if (g.parent !== undefined) parentOf.set(g.id, g.parent);
for (const c of controls) parentOf.set(c.id, c.group);

const childrenOf = new Map<string, string[]>();
for (const [child, parent] of parentOf) {
  const list = childrenOf.get(parent);
  if (list) list.push(child);
  else childrenOf.set(parent, [child]);
}

/** The ids above `ref` in the catalogue, nearest first (9.2.2 → 9.2, 9). Unknown ids (own controls) have none. */
export function ancestorsOf(ref: string): string[] {
  const out: string[] = [];
  for (let p = parentOf.get(ref); p !== undefined; p = parentOf.get(p)) out.push(p);
  return out;
}

/** What audits covered: a set of refs, or a test per ref (for callers that look refs up by date). */
export type AuditedRefs = ReadonlySet<string> | ((ref: string) => boolean);

/**
 * Whether `ref` is covered by the audited refs. Cost is bounded by the catalogue's depth and breadth (a handful of
 * lookups), never by the number of audits, so callers stay linear.
 */
export function isAudited(ref: string, audited: AuditedRefs): boolean {
  const has = typeof audited === 'function' ? audited : (r: string) => audited.has(r);
  if (has(ref)) return true;
  if (ancestorsOf(ref).some(has)) return true;
  return coveredByChildren(ref, has);
}

function coveredByChildren(ref: string, has: (ref: string) => boolean): boolean {
  const children = childrenOf.get(ref);
  if (!children || children.length === 0) return false;
  return children.every((child) => has(child) || coveredByChildren(child, has));
}

/** The planned refs that no audit covered, in the order planned. */
export function unauditedRefs(planned: readonly string[], audited: AuditedRefs): string[] {
  return planned.filter((ref) => !isAudited(ref, audited));
}
