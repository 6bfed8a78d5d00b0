// The cycle as the organisation's records show it: recorded audits and the certificate where they exist, the plan's
// dates where they do not, each event marked done, planned, proposed, overdue or at risk as of `now`.
import { type AuditTimeTable } from './audit-time.ts';
import { auditLength, defaultCycleTimings, majorDeadline, recertificationWindow, type CycleTimings } from './cycle-rules.ts';
import { auditEnd, auditStart, findingLimit, latestAuditOf } from './findings.ts';
import { currentCertificate, cycleDueDates, timelineRisks, type TimelineRisk } from './timeline.ts';
import { addDays, addMonths, addYears, isBefore, type AimsSnapshot, type ExternalAudit, type IsoDateString } from '../index.ts';
import { eventTitles, type CycleEvent, type CycleEventKind } from './cycle-event.ts';
import { placeAudit, planCycle, type CyclePlan } from './plan-cycle.ts';
import { auditDayInputsFromRecords, siteInputsFromRecords } from './audit-day-estimate.ts';
import { auditSlot, workingCalendar, type WorkingCalendar } from './working-days.ts';

export interface CycleFromRecordsOptions {
  readonly now: IsoDateString;
  /** A target Stage 2 date, used when no certificate or Stage 2 is recorded yet (or to replan an uncertified cycle). */
  readonly stage2?: IsoDateString;
  readonly table?: AuditTimeTable;
  readonly timings?: CycleTimings;
}

export interface RecordedCycle extends CyclePlan {
  /** `certificate`: a current certificate anchors the cycle; `stage-2`: a recorded Stage 2; `target`: the given date. */
  readonly anchoredOn: 'certificate' | 'stage-2' | 'target';
  readonly certificateId?: string;
  /** The cycle the current certificate started: 1 after initial certification, 2 and more after recertifications. */
  readonly cycle?: number;
  readonly risks: readonly TimelineRisk[];
}

/** Sites in scope other than the central function: the multi-site sample is drawn from them. */
export function sampledSiteCount(aims: AimsSnapshot): number {
  return aims.sites.filter((s) => !s.central).length;
}

function fromAudit(base: CycleEvent, a: ExternalAudit): CycleEvent {
  const start = auditStart(a)!;
  const end = auditEnd(a) ?? start;
  const days = a.days ?? base.auditDays;
  return {
    ...base,
    start,
    end: end < start ? start : end,
    status: a.status === 'done' ? 'done' : 'planned',
    auditId: a.id,
    ...(days !== undefined ? { auditDays: days } : {}),
    basis: a.status === 'done' ? 'Held (external audit record).' : 'Booked (external audit record).',
  };
}

function single(kind: CycleEventKind, date: IsoDateString, basis: string, status: CycleEvent['status']): CycleEvent {
  return { id: kind, kind, title: eventTitles[kind], start: date, end: date, status, basis };
}

/** Working days of the countries the organisation's sites are in (weekends only when no site names one). */
export function sitesCalendar(aims: AimsSnapshot): WorkingCalendar {
  return workingCalendar(aims.sites.flatMap((s) => (s.country ? [s.country] : [])));
}

/** The first working day on or after `date`, but never after `latest` (then the last working day up to it). */
function workingDayBy(calendar: WorkingCalendar, date: IsoDateString, latest: IsoDateString): IsoDateString {
  const on = auditSlot(date, 1, calendar).start;
  return on <= latest ? on : auditSlot(latest, 1, calendar, -1).start;
}

