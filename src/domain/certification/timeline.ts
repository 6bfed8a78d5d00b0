// Due dates of the current certification cycle computed from the organisation's records, and what is at risk.
import { addDays, addMonths, isAfter, isBefore, isOnOrBefore, type IsoDateString } from '../dates.ts';
import type { AimsSnapshot, Certificate, ExternalAudit } from '../model/index.ts';
import { defaultCycleTimings, firstSurveillanceDue, recertificationWindow, secondSurveillanceDue, surveillanceDueAfterRecertification, type CycleTimings } from './cycle-rules.ts';
import { auditEnd, auditStart, findingLimit } from './findings.ts';
import { defaultAuditTimeTable, type AuditTimeTable } from './audit-time.ts';
import { bookedAuditChecks } from './booked-audits.ts';

export type MilestoneStatus = 'done' | 'planned' | 'unscheduled';

export interface Milestone {
  readonly due?: IsoDateString;
  readonly audit?: ExternalAudit;
  /** The audit's date as held, or else as planned. */
  readonly date?: IsoDateString;
  readonly status: MilestoneStatus;
}

export interface CycleDueDates {
  readonly certificate: Certificate;
  /** 1 for the cycle of the initial certification, 2 and more for the cycles after each recertification. */
  readonly cycle: number;
  readonly surveillance1: Milestone;
  readonly surveillance2: Milestone;
  readonly recertification: Milestone & { readonly window: { from: IsoDateString; to: IsoDateString } };
}

/** The certificate the organisation holds on `now`: the latest decided one that is valid or suspended. */
export function currentCertificate(aims: AimsSnapshot, now: IsoDateString): Certificate | undefined {
  return aims.certificates
    .filter((c) => (c.status === 'valid' || c.status === 'suspended') && isOnOrBefore(c.decisionOn, now))
    .sort((a, b) => a.decisionOn.localeCompare(b.decisionOn))
    .at(-1);
}

/** The audit of a kind inside (after, until], preferring one held over one planned; cancelled audits do not count. */
function auditOf(aims: AimsSnapshot, kind: ExternalAudit['kind'], after: IsoDateString, until: IsoDateString): ExternalAudit | undefined {
  return aims.externalAudits
    .filter((a) => a.kind === kind && a.status !== 'cancelled')
    .filter((a) => { const d = auditStart(a); return d !== undefined && isAfter(d, after) && isOnOrBefore(d, until); })
    .sort((a, b) => Number(b.status === 'done') - Number(a.status === 'done') || auditStart(a)!.localeCompare(auditStart(b)!))[0];
}

function milestone(audit: ExternalAudit | undefined, due?: IsoDateString): Milestone {
  const date = audit ? auditStart(audit) : undefined;
  return {
    ...(due ? { due } : {}),
    ...(audit ? { audit } : {}),
    ...(date ? { date } : {}),
    status: !audit ? 'unscheduled' : audit.status === 'done' ? 'done' : 'planned',
  };
}

/**
 * Which cycle a certificate starts: it continues an earlier certificate (cycle n + 1) when a recertification audit
 * of the earlier one is recorded between the earlier decision and this one; otherwise it is an initial certification
 * (cycle 1), as after a certificate that lapsed and was certified again through Stage 1 and Stage 2. Where only the
 * current certificate is recorded, a recertification audit in the year before its decision makes it a later cycle
 * (counted as 2: the rules differ only between the first cycle and the others).
 */
export function cycleNumber(aims: AimsSnapshot, certificate: Certificate): number {
  const earlier = aims.certificates
    .filter((c) => c.id !== certificate.id && isBefore(c.decisionOn, certificate.decisionOn))
    .sort((a, b) => a.decisionOn.localeCompare(b.decisionOn))
    .at(-1);
  // Only the current certificate kept: it came from a recertification when one was audited in the year before its
  // decision (an initial certification is decided after Stage 2, not a recertification audit).
  if (!earlier) return recertificationAuditIn(aims, addMonths(certificate.decisionOn, -12), certificate.decisionOn, true) ? 2 : 1;
  const recertified = recertificationAuditIn(aims, earlier.decisionOn, certificate.decisionOn, false);
  return recertified ? cycleNumber(aims, earlier) + 1 : 1;
}

/** Whether a recertification audit (not cancelled) starts after `from` (or on it, when `fromIncluded`) and by `until`. */
function recertificationAuditIn(aims: AimsSnapshot, from: IsoDateString, until: IsoDateString, fromIncluded: boolean): boolean {
  return aims.externalAudits.some((a) => {
    const d = a.kind === 'recertification' && a.status !== 'cancelled' ? auditStart(a) : undefined;
    return d !== undefined && (fromIncluded ? !isBefore(d, from) : isAfter(d, from)) && isOnOrBefore(d, until);
  });
}

