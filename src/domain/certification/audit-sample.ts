// A proposed sample for the next external audit, drawn the way a certification body would: what the cycle has not
// covered first, then controls tied to the most risks, to the most complex AI systems, and those auditors weigh most.
import { defaultSurveillanceFocus, highWeightRef } from './audit-focus.ts';
import { findClause, findControl, indexSnapshot, type AimsSnapshot, type AiSystem, type IsoDateString } from '../index.ts';
import { cycleCoverage, type CycleCoverage } from './coverage.ts';

export type SampleAuditKind = 'stage-2' | 'surveillance' | 'recertification';

export interface SampleItem {
  readonly ref: string;
  readonly kind: 'clause' | 'control';
  readonly title: string;
  readonly reasons: readonly string[];
  readonly uncovered: boolean;
  readonly riskCount: number;
  /** The highest complexity among in-scope AI systems its risks concern. */
  readonly aiComplexity: AiSystem['complexity'] | null;
  readonly weight: number;
}

export interface ProposedSample {
  readonly auditKind: SampleAuditKind;
  /** Clauses and controls to prepare, in the order they were chosen. */
  readonly items: readonly SampleItem[];
  readonly aiSystems: readonly { readonly id: string; readonly name: string; readonly complexity: AiSystem['complexity']; readonly reasons: readonly string[] }[];
  readonly rule: string;
}

export interface SampleOptions {
  readonly auditKind?: SampleAuditKind;
  /** How many clauses and controls to draw besides the ones every audit of the kind looks at. */
  readonly size?: number;
  /** Surveillance audits left in the cycle, including this one; the uncovered are spread over them. */
  readonly remainingSurveillance?: number;
  readonly coverage?: CycleCoverage;
}

const complexityRank: Record<AiSystem['complexity'], number> = { low: 1, medium: 2, high: 3 };

/** Risks per control (treatments and SoA entries) and the most complex in-scope AI system those risks concern. */
function riskProfile(aims: AimsSnapshot): Map<string, { risks: Set<string>; complexity: number }> {
  const index = indexSnapshot(aims);
  const profile = new Map<string, { risks: Set<string>; complexity: number }>();
  const add = (controlId: string, riskId: string) => {
    const risk = index.risks.get(riskId);
    const p = profile.get(controlId) ?? { risks: new Set<string>(), complexity: 0 };
    p.risks.add(riskId);
    for (const id of risk?.aiSystemIds ?? []) {
      const s = index.aiSystems.get(id);
      if (s?.inScope && s.status !== 'retired') p.complexity = Math.max(p.complexity, complexityRank[s.complexity]);
    }
    profile.set(controlId, p);
  };
  for (const risk of aims.risks) for (const c of risk.treatment?.controlIds ?? []) add(c, risk.id);
  for (const entry of aims.soaEntries) for (const r of entry.riskIds) add(entry.controlId, r);
  return profile;
}

const aiRank = (i: SampleItem): number => (i.aiComplexity ? complexityRank[i.aiComplexity] : 0);
const complexityName = (n: number): AiSystem['complexity'] | null => (n === 3 ? 'high' : n === 2 ? 'medium' : n === 1 ? 'low' : null);

