// The dates of the certification cycle: the firm ISO/IEC 17021-1 rules and the typical timings, which are editable defaults.
import { addDays, addMonths, addYears, type IsoDateString } from '../dates.ts';

export type Confidence = 'firm' | 'likely' | 'configurable';

/** Where a rule comes from: the accreditation standard, what bodies usually do, or a default of ours. */
export type RuleSource = 'ISO/IEC 17021-1' | 'typical practice' | 'our assumption';

export interface CycleRule {
  readonly id: string;
  readonly confidence: Confidence;
  readonly source: RuleSource;
  readonly text: string;
}

export const CERTIFICATE_VALIDITY_YEARS = 3;
export const FIRST_SURVEILLANCE_MONTHS = 12;
export const MAJOR_LIMIT_MONTHS = 6;
export const CONSULTANCY_COOLING_OFF_YEARS = 2;
/** Bodies schedule the recertification audit in this window before expiry (months). */
export const RECERTIFICATION_WINDOW_MONTHS = { earliest: 4, latest: 2 } as const;

/**
 * The certificate is valid three years from the decision: decided 2026-03-10, it expires 2029-03-09. The third
 * anniversary of a 29 February falls on 1 March in a common year, so such a certificate runs to 28 February
 * (not 27, which the month-end clamping of addYears alone would give).
 */
export function certificateExpiry(decisionOn: IsoDateString): IsoDateString {
  const anniversary = addYears(decisionOn, CERTIFICATE_VALIDITY_YEARS);
  const clamped = decisionOn.slice(5, 10) === '02-29' && anniversary.slice(5, 10) === '02-28';
  return clamped ? anniversary : addDays(anniversary, -1);
}

/** The first surveillance audit is due within 12 months of the certification decision. */
export function firstSurveillanceDue(decisionOn: IsoDateString): IsoDateString {
  return addMonths(decisionOn, FIRST_SURVEILLANCE_MONTHS);
}

/**
 * After a recertification the 12-month rule does not apply: surveillance at least once per calendar year except in
 * recertification years, so the first surveillance of the new cycle is due by 31 December of the year after the
 * recertification decision.
 */
export function surveillanceDueAfterRecertification(recertificationDecisionOn: IsoDateString): IsoDateString {
  return `${Number(recertificationDecisionOn.slice(0, 4)) + 1}-12-31`;
}

/** Surveillance at least once per calendar year: the second is due by the end of the year after the first's. */
export function secondSurveillanceDue(firstSurveillanceOn: IsoDateString): IsoDateString {
  return `${Number(firstSurveillanceOn.slice(0, 4)) + 1}-12-31`;
}

/** Correction and corrective action of a Stage 2 major must be verified within 6 months of Stage 2's last day. */
export function majorDeadline(stage2End: IsoDateString): IsoDateString {
  return addMonths(stage2End, MAJOR_LIMIT_MONTHS);
}

/** Months after expiry within which an expired certificate can be restored by completing the recertification (ISO/IEC 17021-1). */
export const RESTORATION_LIMIT_MONTHS = 6;

/** The last day an expired certificate can be restored; after it, certification starts again with at least a Stage 2. */
export function restorationDeadline(expiresOn: IsoDateString): IsoDateString {
  return addMonths(expiresOn, RESTORATION_LIMIT_MONTHS);
}

/** When bodies usually hold the recertification audit: 4 to 2 months before expiry. */
export function recertificationWindow(expiresOn: IsoDateString): { from: IsoDateString; to: IsoDateString } {
  return {
    from: addMonths(expiresOn, -RECERTIFICATION_WINDOW_MONTHS.earliest),
    to: addMonths(expiresOn, -RECERTIFICATION_WINDOW_MONTHS.latest),
  };
}

/** Typical timings, as editable defaults: the midpoint of each range the seed documents. */
export interface CycleTimings {
  /** Application and contract, weeks before Stage 1 (typically 4–8). */
  readonly applicationWeeksBeforeStage1: number;
  /** Gap from Stage 1 to Stage 2, in weeks (typically 4–12). */
  readonly stage1ToStage2Weeks: number;
  /** Certification decision, weeks after Stage 2's last day (typically 4–8). */
  readonly decisionWeeksAfterStage2: number;
  /** Readiness work starts this many weeks before Stage 1 (typically 8–12). */
  readonly readinessWeeksBeforeStage1: number;
  /** Surveillance audits are planned this many months before their due date, leaving room to move. */
  readonly surveillanceMarginMonths: number;
  /** Recertification audit, months before expiry (typically 2–4). */
  readonly recertificationMonthsBeforeExpiry: number;
  /** Recertification is flagged as unscheduled once expiry is this close (months). */
  readonly recertificationSchedulingLeadMonths: number;
  /** Calendar length of each audit on site, in working days, within the typical ranges. */
  readonly auditLengthDays: { readonly [K in AuditLengthKind]: { readonly min: number; readonly max: number } };
}

