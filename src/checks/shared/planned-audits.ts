// The certification audits still ahead: the Stage 2 an AIMS prepares for, which several checks measure time against.
import { isBefore, type ExternalAudit } from '../../domain/index.ts';

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
