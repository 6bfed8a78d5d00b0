// Booked audits against the audit team and the working days of the sites' countries: an audit booked on fewer working
// days than its auditor-days need with the team named, or over a public holiday of a site's country.
import { addDays, isBefore, type IsoDateString } from '../dates.ts';
import type { AimsSnapshot, ExternalAudit } from '../model/index.ts';
import { defaultAuditTimeTable, type AuditDayEstimate, type AuditTimeTable } from './audit-time.ts';
import { auditDayInputsFromRecords, estimateOrganisationAuditDays, siteInputsFromRecords } from './audit-day-estimate.ts';
import { workingCalendar, workingDaysBetween, type WorkingCalendar } from './working-days.ts';

/**
 * Team roles whose time counts as audit time. ISO/IEC 17021-1 does not count technical experts, translators,
 * observers or auditors in training towards the audit duration, so a technical assessor adds no audit days.
 */
export const COUNTED_AUDIT_ROLES: ReadonlySet<string> = new Set(['lead-auditor', 'auditor']);

export interface BookedAuditCheck {
  readonly audit: ExternalAudit;
  readonly start: IsoDateString;
  readonly end: IsoDateString;
  /** Auditor-days: the audit's own figure when recorded, else the estimate for its kind; unknown without a last day. */
  readonly auditorDays?: number;
  readonly auditorDaysFrom?: 'audit record' | 'estimate';
  /** Auditors counted (lead auditor and auditors); 1 when no team is recorded. */
  readonly auditors: number;
  readonly teamRecorded: boolean;
  /** Working days the audit needs with that team: auditor-days / auditors, rounded up to whole days. */
  readonly workingDaysNeeded?: number;
  /** Working days between its first and last day, weekends and the sites' public holidays left out. */
  readonly workingDaysBooked: number;
  /** Public holidays on weekdays inside the booking, `date CODE: name`. */
  readonly holidays: readonly string[];
}

function estimatedDays(kind: ExternalAudit['kind'], e: AuditDayEstimate | undefined): number | undefined {
  switch (kind) {
    case 'stage-1': return e?.initial.stage1;
    case 'stage-2': return e?.initial.stage2;
    case 'surveillance-1':
    case 'surveillance-2': return e?.surveillance.days;
    case 'recertification': return e?.recertification.days;
    default: return undefined;
  }
}

/** How each audit booked from `now` on fits its team and the calendar; held, cancelled and past audits are history. */
export function bookedAuditChecks(aims: AimsSnapshot, now: IsoDateString, table: AuditTimeTable = defaultAuditTimeTable,
  calendar: WorkingCalendar = workingCalendar(aims.sites.flatMap((s) => (s.country ? [s.country] : [])))): BookedAuditCheck[] {
  // The same estimate the plan sizes audits by: adjusted for the AI in scope and the sites visited.
  const estimate = estimateOrganisationAuditDays(aims.organisation.effectivePersonnel, { table, inputs: auditDayInputsFromRecords(aims), sites: siteInputsFromRecords(aims) });
  const out: BookedAuditCheck[] = [];
  for (const audit of aims.externalAudits) {
    if (audit.status !== 'planned' || audit.plannedStart === undefined) continue;
    const start = audit.plannedStart;
    // Without a last day the booking's length is unknown: only its first day can be checked against holidays.
    const end = audit.plannedEnd ?? start;
    if (isBefore(end, now) || end < start) continue;
    const auditorDays = audit.plannedEnd !== undefined ? audit.days ?? estimatedDays(audit.kind, estimate) : undefined;
    const counted = (audit.team ?? []).filter((m) => COUNTED_AUDIT_ROLES.has(m.role)).length;
    const auditors = Math.max(1, counted);
    const holidays: string[] = [];
    for (let d = start; d <= end; d = addDays(d, 1)) {
      const names = calendar.holidaysOn(d);
      const day = new Date(`${d}T00:00:00Z`).getUTCDay();
      if (names.length > 0 && day !== 0 && day !== 6) holidays.push(`${d} ${names.join(', ')}`);
    }
    out.push({
      audit, start, end, ...(auditorDays !== undefined ? { auditorDays, auditorDaysFrom: audit.days !== undefined ? 'audit record' as const : 'estimate' as const } : {}),
      auditors, teamRecorded: counted > 0,
      ...(auditorDays !== undefined && auditorDays > 0 ? { workingDaysNeeded: Math.ceil(auditorDays / auditors - 1e-9) } : {}),
      workingDaysBooked: workingDaysBetween(start, end, calendar),
      holidays,
    });
  }
  return out;
}
