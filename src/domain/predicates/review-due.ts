// When a periodically reviewed item (the AI policy, a controlled document) is next due for review.
import { addMonths, isValidIsoDate, latest } from '../dates.ts';

export interface ReviewDue {
  readonly due: string;
  /** `stated`: the recorded next review date; `interval`: the last review or approval plus the review interval. */
  readonly source: 'stated' | 'interval';
}

const validDate = (d: unknown): d is string => typeof d === 'string' && isValidIsoDate(d);
const validInterval = (m: unknown): m is number => typeof m === 'number' && Number.isInteger(m) && m > 0;

/**
 * The review due date by the interval alone: the later of the given review or approval dates plus
 * `intervalMonths`. Undefined when there is no valid basis date or no interval.
 */
export function dueByInterval(basisDates: readonly unknown[], intervalMonths: unknown): string | undefined {
  const basis = latest(...basisDates.filter(validDate));
  if (basis === undefined || !validInterval(intervalMonths)) return undefined;
  return addMonths(basis, intervalMonths);
}

/**
 * The AI policy's review due date (A.2.4): the earlier of its stated next review date and its last review
 * (or approval) plus its review interval, because missing either is a missed planned review. A stated date on or
 * before the last review or approval was met by that review (the date was simply not moved on), so it no longer
 * counts.
 */
export function policyReviewDue(policy: {
  readonly nextReviewDue?: unknown;
  readonly lastReviewedOn?: unknown;
  readonly approvedOn?: unknown;
  readonly reviewIntervalMonths?: unknown;
}): ReviewDue | undefined {
  const lastReview = latest(...[policy.lastReviewedOn, policy.approvedOn].filter(validDate));
  const stated = validDate(policy.nextReviewDue) && (lastReview === undefined || policy.nextReviewDue > lastReview)
    ? policy.nextReviewDue
    : undefined;
  const computed = dueByInterval([policy.lastReviewedOn, policy.approvedOn], policy.reviewIntervalMonths);
  if (stated !== undefined && (computed === undefined || stated <= computed)) return { due: stated, source: 'stated' };
  if (computed !== undefined) return { due: computed, source: 'interval' };
  return undefined;
}

/**
 * A controlled document's review due date (7.5.2): its recorded review date where it has one, because a
 * review that changes nothing moves that date without creating a version; otherwise the latest approval
 * plus the review interval.
 */
export function documentReviewDue(document: {
  readonly reviewDue?: unknown;
  readonly reviewIntervalMonths?: unknown;
  readonly versions?: readonly { readonly status?: unknown; readonly approvedOn?: unknown; readonly effectiveOn?: unknown }[];
}): ReviewDue | undefined {
  if (validDate(document.reviewDue)) return { due: document.reviewDue, source: 'stated' };
  const approvals = (document.versions ?? [])
    .filter((v) => v.status === 'approved' || v.status === 'superseded')
    .map((v) => (validDate(v.approvedOn) ? v.approvedOn : v.effectiveOn));
  const computed = dueByInterval(approvals, document.reviewIntervalMonths);
  return computed === undefined ? undefined : { due: computed, source: 'interval' };
}