/** The organisation's cycle, or undefined when there is neither a record to start from nor a target Stage 2 date. */
export function cycleFromRecords(aims: AimsSnapshot, o: CycleFromRecordsOptions): RecordedCycle | undefined {
  const t = o.timings ?? defaultCycleTimings;
  const cert = currentCertificate(aims, o.now);
  const due = cert ? cycleDueDates(aims, o.now) : undefined;
  const later = due !== undefined && due.cycle > 1;
  // A cycle after recertification has no Stage 2 of its own: the earlier cycle's is not its anchor.
  const recordedStage2 = later ? undefined : latestAuditOf(aims, 'stage-2', cert?.decisionOn);
  const useTarget = o.stage2 !== undefined && !cert;
  let stage2: IsoDateString;
  let anchoredOn: RecordedCycle['anchoredOn'];
  if (useTarget) {
    stage2 = o.stage2!;
    anchoredOn = 'target';
  } else if (recordedStage2) {
    stage2 = auditStart(recordedStage2)!;
    anchoredOn = cert ? 'certificate' : 'stage-2';
  } else if (cert) {
    // No Stage 2 on record: only the cycle after the decision matters, so any Stage 2 date that precedes it will do.
    stage2 = addDays(cert.decisionOn, -7 * (t.decisionWeeksAfterStage2 + 1));
    anchoredOn = 'certificate';
  } else {
    return undefined;
  }
  const stage2End = !useTarget && recordedStage2 ? auditEnd(recordedStage2) : undefined;
  // Proposed audit days keep out weekends and the public holidays of the sites' countries, in every cycle.
  const calendar = sitesCalendar(aims);
  const plan = planCycle({
    stage2, ...(stage2End ? { stage2End } : {}), personnel: aims.organisation.effectivePersonnel, sites: sampledSiteCount(aims),
    ...(o.table ? { table: o.table } : {}), timings: t, calendar,
    // Audit lengths follow the estimate adjusted for the AI in scope and the sites visited.
    auditDayInputs: auditDayInputsFromRecords(aims), siteInputs: siteInputsFromRecords(aims),
  });
  const byKind = new Map(plan.events.map((e) => [e.kind, e]));
  if (later) {
    // A cycle after recertification has no Stage 1 or Stage 2 of its own: the earlier cycle's audits are its history.
    for (const kind of ['readiness', 'application', 'stage-1', 'stage-2', 'major-limit'] as const) byKind.delete(kind);
  } else if (!useTarget) {
    for (const kind of ['application', 'stage-1', 'stage-2'] as const) {
      const a = latestAuditOf(aims, kind, cert?.decisionOn);
      if (a) byKind.set(kind, fromAudit(byKind.get(kind)!, a));
    }
  }
  if (cert && due) {
    // Before the decision only recorded events are history worth showing; proposals there would be fiction.
    for (const [kind, e] of byKind) if (e.status === 'proposed' && e.start < cert.decisionOn) byKind.delete(kind);
    const start = single('certification-decision', cert.decisionOn, later
      ? `Certificate ${cert.number}, decided on recertification: cycle ${due.cycle} starts here.`
      : `Certificate ${cert.number}: the cycle starts here.`, 'done');
    byKind.set('certification-decision', later ? { ...start, title: `Recertification decision (cycle ${due.cycle} starts)` } : start);
    byKind.set('expiry', single('expiry', cert.expiresOn, `Certificate ${cert.number} is valid until this day.`, 'planned'));
    // After initial certification the 12-month due date sets the proposal; in later cycles bodies usually keep to the
    // anniversary of the certificate's validity (typical practice), well inside the calendar-year deadline.
    const anniversary = addDays(addYears(cert.expiresOn, -2), 1);
    const s1Proposed = addMonths(later ? anniversary : due.surveillance1.due!, -t.surveillanceMarginMonths);
    const s2Proposed = addMonths(due.surveillance1.date ?? s1Proposed, 12);
    const reProposed = addMonths(cert.expiresOn, -t.recertificationMonthsBeforeExpiry);
    const s1Basis = later
      ? { basis: `Cycle ${due.cycle}: surveillance at least once per calendar year after the recertification year (by ${due.surveillance1.due}), proposed near the certificate’s anniversary (typical practice).` }
      : {};
    const milestones = [
      ['surveillance-1', due.surveillance1, s1Proposed, s1Basis],
      ['surveillance-2', due.surveillance2, s2Proposed, {}],
      ['recertification', due.recertification, reProposed, { window: recertificationWindow(cert.expiresOn) }],
    ] as const;
    for (const [kind, m, proposed, extra] of milestones) {
      const base = { ...byKind.get(kind)!, dueBy: m.due!, ...extra };
      // A proposal the calendar has passed while its due date has not is proposed for today, not for a day gone by.
      const on = isBefore(proposed, o.now) && !isBefore(m.due!, o.now) ? o.now : proposed;
      const length = auditLength(kind === 'recertification' ? 'recertification' : 'surveillance', base.auditDays, t);
      byKind.set(kind, m.audit ? fromAudit(base, m.audit) : { ...base, ...placeAudit(calendar, on, length, m.due, o.now), status: 'proposed' });
    }
    const rd = byKind.get('recertification-decision')!;
    const re = byKind.get('recertification')!;
    const decideBy = addDays(cert.expiresOn, -1);
    const decideOn = workingDayBy(calendar, addDays(re.end, 7 * t.decisionWeeksAfterStage2), decideBy);
    byKind.set('recertification-decision', { ...rd, start: decideOn, end: decideOn, dueBy: decideBy });
  }
  // The 6-month limit follows the recorded Stage 2, and matters after the decision only while a Stage 2 major is open;
  // with several open, the earliest limit is the one that decides.
  const openStage2Major = aims.externalFindings
    .filter((f) => f.classification === 'major' && f.status === 'open')
    .map((f) => findingLimit(f, aims))
    .filter((l) => l?.rule === 'stage-2-major')
    .sort((a, b) => a!.date.localeCompare(b!.date))[0];
  const s2Event = byKind.get('stage-2');
  if (openStage2Major) {
    const { date, basis } = openStage2Major;
    // Past the limit the major is no longer "near" it (no timeline risk): Stage 2 has to be repeated.
    const past = isBefore(date, o.now);
    byKind.set('major-limit', {
      ...single('major-limit', date, basis, past ? 'overdue' : 'planned'), dueBy: date,
      ...(past ? { risks: [`an open Stage 2 major nonconformity is past its limit of ${date}: Stage 2 is repeated before a certification decision`] } : {}),
    });
  } else if (cert || later) {
    byKind.delete('major-limit');
  } else if (s2Event) {
    const limit = majorDeadline(s2Event.end);
    byKind.set('major-limit', { ...byKind.get('major-limit')!, start: limit, end: limit });
  }
  const risks = timelineRisks(aims, o.now, t, o.table);
  const events = [...byKind.values()].map((e) => markRisks(e, risks, o.now)).sort((a, b) => a.start.localeCompare(b.start));
  return { ...plan, events, anchoredOn, ...(cert ? { certificateId: cert.id } : {}), ...(due ? { cycle: due.cycle } : {}), risks };
}

