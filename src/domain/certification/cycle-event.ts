// The dated events of a certification cycle, as the plan, the calendar export and the web app's timeline show them.
import { addDays, type IsoDateString } from '../index.ts';

export type CycleEventKind =
  | 'readiness'
  | 'application'
  | 'stage-1'
  | 'stage-2'
  | 'certification-decision'
  | 'major-limit'
  | 'surveillance-1'
  | 'surveillance-2'
  | 'recertification'
  | 'recertification-decision'
  | 'expiry';

/**
 * `proposed`: a date the planner suggests (no record yet); `planned` / `done`: from an external audit record;
 * `overdue` / `at-risk`: a rule is broken or about to be.
 */
export type CycleEventStatus = 'proposed' | 'planned' | 'done' | 'overdue' | 'at-risk';

export interface CycleEvent {
  /** Stable within a cycle (the calendar UID is built from it, so re-importing updates rather than duplicates). */
  readonly id: string;
  readonly kind: CycleEventKind;
  readonly title: string;
  readonly start: IsoDateString;
  /** Last day, inclusive. */
  readonly end: IsoDateString;
  /** The date a rule requires it by, where one does. */
  readonly dueBy?: IsoDateString;
  readonly window?: { readonly from: IsoDateString; readonly to: IsoDateString };
  readonly status: CycleEventStatus;
  /** The external audit record it comes from. */
  readonly auditId?: string;
  /** Estimated or recorded audit days (auditor-days), for audits. */
  readonly auditDays?: number;
  /** The rule or timing that set the date, in words. */
  readonly basis: string;
  /** What is wrong with it, when its status is overdue or at risk. */
  readonly risks?: readonly string[];
}

const dayOfWeek = (date: IsoDateString): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: IsoDateString): boolean => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;

/** The date itself on a working day, else the Monday after: audits are not planned at weekends. */
export function nextWorkingDay(date: IsoDateString): IsoDateString {
  let d = date;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

/** The date itself on a working day, else the Friday before. */
export function previousWorkingDay(date: IsoDateString): IsoDateString {
  let d = date;
  while (isWeekend(d)) d = addDays(d, -1);
  return d;
}

/** The last day of `days` consecutive working days starting on `start`. */
export function workingDaysEnd(start: IsoDateString, days: number): IsoDateString {
  let d = start;
  let left = Math.max(1, days) - 1;
  while (left > 0) {
    d = addDays(d, 1);
    if (!isWeekend(d)) left--;
  }
  return d;
}

export const eventTitles: Readonly<Record<CycleEventKind, string>> = {
  readiness: 'Audit readiness work',
  application: 'Application and contract with the certification body',
  'stage-1': 'Stage 1 audit (documentation and readiness review)',
  'stage-2': 'Stage 2 audit (implementation audit)',
  'certification-decision': 'Certification decision',
  'major-limit': 'Limit to close Stage 2 major nonconformities (if any)',
  'surveillance-1': 'Surveillance audit 1',
  'surveillance-2': 'Surveillance audit 2',
  recertification: 'Recertification audit',
  'recertification-decision': 'Recertification decision',
  expiry: 'Certificate expires',
};