export type AuditLengthKind = 'stage-1' | 'stage-2' | 'surveillance' | 'recertification';

export const defaultCycleTimings: CycleTimings = {
  applicationWeeksBeforeStage1: 6,
  stage1ToStage2Weeks: 8,
  decisionWeeksAfterStage2: 6,
  readinessWeeksBeforeStage1: 10,
  surveillanceMarginMonths: 1,
  recertificationMonthsBeforeExpiry: 3,
  recertificationSchedulingLeadMonths: 6,
  auditLengthDays: {
    'stage-1': { min: 1, max: 3 },
    'stage-2': { min: 2, max: 6 },
    surveillance: { min: 1, max: 3 },
    recertification: { min: 2, max: 4 },
  },
};

/** Calendar working days an audit of `auditDays` auditor-days takes: within the typical range, a bigger team beyond it. */
export function auditLength(kind: AuditLengthKind, auditDays: number | undefined, timings: CycleTimings = defaultCycleTimings): number {
  const { min, max } = timings.auditLengthDays[kind];
  if (auditDays === undefined) return min;
  return Math.min(max, Math.max(min, Math.ceil(auditDays)));
}

/** The rules the planner applies, with their confidence, for output next to every plan. */
export function cycleRules(t: CycleTimings = defaultCycleTimings): CycleRule[] {
  return [
    { id: 'cycle-start', confidence: 'firm', source: 'ISO/IEC 17021-1', text: 'The cycle starts at the certification decision; the certificate is valid 3 years, expiring the day before the third anniversary of the decision.' },
    { id: 'surveillance-1', confidence: 'firm', source: 'ISO/IEC 17021-1', text: 'After initial certification, the first surveillance audit is held within 12 months of the certification decision.' },
    { id: 'surveillance-after-recertification', confidence: 'firm', source: 'ISO/IEC 17021-1', text: 'After a recertification the 12-month rule does not apply: surveillance at least once per calendar year except the recertification year, so the first by 31 December of the year after the recertification decision.' },
    { id: 'surveillance-2', confidence: 'firm', source: 'ISO/IEC 17021-1', text: 'Surveillance at least once per calendar year: the second surveillance by 31 December of the year after the first.' },
    { id: 'recertification', confidence: 'firm', source: 'ISO/IEC 17021-1', text: `The recertification decision must be taken before the certificate expires, or certification lapses; an audit whose last day plus ${t.decisionWeeksAfterStage2} weeks of decision time passes expiry is flagged major.` },
    { id: 'restoration', confidence: 'likely', source: 'ISO/IEC 17021-1', text: `An expired certificate can be restored within ${RESTORATION_LIMIT_MONTHS} months of expiry if the outstanding recertification activities are completed; after that, at least a Stage 2 is needed.` },
    { id: 'major-limit', confidence: 'likely', source: 'ISO/IEC 17021-1', text: `A Stage 2 major nonconformity not verified closed within ${MAJOR_LIMIT_MONTHS} months of the last day of Stage 2 means Stage 2 is repeated.` },
    { id: 'recertification-window', confidence: 'likely', source: 'typical practice', text: `Bodies hold the recertification audit 2–4 months before expiry; planned ${t.recertificationMonthsBeforeExpiry} months before.` },
    { id: 'surveillance-anniversary', confidence: 'likely', source: 'typical practice', text: 'After a recertification, surveillance is proposed near the anniversary of the certificate’s validity.' },
    { id: 'deadline-warning', confidence: 'configurable', source: 'our assumption', text: 'An audit still unbooked 90 days before its deadline is at risk (booking auditors takes weeks).' },
    { id: 'application', confidence: 'configurable', source: 'typical practice', text: `Application and contract ${t.applicationWeeksBeforeStage1} weeks before Stage 1 (typically 4–8).` },
    { id: 'stage-gap', confidence: 'configurable', source: 'typical practice', text: `Stage 1 → Stage 2 gap of ${t.stage1ToStage2Weeks} weeks (typically 4–12).` },
    { id: 'decision', confidence: 'configurable', source: 'typical practice', text: `Certification decision ${t.decisionWeeksAfterStage2} weeks after Stage 2 (typically 4–8).` },
    { id: 'readiness', confidence: 'configurable', source: 'typical practice', text: `Readiness work in the ${t.readinessWeeksBeforeStage1} weeks before Stage 1 (typically 8–12).` },
    { id: 'surveillance-margin', confidence: 'configurable', source: 'our assumption', text: `Surveillance audits planned ${t.surveillanceMarginMonths} month(s) before their due date.` },
  ];
}