/** Due dates of the cycle the current certificate started; undefined before the first certificate. */
export function cycleDueDates(aims: AimsSnapshot, now: IsoDateString): CycleDueDates | undefined {
  const certificate = currentCertificate(aims, now);
  if (!certificate) return undefined;
  const { decisionOn, expiresOn } = certificate;
  const cycle = cycleNumber(aims, certificate);
  // A recertification audit held after expiry still belongs to this cycle: it is the late one to flag.
  const horizon = addMonths(expiresOn, 12);
  // The 12-month rule is for the first surveillance after initial certification only; later cycles keep to the
  // calendar-year rule, counted from the recertification year.
  const s1Due = cycle === 1 ? firstSurveillanceDue(decisionOn) : surveillanceDueAfterRecertification(decisionOn);
  const surveillance1 = milestone(auditOf(aims, 'surveillance-1', decisionOn, horizon), s1Due);
  const surveillance2 = milestone(auditOf(aims, 'surveillance-2', decisionOn, horizon), secondSurveillanceDue(surveillance1.date ?? s1Due));
  return {
    certificate,
    cycle,
    surveillance1,
    surveillance2,
    recertification: { ...milestone(auditOf(aims, 'recertification', decisionOn, horizon), expiresOn), window: recertificationWindow(expiresOn) },
  };
}

export type TimelineRiskKind =
  | 'surveillance-overdue'
  | 'surveillance-unscheduled'
  | 'surveillance-planned-late'
  | 'recertification-decision-after-expiry'
  | 'recertification-unscheduled'
  | 'recertification-after-expiry'
  | 'recertification-too-close-to-expiry'
  | 'certificate-lapsed'
  | 'major-limit-near'
  | 'audit-too-short'
  | 'audit-on-holiday';

export interface TimelineRisk {
  readonly kind: TimelineRiskKind;
  /** The milestone of the cycle it concerns. */
  readonly milestone: 'surveillance-1' | 'surveillance-2' | 'recertification' | 'expiry' | 'major-limit' | ExternalAudit['kind'];
  readonly severity: 'major' | 'minor';
  /** The record it is about: the audit, the certificate or the finding. */
  readonly subject: { readonly register: 'externalAudits' | 'certificates' | 'externalFindings'; readonly id: string };
  /** The date the rule sets (due date, expiry, limit). */
  readonly limit: IsoDateString;
  /** The date recorded against it, when there is one. */
  readonly date?: IsoDateString;
  readonly what: string;
  /** For a booked audit: the working days it needs and has, and the public holidays inside it. */
  readonly booking?: { readonly needed: number; readonly booked: number; readonly auditors: number; readonly teamRecorded: boolean; readonly auditorDays: number; readonly holidays: readonly string[] };
}

/** Days before the 6-month limit of a Stage 2 major at which it is flagged. */
export const MAJOR_LIMIT_WARNING_DAYS = 30;
/**
 * Days before a surveillance deadline at which an audit still unscheduled is at risk (our assumption): booking a
 * body's auditors takes weeks, so 90 days is when a missing booking becomes urgent, not the day after the deadline.
 */
export const DEADLINE_WARNING_DAYS = 90;

function surveillanceRisks(milestone: 'surveillance-1' | 'surveillance-2', m: Milestone, certificate: Certificate, now: IsoDateString): TimelineRisk[] {
  const name = milestone === 'surveillance-1' ? 'the first surveillance audit' : 'the second surveillance audit';
  if (!m.due || m.status === 'done') return [];
  const subject = m.audit ? { register: 'externalAudits' as const, id: m.audit.id } : { register: 'certificates' as const, id: certificate.id };
  if (isBefore(m.due, now)) {
    return [{ kind: 'surveillance-overdue', milestone, severity: 'major', subject, limit: m.due, ...(m.date ? { date: m.date } : {}), what: name }];
  }
  if (m.date && isAfter(m.date, m.due)) {
    return [{ kind: 'surveillance-planned-late', milestone, severity: 'minor', subject, limit: m.due, date: m.date, what: name }];
  }
  if (!m.audit && !isAfter(m.due, addDays(now, DEADLINE_WARNING_DAYS))) {
    return [{ kind: 'surveillance-unscheduled', milestone, severity: 'minor', subject, limit: m.due, what: name }];
  }
  return [];
}

