// planCycle: the whole certification cycle laid out backwards and forwards from a target Stage 2 date.
import type { AuditTimeTable } from './audit-time.ts';
import { estimateOrganisationAuditDays, siteSampleOf, type AdjustedAuditDayEstimate } from './audit-day-estimate.ts';
import type { AuditDayInputs } from './audit-time-adjustments.ts';
import type { SiteInput } from './multi-site.ts';
import { auditLength, certificateExpiry, cycleRules, defaultCycleTimings, firstSurveillanceDue, majorDeadline, recertificationWindow, secondSurveillanceDue, type CycleRule, type CycleTimings } from './cycle-rules.ts';
import type { SiteSample } from './sampling.ts';
import { addDays, addMonths, AppError, isValidIsoDate, type IsoDateString } from '../index.ts';
import { eventTitles, nextWorkingDay, type CycleEvent, type CycleEventKind } from './cycle-event.ts';
import { auditSlot, spreadSlot, weekdayCalendar, type WorkingCalendar } from './working-days.ts';

export interface PlanCycleInput {
  /** Target first day of Stage 2. */
  readonly stage2: IsoDateString;
  /** Last day of Stage 2 when it is known (a booked or held audit); otherwise set by the audit's length. */
  readonly stage2End?: IsoDateString;
  /** Effective personnel, for the audit-day estimate that sets each audit's length. */
  readonly personnel?: number;
  /** Sites other than the central function, for the multi-site sample. */
  readonly sites?: number;
  readonly table?: AuditTimeTable;
  /** What adjusts the audit days beyond personnel: the AI in scope, an integrated audit. */
  readonly auditDayInputs?: AuditDayInputs;
  /** The sites with their personnel and processes, for the time of the sites visited (IAF MD 1). */
  readonly siteInputs?: readonly SiteInput[];
  readonly timings?: CycleTimings;
  /** Working days of the sites' countries; weekends only by default. */
  readonly calendar?: WorkingCalendar;
}

export interface CyclePlan {
  readonly stage2: IsoDateString;
  readonly events: readonly CycleEvent[];
  readonly auditDays?: AdjustedAuditDayEstimate;
  readonly sites?: SiteSample;
  readonly rules: readonly CycleRule[];
}

const weeks = (n: number): number => n * 7;

function event(kind: CycleEventKind, start: IsoDateString, end: IsoDateString, basis: string, extra: Partial<CycleEvent> = {}): CycleEvent {
  return { id: kind, kind, title: eventTitles[kind], start, end, status: 'proposed', basis, ...extra };
}

/**
 * The working days an audit of `length` days takes from `start` on, kept off weekends and the sites' public holidays.
 * Moving off them must not carry an audit past the date a rule requires it by (a margin of 0 months ends on it):
 * then it moves back instead, unless that would be before `notBefore` (today, for a cycle from records). With no
 * room either way, it runs over the working days left before the deadline, split over a weekend if it must: a
 * split audit is better than a missed deadline. Only when even that passes the deadline does it start on `start`'s
 * first free slot, and the deadline warning says the rest.
 */
export function placeAudit(calendar: WorkingCalendar, start: IsoDateString, length: number, dueBy?: IsoDateString, notBefore?: IsoDateString): { start: IsoDateString; end: IsoDateString } {
  const after = auditSlot(start, length, calendar);
  if (dueBy === undefined || after.end <= dueBy) return after;
  const before = auditSlot(start, length, calendar, -1);
  if (notBefore === undefined || before.start >= notBefore) return before;
  const split = spreadSlot(start, length, calendar);
  return split.end <= dueBy ? split : after;
}

/** Places an audit of `length` working days on the calendar of the sites' countries, from `start` on. */
function audit(calendar: WorkingCalendar, kind: CycleEventKind, start: IsoDateString, length: number, basis: string, auditDays: number | undefined, extra: Partial<CycleEvent> = {}): CycleEvent {
  const slot = placeAudit(calendar, start, length, extra.dueBy);
  return event(kind, slot.start, slot.end, basis, { ...(auditDays !== undefined ? { auditDays } : {}), ...extra });
}

