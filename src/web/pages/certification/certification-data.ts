// The certification records as the API gives them (what `aims certification --format json` prints).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../http/client.ts';

export interface CycleEventRow { readonly id: string; readonly kind: string; readonly title: string; readonly start?: string; readonly end?: string; readonly dueBy?: string; readonly status: string; readonly basis?: string; readonly auditDays?: number; readonly auditId?: string }
export interface Issue { readonly kind: string; readonly level: string; readonly message: string }
export interface Suitability { readonly bodyId: string; readonly bodyName: string; readonly verdict: string; readonly sectorMatch: boolean; readonly matchedSectors: readonly string[]; readonly issues: readonly Issue[] }
export interface ProposalRow {
  readonly proposalId: string; readonly bodyName: string; readonly bodyStatus: string; readonly suitability: Suitability; readonly receivedOn?: string; readonly currency: string;
  readonly fees: Record<string, number>; readonly otherFees: number; readonly totalFees: number; readonly auditDays: Record<string, number>; readonly initialDays: number; readonly totalDays: number;
  readonly feePerAuditDay?: number; readonly leadAuditor?: { readonly name: string; readonly aiGovernanceExperience?: string } | null;
  readonly technicalAssessor?: { readonly name: string; readonly expertise?: string } | null; readonly warnings: readonly string[];
}
export interface ExternalFindingRow { readonly id: string; readonly classification: string; readonly description?: string; readonly status: string; readonly deadline?: string; readonly overdue?: boolean; readonly auditId?: string; readonly refs?: readonly string[] }
export interface SampleItem { readonly ref: string; readonly kind: string; readonly title: string; readonly reasons: readonly string[]; readonly uncovered: boolean; readonly weight: number }
export interface InterviewPack {
  readonly personId: string; readonly name: string; readonly controls: readonly { readonly controlId: string; readonly title: string }[];
  readonly aiSystems: readonly { readonly id: string; readonly name: string }[]; readonly interviews: readonly { readonly date?: string; readonly outcome?: string }[];
  readonly toRehearse: readonly string[]; readonly status: string;
}
/** One adjustment of the table's days (AI in scope, integrated audit, sites), with where its weight comes from. */
export interface AuditDayAdjustment { readonly id: string; readonly share: number; readonly reason: string; readonly source: string; readonly confidence: string }
export interface AuditDayEstimate {
  readonly initial: { readonly days: number; readonly stage1: number; readonly stage2: number };
  readonly surveillance: { readonly days: number; readonly audits: number };
  readonly recertification: { readonly days: number };
  /** The table's days before any adjustment. */
  readonly tableDays?: { readonly initial: number; readonly surveillance: number; readonly recertification: number };
  readonly table?: { readonly name: string; readonly source: string };
  readonly adjustments?: readonly AuditDayAdjustment[];
  readonly rules: readonly string[];
}
export interface CertificationRecords {
  readonly organisation: { readonly id: string; readonly name: string; readonly effectivePersonnel: number };
  readonly asOf: string;
  readonly auditDays: AuditDayEstimate | null;
  readonly cycle: { readonly stage2?: string; readonly events: readonly CycleEventRow[]; readonly risks: readonly unknown[] } | null;
  readonly certificationBodies: readonly Suitability[];
  readonly proposals: { readonly proposals: readonly ProposalRow[]; readonly floorRule?: string };
  readonly findings: readonly ExternalFindingRow[];
  readonly coverage: { readonly percent: number; readonly complete: boolean; readonly universe: { readonly clauses: readonly string[]; readonly controls: readonly string[] }; readonly covered: { readonly clauses: readonly string[]; readonly controls: readonly string[] }; readonly plannedOnly: { readonly clauses: readonly string[]; readonly controls: readonly string[] }; readonly uncovered: { readonly clauses: readonly string[]; readonly controls: readonly string[] } };
  readonly nextAudit: { readonly kind: string; readonly date?: string; readonly sample: { readonly items: readonly SampleItem[]; readonly aiSystems: readonly { readonly id: string; readonly name: string; readonly complexity: string }[]; readonly rule: string } } | null;
  readonly readiness: { readonly interviewPacks: readonly InterviewPack[] };
}

export function useCertification(org: string) {
  return useQuery({ queryKey: ['certification', org], queryFn: ({ signal }) => api<CertificationRecords>(`/api/orgs/${encodeURIComponent(org)}/certification`, { signal }) });
}

/** A cycle event as the timeline chart draws it: done, planned (booked), due (proposed, not booked) or overdue. */
export function timelineState(e: CycleEventRow, today: string): string {
  if (e.status === 'done') return 'done';
  if (e.status === 'planned' || e.status === 'booked') return 'planned';
  if (e.dueBy && e.dueBy < today) return 'overdue';
  return 'due';
}

/** A cycle event's kind, short enough to label the timeline chart. */
export const shortKind = (kind: string) => kind.replace('surveillance-', 'surv. ').replace('recertification', 'recert.').replace('certification-decision', 'decision').replace('-decision', ' decision');
