// The dashboard's one request and the groupings it draws: findings by clause and Annex A group, due dates.
import { useQuery } from '@tanstack/react-query';
import { controlGroups } from '../../../domain/catalogue/annex-a.ts';
import { api } from '../../http/client.ts';
import type { CoverageCounts, Finding, ReadinessStepStatus, Severity, Verdict } from '../../http/types.ts';

export interface DueDate {
  readonly date: string;
  readonly kind: string;
  readonly title: string;
  readonly register: string;
  readonly id: string;
  readonly overdue: boolean;
}

export interface CycleEvent {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly start?: string;
  readonly end?: string;
  readonly dueBy?: string;
  readonly status: string;
  readonly auditId?: string;
}

export interface HeatCell {
  readonly clause: string;
  readonly group: string;
  readonly findings: number;
  readonly major: number;
  readonly minor: number;
  readonly observation: number;
}

/** `GET /api/orgs/{org}/dashboard`: everything the dashboard draws, in one answer. */
export interface DashboardView {
  readonly asOf: string;
  readonly organisation: { readonly id: string; readonly name: string };
  readonly verdict: Verdict;
  readonly findings: Record<Severity, number> & { readonly needsReview: number; readonly passed: number; readonly notApplicable: number; readonly checks: number };
  readonly heatMap: { readonly clauses: readonly string[]; readonly groups: readonly string[]; readonly cells: readonly HeatCell[] };
  readonly readinessSteps: readonly ReadinessStepStatus[];
  readonly nextDue: readonly DueDate[];
  readonly evidenceCoverage: { readonly clauses: CoverageCounts; readonly controls: CoverageCounts; readonly gaps: number };
  readonly timeline: readonly CycleEvent[];
}

export function useDashboard(org: string) {
  return useQuery({ queryKey: ['dashboard', org], queryFn: ({ signal }) => api<DashboardView>(`/api/orgs/${encodeURIComponent(org)}/dashboard`, { signal }) });
}

export const clauseRows = ['4', '5', '6', '7', '8', '9', '10'].map((c) => ({ key: c, label: `Clause ${c}` }));
export const annexRows = controlGroups.filter((g) => !g.parent).map((g) => ({ key: g.id, label: `${g.id} ${g.title}` }));

/** The heat-map row a reference belongs to: `6.1.3` → `6`, `A.6.2.8` → `A.6`; other refs (17021-1) none. */
export function heatRowOf(ref: string): string | undefined {
  const annex = /^A\.(\d+)/.exec(ref);
  if (annex) return `A.${annex[1]}`;
  const clause = /^(\d+)(?:\.|$)/.exec(ref);
  if (clause && Number(clause[1]) >= 4 && Number(clause[1]) <= 10) return clause[1];
  return undefined;
}

export type HeatColumn = Severity | 'needs-review';

/** Counts findings per heat-map row and column; a finding citing two refs of one row counts once there. */
export function findingsHeat(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const column: HeatColumn = f.outcome === 'needs-review' ? 'needs-review' : f.severity;
    const rows = new Set(f.refs.map(heatRowOf).filter((r): r is string => r !== undefined));
    for (const row of rows) counts.set(`${row}|${column}`, (counts.get(`${row}|${column}`) ?? 0) + 1);
  }
  return counts;
}
