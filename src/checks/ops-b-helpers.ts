// Shared pieces of the ops-b checks (awareness, communication, monitoring, audit, review, corrective action):
// naming subjects, listing names briefly, and reading the Statement of Applicability.
import {
  isBefore, type AimsSnapshot, type ExternalAudit, type SoaEntry,
} from '../domain/index.ts';
import { isBlank } from '../domain/predicates/ops-a-text.ts';
import { someOf } from './subject-helpers.ts';

export { labelOf, organisationSubject, plural, subjectOf } from './subject-helpers.ts';

/** `"A", "B", "C" and 4 more`: enough for a reader to recognise, short enough for one line. */
export function listBriefly(items: readonly string[], max = 5, quote = true): string {
  return someOf(quote ? items.map((s) => `"${s}"`) : items, max);
}

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

/** The earliest dated Stage 2 still planned; an undated one cannot be compared with anything and is left out. */
export function plannedStage2(audits: readonly ExternalAudit[]): { audit: ExternalAudit; date: string } | undefined {
  let best: { audit: ExternalAudit; date: string } | undefined;
  for (const audit of audits) {
    const date = audit.plannedStart ?? audit.plannedEnd;
    if (audit.kind !== 'stage-2' || audit.status !== 'planned' || date === undefined) continue;
    if (best === undefined || isBefore(date, best.date)) best = { audit, date };
  }
  return best;
}
