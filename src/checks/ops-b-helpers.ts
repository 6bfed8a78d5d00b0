// Shared pieces of the ops-b checks (awareness, communication, monitoring, audit, review, corrective action):
// naming subjects, listing names briefly, and reading the Statement of Applicability.
import {
  isBefore, registers, type AimsSnapshot, type ExternalAudit, type RecordOf, type RegisterName, type SoaEntry,
} from '../domain/index.ts';
import type { Subject } from './types.ts';

/** The AIMS as a whole, for findings about something missing altogether. */
export function organisationSubject(aims: AimsSnapshot): Subject {
  return { register: 'organisation', id: aims.organisation.id, label: aims.organisation.name };
}

/** The label a register names its records by (`name`, `title` …), falling back to the id. */
export function labelOf<R extends RegisterName>(register: R, record: RecordOf<R>): string {
  const value = (record as Record<string, unknown>)[registers[register].label];
  return typeof value === 'string' && value !== '' ? value : record.id;
}

export function subjectOf<R extends RegisterName>(register: R, record: RecordOf<R>): Subject {
  return { register, id: record.id, label: labelOf(register, record) };
}

/** `"A", "B", "C" and 4 more`: enough for a reader to recognise, short enough for one line. */
export function listBriefly(items: readonly string[], max = 5, quote = true): string {
  const shown = items.slice(0, max).map((s) => (quote ? `"${s}"` : s));
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** `1 corrective action`, `3 corrective actions`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The SoA entry that excludes a control with a justification, when the organisation did so; undefined when the
 * control is included, undecided or excluded without a reason (then it still applies: soa-incomplete and
 * soa-not-risk-driven report the missing decision or reason).
 */
export function justifiedExclusion(aims: AimsSnapshot, controlId: string): SoaEntry | undefined {
  const entries = aims.soaEntries.filter((e) => e.controlId === controlId);
  if (entries.length === 0 || entries.some((e) => e.applicable)) return undefined;
  return entries.find((e) => e.justification !== undefined && e.justification.trim() !== '');
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