/** Lays the cycle out from a target Stage 2 date with the typical timings and the firm rules. */
export function planCycle(input: PlanCycleInput): CyclePlan {
  if (!isValidIsoDate(input.stage2)) {
    throw new AppError('invalid_input', `The Stage 2 date must be a date (YYYY-MM-DD); got "${input.stage2}".`, [{ field: 'stage2', message: 'not a date' }]);
  }
  const t = input.timings ?? defaultCycleTimings;
  const calendar = input.calendar ?? weekdayCalendar;
  const estimate = input.personnel !== undefined
    ? estimateOrganisationAuditDays(input.personnel, {
      ...(input.table ? { table: input.table } : {}), ...(input.auditDayInputs ? { inputs: input.auditDayInputs } : {}), ...(input.siteInputs ? { sites: input.siteInputs } : {}),
    })
    : undefined;
  if (input.personnel !== undefined && !estimate) {
    throw new AppError('invalid_input', `The audit-time table has no row for ${input.personnel} persons and cannot extrapolate.`, [{ field: 'personnel', message: 'outside the table' }]);
  }

  const planned = audit(calendar, 'stage-2', input.stage2, auditLength('stage-2', estimate?.initial.stage2, t), 'The target Stage 2 date.', estimate?.initial.stage2);
  const stage2 = input.stage2End && input.stage2End >= input.stage2 ? { ...planned, start: input.stage2, end: input.stage2End } : planned;
  const stage1Start = addDays(stage2.start, -weeks(t.stage1ToStage2Weeks));
  const stage1 = audit(calendar, 'stage-1', stage1Start, auditLength('stage-1', estimate?.initial.stage1, t), `${t.stage1ToStage2Weeks} weeks before Stage 2 (typically 4–12).`, estimate?.initial.stage1);
  const application = addDays(stage1.start, -weeks(t.applicationWeeksBeforeStage1));
  const readinessStart = addDays(stage1.start, -weeks(t.readinessWeeksBeforeStage1));
  const decision = nextWorkingDay(addDays(stage2.end, weeks(t.decisionWeeksAfterStage2)));
  const expiry = certificateExpiry(decision);

  const s1Due = firstSurveillanceDue(decision);
  const s1 = audit(calendar, 'surveillance-1', addMonths(s1Due, -t.surveillanceMarginMonths), auditLength('surveillance', estimate?.surveillance.days, t),
    `Within 12 months of the certification decision (due by ${s1Due}), planned ${t.surveillanceMarginMonths} month(s) ahead.`,
    estimate?.surveillance.days, { dueBy: s1Due });
  const s2Due = secondSurveillanceDue(s1.start);
  const s2 = audit(calendar, 'surveillance-2', addMonths(s1.start, 12), auditLength('surveillance', estimate?.surveillance.days, t),
    `Surveillance once per calendar year: by ${s2Due}, planned 12 months after the first.`, estimate?.surveillance.days, { dueBy: s2Due });
  const window = recertificationWindow(expiry);
  const recert = audit(calendar, 'recertification', addMonths(expiry, -t.recertificationMonthsBeforeExpiry), auditLength('recertification', estimate?.recertification.days, t),
    `${t.recertificationMonthsBeforeExpiry} months before expiry, inside the usual 2–4 month window (typical practice, not a rule).`, estimate?.recertification.days, { window, dueBy: expiry });
  const latestDecision = addDays(expiry, -1);
  const recertDecisionOn = [nextWorkingDay(addDays(recert.end, weeks(t.decisionWeeksAfterStage2))), latestDecision].sort()[0]!;

  const events: CycleEvent[] = [
    event('readiness', readinessStart, addDays(stage1.start, -1), `The ${t.readinessWeeksBeforeStage1} weeks before Stage 1 (typically 8–12): the seven readiness steps.`),
    event('application', nextWorkingDay(application), nextWorkingDay(application), `${t.applicationWeeksBeforeStage1} weeks before Stage 1 (typically 4–8).`),
    stage1,
    stage2,
    event('certification-decision', decision, decision, `${t.decisionWeeksAfterStage2} weeks after Stage 2 (typically 4–8); the cycle starts here.`),
    event('major-limit', majorDeadline(stage2.end), majorDeadline(stage2.end), 'ISO/IEC 17021-1: a Stage 2 major not verified closed within 6 months of Stage 2’s last day means Stage 2 is repeated.'),
    s1,
    s2,
    recert,
    event('recertification-decision', recertDecisionOn, recertDecisionOn, 'Must be taken before the certificate expires, or certification lapses.', { dueBy: latestDecision }),
    event('expiry', expiry, expiry, 'The certificate is valid 3 years from the certification decision.'),
  ];
  return {
    stage2: stage2.start,
    events,
    ...(estimate ? { auditDays: estimate } : {}),
    ...(input.sites !== undefined ? { sites: siteSampleOf(estimate, input.sites) } : {}),
    rules: cycleRules(t),
  };
}
