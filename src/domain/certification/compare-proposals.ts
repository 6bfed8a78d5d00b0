// Side-by-side comparison of certification bodies' proposals: fees over the 3-year cycle, audit days against the
// floor, the audit team, and each body's suitability verdict.
import { defaultAuditTimeTable, estimateAuditDays, MAX_COMPLEXITY_REDUCTION, type AuditDayEstimate, type AuditTimeTable } from './audit-time.ts';
import { assessSuitability, type Suitability } from './suitability.ts';
import { indexSnapshot, type AimsSnapshot, type IsoDateString, type Proposal } from '../index.ts';

/**
 * The floor as a share of the table's days: the table's days less the largest reduction IAF MD 5 allows for low
 * complexity (30%, MAX_COMPLEXITY_REDUCTION). No body may justify fewer days than that from the organisation's
 * complexity alone, so a proposal under it is under-scoped or has accreditation costs not priced in (a proposal
 * between 70% and 100% of the table may be a reduction the body justifies, and is not flagged). Editable per call.
 */
export const DEFAULT_FLOOR_RATIO = 1 - MAX_COMPLEXITY_REDUCTION;

type AuditKey = keyof Proposal['auditDays'];
const auditKeys: readonly AuditKey[] = ['stage1', 'stage2', 'surveillance1', 'surveillance2', 'recertification'];

export interface BelowFloor {
  readonly audit: 'initial' | 'surveillance1' | 'surveillance2' | 'recertification';
  readonly days: number;
  /** The table's days for the audit (the unadjusted estimate). */
  readonly tableDays: number;
  /** The table's days less the largest allowed reduction: the proposal is flagged under it. */
  readonly floor: number;
  /** Proposed days as a share of the table's days. */
  readonly ratio: number;
}

export interface ProposalRow {
  readonly proposalId: string;
  readonly certificationBodyId: string;
  readonly bodyName: string;
  readonly bodyStatus?: string;
  readonly suitability?: Suitability;
  readonly receivedOn: IsoDateString;
  readonly currency: string;
  readonly fees: Proposal['fees'];
  readonly otherFees: number;
  /** Every audit of the 3-year cycle plus application, travel and certificate fees. */
  readonly totalFees: number;
  readonly auditDays: Proposal['auditDays'];
  readonly initialDays: number;
  readonly totalDays: number;
  readonly feePerAuditDay: number | null;
  readonly belowFloor: readonly BelowFloor[];
  readonly leadAuditor: Proposal['leadAuditor'];
  readonly technicalAssessor: Proposal['technicalAssessor'] | null;
  readonly warnings: readonly string[];
}

export interface ProposalComparison {
  readonly floor?: AuditDayEstimate;
  readonly floorRatio: number;
  readonly floorRule: string;
  /** In-scope AI systems of high complexity, which call for a technical assessor in the audit team. */
  readonly complexAiSystems: readonly { readonly id: string; readonly name: string }[];
  readonly proposals: readonly ProposalRow[];
  /** More than one currency: totals are not comparable without conversion. */
  readonly currencies: readonly string[];
  /** Cheapest over the cycle among suitable (or warning-only) bodies, when those share one currency. */
  readonly cheapestSuitableId?: string;
}

export interface CompareOptions {
  readonly table?: AuditTimeTable;
  readonly floorRatio?: number;
}

const sum = (o: Record<AuditKey, number>): number => auditKeys.reduce((n, k) => n + o[k], 0);
const pct = (x: number): string => `${Math.round(x * 100)}%`;

function belowFloor(p: Proposal, floor: AuditDayEstimate | undefined, ratio: number): BelowFloor[] {
  if (!floor) return [];
  const pairs: [BelowFloor['audit'], number, number][] = [
    ['initial', p.auditDays.stage1 + p.auditDays.stage2, floor.initial.days],
    ['surveillance1', p.auditDays.surveillance1, floor.surveillance.days],
    ['surveillance2', p.auditDays.surveillance2, floor.surveillance.days],
    ['recertification', p.auditDays.recertification, floor.recertification.days],
  ];
  return pairs
    .filter(([, days, t]) => t > 0 && days < ratio * t - 1e-9)
    .map(([audit, days, t]) => ({ audit, days, tableDays: t, floor: Math.round(ratio * t * 100) / 100, ratio: Math.round((days / t) * 100) / 100 }));
}

