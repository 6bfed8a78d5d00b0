// Whether a Statement of Applicability entry is there for a reason (6.1.3): an included control traces to a risk or
// an obligation, an excluded one says why. One reading shared by soa-not-risk-driven and the SoA reconciliation step.
import type { Risk, SoaEntry } from '../model/index.ts';
import { isBlank } from './free-text.ts';

/** Controls that risk treatments select, each with the first risk that selects it (one pass over the risks). */
export function controlsSelectedByRisks(risks: readonly Risk[]): Map<string, string> {
  const selectedBy = new Map<string, string>();
  for (const risk of risks) for (const c of risk.treatment?.controlIds ?? []) if (!selectedBy.has(c)) selectedBy.set(c, risk.id);
  return selectedBy;
}

/**
 * Whether an entry's control traces to a risk (a linked risk that exists, or a risk treatment that selects the
 * control) or to an obligation that says something.
 */
export function isTracedToRiskOrObligation(
  entry: SoaEntry,
  selectedBy: ReadonlyMap<string, string>,
  riskExists: (id: string) => boolean,
): boolean {
  return (entry.riskIds ?? []).some(riskExists) || selectedBy.has(entry.controlId) || (entry.obligations ?? []).some((o) => !isBlank(o));
}

/** Whether an exclusion carries a justification a reader can use ("n/a" and "TBD" are none). */
export const isExclusionJustified = (entry: SoaEntry): boolean => !isBlank(entry.justification);
