// When a risk or impact assessment is due again (8.2, 8.4): on its methodology's cadence, its own date, or a change.
import { addMonths, isAfter } from '../dates.ts';

export interface Reassessment {
  /** The date the assessment must be repeated by: the earlier of its cadence and its own next-review date. */
  readonly dueOn: string | undefined;
  /** Which of the two set `dueOn`. */
  readonly dueBy: 'cadence' | 'next-review' | undefined;
}

/**
 * The date an assessment is due again. The methodology's cadence binds every assessment; an earlier next-review
 * date the assessor set binds too, a later one does not stretch the cadence.
 */
export function reassessmentDue(assessedOn: string, intervalMonths: number | undefined, nextReviewDue: string | undefined): Reassessment {
  const byCadence = intervalMonths === undefined ? undefined : addMonths(assessedOn, intervalMonths);
  if (byCadence === undefined && nextReviewDue === undefined) return { dueOn: undefined, dueBy: undefined };
  if (byCadence === undefined) return { dueOn: nextReviewDue, dueBy: 'next-review' };
  if (nextReviewDue === undefined || !isAfter(byCadence, nextReviewDue)) return { dueOn: byCadence, dueBy: 'cadence' };
  return { dueOn: nextReviewDue, dueBy: 'next-review' };
}

/** Past due on `now`: an assessment due today is still on time. */
export function isOverdue(due: Reassessment, now: string): boolean {
  return due.dueOn !== undefined && isAfter(now, due.dueOn);
}

/**
 * The cadence that binds when an assessment names no methodology: the only methodology there is, or, when there
 * are several, the longest interval, so that the check never holds an assessment to a stricter rule than any
 * the organisation wrote.
 */
export function fallbackInterval(intervals: readonly number[]): number | undefined {
  return intervals.length === 0 ? undefined : Math.max(...intervals);
}

/**
 * A significant change that came after the assessment and by `now`: the assessment no longer describes the
 * system. A change on the assessment's own day is taken as assessed with it.
 */
export function changedSince(assessedOn: string, lastChangeOn: string | undefined, now: string): boolean {
  return lastChangeOn !== undefined && isAfter(lastChangeOn, assessedOn) && !isAfter(lastChangeOn, now);
}