/** Compares every proposal on record for this organisation as of `now`. */
export function compareProposals(aims: AimsSnapshot, now: IsoDateString, options: CompareOptions = {}): ProposalComparison {
  const ratio = options.floorRatio ?? DEFAULT_FLOOR_RATIO;
  const floor = estimateAuditDays(aims.organisation.effectivePersonnel, options.table ?? defaultAuditTimeTable);
  const index = indexSnapshot(aims);
  const complexAiSystems = aims.aiSystems
    .filter((s) => s.inScope && s.status !== 'retired' && s.complexity === 'high')
    .map((s) => ({ id: s.id, name: s.name }));
  const suitabilityOf = new Map<string, Suitability>();
  const rows = aims.proposals.map((p): ProposalRow => {
    const body = index.certificationBodies.get(p.certificationBodyId);
    let suitability = body ? suitabilityOf.get(body.id) : undefined;
    if (body && !suitability) {
      suitability = assessSuitability(body, aims, now);
      suitabilityOf.set(body.id, suitability);
    }
    const totalDays = sum(p.auditDays);
    const totalFees = sum(p.fees) + (p.otherFees ?? 0);
    const below = belowFloor(p, floor, ratio);
    const warnings: string[] = [];
    for (const b of below) {
      warnings.push(`${b.audit === 'initial' ? 'Initial (Stage 1 + Stage 2)' : b.audit} days ${b.days} are ${pct(b.ratio)} of the table's ${b.tableDays}, `
        + `under the floor of ${b.floor} (the table's days less the largest reduction allowed for complexity, ${pct(1 - ratio)}): an under-scoped audit, or accreditation costs not priced in.`);
    }
    if (!p.technicalAssessor && complexAiSystems.length > 0) {
      warnings.push(`No technical assessor, though ${complexAiSystems.length} in-scope AI system(s) are of high complexity (${complexAiSystems.map((s) => s.name).join(', ')}).`);
    }
    if (p.leadAuditor.yearsInAiGovernance === 0) warnings.push('The lead auditor has no years of AI-governance experience: management-system auditing alone is not enough.');
    if (!body) warnings.push(`The certification body ${p.certificationBodyId} is not in the certificationBodies register.`);
    if (suitability?.verdict === 'unsuitable') warnings.push(`The body is unsuitable: ${suitability.issues.filter((i) => i.level === 'disqualifying').map((i) => i.message).join(' ')}`);
    for (const threat of suitability?.issues.filter((i) => i.level === 'threat') ?? []) warnings.push(`Impartiality: ${threat.message}`);
    return {
      proposalId: p.id,
      certificationBodyId: p.certificationBodyId,
      bodyName: body?.name ?? p.certificationBodyId,
      ...(body ? { bodyStatus: body.status } : {}),
      ...(suitability ? { suitability } : {}),
      receivedOn: p.receivedOn,
      currency: p.currency,
      fees: p.fees,
      otherFees: p.otherFees ?? 0,
      totalFees,
      auditDays: p.auditDays,
      initialDays: p.auditDays.stage1 + p.auditDays.stage2,
      totalDays,
      feePerAuditDay: totalDays > 0 ? Math.round(totalFees / totalDays) : null,
      belowFloor: below,
      leadAuditor: p.leadAuditor,
      technicalAssessor: p.technicalAssessor ?? null,
      warnings,
    };
  });
  const currencies = [...new Set(rows.map((r) => r.currency))].sort();
  const eligible = rows.filter((r) => r.suitability && r.suitability.verdict !== 'unsuitable');
  // Only the eligible proposals need a common currency: an unsuitable body quoting in another one changes nothing.
  const comparable = new Set(eligible.map((r) => r.currency)).size === 1;
  const cheapest = comparable ? [...eligible].sort((a, b) => a.totalFees - b.totalFees)[0] : undefined;
  return {
    ...(floor ? { floor } : {}),
    floorRatio: ratio,
    floorRule: `A proposal is below the audit-day floor when an audit's days are under the table's days for `
      + `${aims.organisation.effectivePersonnel} persons (${floor ? `initial ${floor.initial.days}, surveillance ${floor.surveillance.days}, recertification ${floor.recertification.days}` : 'no estimate'}) `
      + `less the largest reduction a body may justify for low complexity (${pct(1 - ratio)}, IAF MD 5), i.e. under ${pct(ratio)} of them.`,
    complexAiSystems,
    proposals: rows,
    currencies,
    ...(cheapest ? { cheapestSuitableId: cheapest.proposalId } : {}),
  };
}
