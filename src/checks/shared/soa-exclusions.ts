// Reading the Statement of Applicability (6.1.3 d): whether a control is excluded with a justification.
import type { AimsSnapshot, SoaEntry } from '../../domain/index.ts';
import { isBlank } from '../../domain/predicates/free-text.ts';

/**
 * The SoA entry that excludes a control with a justification, when the organisation did so; undefined when the
 * control is included, undecided or excluded without a reason (then it still applies: soa-incomplete and
 * soa-not-risk-driven report the missing decision or reason).
 */
export function justifiedExclusion(aims: AimsSnapshot, controlId: string): SoaEntry | undefined {
  const entries = aims.soaEntries.filter((e) => e.controlId === controlId);
  if (entries.length === 0 || entries.some((e) => e.applicable)) return undefined;
  return entries.find((e) => !isBlank(e.justification));
}