const auditNames: Partial<Record<ExternalAudit['kind'], string>> = {
  'stage-1': 'the Stage 1 audit', 'stage-2': 'the Stage 2 audit', 'surveillance-1': 'the first surveillance audit',
  'surveillance-2': 'the second surveillance audit', recertification: 'the recertification audit', 'follow-up': 'the follow-up audit', special: 'the special audit',
};

/** Audits booked on fewer working days than their auditor-days need with the team named, or over a public holiday. */
export function bookingRisks(aims: AimsSnapshot, now: IsoDateString, table: AuditTimeTable = defaultAuditTimeTable): TimelineRisk[] {
  const risks: TimelineRisk[] = [];
  for (const b of bookedAuditChecks(aims, now, table)) {
    const base = {
      milestone: b.audit.kind, severity: 'minor' as const, subject: { register: 'externalAudits' as const, id: b.audit.id },
      limit: b.start, date: b.start, what: auditNames[b.audit.kind] ?? `the ${b.audit.kind} audit`,
      booking: { needed: b.workingDaysNeeded ?? 0, booked: b.workingDaysBooked, auditors: b.auditors, teamRecorded: b.teamRecorded, auditorDays: b.auditorDays ?? 0, holidays: b.holidays },
    };
    if (b.workingDaysNeeded !== undefined && b.workingDaysBooked < b.workingDaysNeeded) risks.push({ ...base, kind: 'audit-too-short' });
    if (b.holidays.length > 0) risks.push({ ...base, kind: 'audit-on-holiday' });
  }
  return risks;
}

/** What in the current cycle is overdue or at risk as of `now`, by the firm rules and the typical windows. */
export function timelineRisks(aims: AimsSnapshot, now: IsoDateString, timings: CycleTimings = defaultCycleTimings, table: AuditTimeTable = defaultAuditTimeTable): TimelineRisk[] {
  const risks: TimelineRisk[] = [...bookingRisks(aims, now, table)];
  const due = cycleDueDates(aims, now);
  if (due) {
    const { certificate, recertification: r } = due;
    risks.push(...surveillanceRisks('surveillance-1', due.surveillance1, certificate, now));
    risks.push(...surveillanceRisks('surveillance-2', due.surveillance2, certificate, now));
    const expiry = certificate.expiresOn;
    const certSubject = { register: 'certificates' as const, id: certificate.id };
    if (isBefore(expiry, now) && certificate.status === 'valid') {
      risks.push({ kind: 'certificate-lapsed', milestone: 'expiry', severity: 'major', subject: certSubject, limit: expiry, ...(r.date ? { date: r.date } : {}), what: 'the certificate' });
    } else if (!r.audit && !isBefore(now, addMonths(expiry, -timings.recertificationSchedulingLeadMonths))) {
      risks.push({ kind: 'recertification-unscheduled', milestone: 'recertification', severity: 'minor', subject: certSubject, limit: expiry, what: 'the recertification audit' });
    }
    if (r.audit && r.date && isAfter(r.date, expiry)) {
      risks.push({ kind: 'recertification-after-expiry', milestone: 'recertification', severity: 'major', subject: { register: 'externalAudits', id: r.audit.id }, limit: expiry, date: r.date, what: 'the recertification audit' });
    } else if (r.audit && r.status !== 'done' && isAfter(addDays(auditEnd(r.audit)!, 7 * timings.decisionWeeksAfterStage2), addDays(expiry, -1))) {
      // The audit is before expiry but the body's decision time carries the decision past it: certification lapses.
      risks.push({
        kind: 'recertification-decision-after-expiry', milestone: 'recertification', severity: 'major', subject: { register: 'externalAudits', id: r.audit.id },
        limit: expiry, date: addDays(expiry, 1), what: 'the recertification audit',
      });
    } else if (r.audit && r.date && r.status !== 'done' && isAfter(r.date, r.window.to)) {
      risks.push({ kind: 'recertification-too-close-to-expiry', milestone: 'recertification', severity: 'minor', subject: { register: 'externalAudits', id: r.audit.id }, limit: r.window.to, date: r.date, what: 'the recertification audit' });
    }
  }
  for (const finding of aims.externalFindings) {
    if (finding.classification !== 'major' || finding.status !== 'open') continue;
    const limit = findingLimit(finding, aims);
    if (limit?.rule !== 'stage-2-major') continue;
    if (isBefore(limit.date, now) || isAfter(limit.date, addDays(now, MAJOR_LIMIT_WARNING_DAYS))) continue;
    risks.push({ kind: 'major-limit-near', milestone: 'major-limit', severity: 'minor', subject: { register: 'externalFindings', id: finding.id }, limit: limit.date, what: limit.basis });
  }
  return risks;
}