/** Proposes the sample of the next audit of a kind as of `now`. */
export function proposeSample(aims: AimsSnapshot, now: IsoDateString, options: SampleOptions = {}): ProposedSample {
  const kind = options.auditKind ?? 'surveillance';
  const coverage = options.coverage ?? cycleCoverage(aims, now);
  const uncovered = new Set([...coverage.uncovered.clauses, ...coverage.uncovered.controls]);
  const profile = riskProfile(aims);
  const focus = kind === 'surveillance' ? new Map(defaultSurveillanceFocus.map((f) => [f.ref, f.why])) : new Map<string, string>();
  const fullScope = kind !== 'surveillance';

  const item = (ref: string, k: 'clause' | 'control'): SampleItem => {
    const p = profile.get(ref);
    const riskCount = p?.risks.size ?? 0;
    const aiComplexity = complexityName(p?.complexity ?? 0);
    const weighted = highWeightRef(ref);
    const weight = weighted?.weight ?? 1;
    const isUncovered = kind === 'surveillance' && uncovered.has(ref);
    const reasons = [
      ...(fullScope && k === 'clause' ? ['Every clause is audited at Stage 2 and recertification.'] : []),
      ...(focus.has(ref) ? [`Every surveillance looks at it: ${focus.get(ref)}`] : []),
      ...(isUncovered ? ['Not yet covered in this cycle.'] : []),
      ...(riskCount > 0 ? [`Treats ${riskCount} risk(s).`] : []),
      ...(aiComplexity === 'high' ? ['Its risks concern a high-complexity AI system.'] : []),
      ...(weighted ? [weighted.why] : []),
    ];
    const title = (k === 'clause' ? findClause(ref)?.title : findControl(ref)?.title) ?? indexSnapshot(aims).customControls.get(ref)?.title ?? ref;
    return { ref, kind: k, title, reasons, uncovered: isUncovered, riskCount, aiComplexity, weight };
  };
  const clauses = coverage.universe.clauses.map((c) => item(c, 'clause'));
  const controls = coverage.universe.controls.map((c) => item(c, 'control'));
  const byPriority = (a: SampleItem, b: SampleItem) =>
    Number(b.uncovered) - Number(a.uncovered) || b.riskCount - a.riskCount
    || aiRank(b) - aiRank(a)
    || b.weight - a.weight || a.ref.localeCompare(b.ref, 'en', { numeric: true });

  let items: SampleItem[];
  let rule: string;
  if (fullScope) {
    const size = options.size ?? Math.max(10, Math.ceil(controls.length / 2));
    items = [...clauses, ...[...controls].sort(byPriority).slice(0, size)];
    rule = `${kind}: every leaf clause, and ${size} of ${controls.length} applicable controls ranked by the risks they treat, the complexity of the AI systems concerned and audit weight.`;
  } else {
    const mandatory = [...clauses, ...controls].filter((i) => focus.has(i.ref));
    const rest = [...clauses, ...controls].filter((i) => !focus.has(i.ref)).sort(byPriority);
    const remaining = Math.max(1, options.remainingSurveillance ?? 1);
    const restUncovered = rest.filter((i) => i.uncovered).length;
    const size = options.size ?? Math.max(6, Math.ceil(restUncovered / remaining));
    items = [...mandatory, ...rest.slice(0, size)];
    rule = `surveillance: what every surveillance looks at (${mandatory.map((i) => i.ref).join(', ')}), then ${size} more — `
      + `the ${restUncovered} not yet covered spread over ${remaining} remaining surveillance audit(s) first, then by risks treated, `
      + 'AI-system complexity and audit weight.';
  }

  const sampledSystems = new Set(coverage.aiSystemsSampled);
  const systems = aims.aiSystems.filter((s) => s.inScope && s.status !== 'retired');
  const systemRisks = (id: string) => aims.risks.filter((r) => r.aiSystemIds.includes(id)).length;
  const systemCount = Math.ceil(Math.sqrt(systems.length));
  const aiSystems = [...systems]
    .sort((a, b) => Number(sampledSystems.has(a.id)) - Number(sampledSystems.has(b.id))
      || complexityRank[b.complexity] - complexityRank[a.complexity] || systemRisks(b.id) - systemRisks(a.id) || a.id.localeCompare(b.id))
    .slice(0, systemCount)
    .map((s) => ({
      id: s.id, name: s.name, complexity: s.complexity,
      reasons: [
        ...(!sampledSystems.has(s.id) ? ['Not yet sampled in this cycle.'] : []),
        `${s.complexity} complexity`,
        `${systemRisks(s.id)} risk(s)`,
      ],
    }));
  return { auditKind: kind, items, aiSystems, rule: `${rule} AI systems: ${systemCount} (√ of ${systems.length} in scope, rounded up), least sampled and most complex first.` };
}
