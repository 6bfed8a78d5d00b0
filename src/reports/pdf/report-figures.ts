// The figures the PDF's charts draw: findings per clause 4–10 and Annex A group, evidence coverage per group, and
// the span of the certification cycle. Pure, so the charts show exactly what these functions say.
import { clauses, controlGroups, findClause, findControl, controlTopGroup } from '../../domain/index.ts';
import type { EvidenceIndex, EvidenceIndexRow } from '../../checks/readiness/evidence-index.ts';
import type { CheckOutputFinding } from '../../checks/readiness/readiness.ts';
import type { Severity } from '../../checks/types.ts';

export interface GroupCount {
  readonly group: string;
  readonly title: string;
  readonly bySeverity: Readonly<Record<Severity, number>>;
}

const topClauses = clauses.filter((c) => c.parent === undefined);
const topGroups = controlGroups.filter((g) => g.parent === undefined);

/** `9.2.1` → `9`; `A.7.4` → `A.7`; anything else (a certification rule, an organisation control) → undefined. */
export function groupOf(ref: string): string | undefined {
  if (findClause(ref)) return ref.split('.')[0];
  const control = findControl(ref);
  return control ? controlTopGroup(control) : undefined;
}

/** Findings (not those needing review) per top-level clause and Annex A group, each finding counted once per group. */
export function findingsByGroup(findings: readonly CheckOutputFinding[]): GroupCount[] {
  const groups = [...topClauses.map((c) => ({ id: c.id, title: c.title })), ...topGroups.map((g) => ({ id: g.id, title: g.title }))];
  const counts = new Map(groups.map((g) => [g.id, { major: 0, minor: 0, observation: 0 }]));
  for (const f of findings) {
    if (f.outcome !== 'finding') continue;
    for (const g of new Set(f.refs.map(groupOf))) if (g !== undefined) counts.get(g)![f.severity]++;
  }
  return groups.map((g) => ({ group: g.id, title: g.title, bySeverity: counts.get(g.id)! }));
}

export interface GroupCoverage {
  readonly group: string;
  readonly title: string;
  readonly evidenced: number;
  /** Asking for no records: verified by interview or observation. */
  readonly interview: number;
  readonly onlyStale: number;
  readonly onlyExpired: number;
  readonly noEvidence: number;
}

function tally(group: string, title: string, rows: readonly EvidenceIndexRow[]): GroupCoverage {
  const n = (s: EvidenceIndexRow['status']) => rows.filter((r) => r.status === s).length;
  return { group, title, evidenced: n('evidenced'), interview: n('interview-or-observation'), onlyStale: n('only-stale'), onlyExpired: n('only-expired'), noEvidence: n('no-evidence') };
}

/** Coverage of the leaf clauses of each clause 4–10 and of the applied controls of each Annex A group. */
export function coverageByGroup(index: EvidenceIndex): GroupCoverage[] {
  const leaves = index.clauses.filter((r) => r.leaf);
  const byClause = topClauses.map((c) => tally(c.id, c.title, leaves.filter((r) => groupOf(r.ref) === c.id)));
  const byControl = topGroups
    .map((g) => tally(g.id, g.title, index.controls.filter((r) => groupOf(r.ref) === g.id)))
    .filter((g) => g.evidenced + g.interview + g.onlyStale + g.onlyExpired + g.noEvidence > 0);
  const custom = index.controls.filter((r) => r.custom);
  return [...byClause, ...byControl, ...(custom.length > 0 ? [tally('', 'Organisation controls', custom)] : [])];
}