function markRisks(e: CycleEvent, risks: readonly TimelineRisk[], now: IsoDateString): CycleEvent {
  const mine = risks.filter((r) => r.milestone === e.kind);
  if (mine.length > 0) {
    // A minor risk never downgrades an event already overdue (an open Stage 2 major past its limit).
    const overdue = e.status === 'overdue' || mine.some((r) => r.severity === 'major');
    const described = mine.map((r) => (r.booking ? bookingText(r) : `${r.kind}: ${r.what}, limit ${r.limit}${r.date ? `, dated ${r.date}` : ''}`));
    return { ...e, status: overdue ? 'overdue' : 'at-risk', risks: [...(e.risks ?? []), ...described] };
  }
  if (e.status === 'proposed' && e.dueBy && isBefore(e.dueBy, now)) return { ...e, status: 'overdue', risks: [`due by ${e.dueBy}`] };
  return e;
}

function bookingText(r: TimelineRisk): string {
  const b = r.booking!;
  return r.kind === 'audit-on-holiday'
    ? `${r.kind}: ${r.what} is booked over public holidays (${b.holidays.join('; ')})`
    : `${r.kind}: ${r.what} needs ${b.needed} working days (${b.auditorDays} auditor-days, ${b.auditors} auditor(s)${b.teamRecorded ? '' : ' assumed: no team recorded'}) and is booked on ${b.booked}`;
}
