// Document control as a reader of the documents page needs it (7.5.2, 7.5.3): the version in force, what awaits
// approval, when the review is due, and how far the documents drifted from the latest freeze baseline.
import { currentApprovedVersion, documentsChangedSince, latestFreezeBaseline, type DocumentChange } from '../../../domain/certification/freeze.ts';
import { addMonths, isBefore } from '../../../domain/dates.ts';
import type { Document, DocumentVersion, FreezeBaseline } from '../../../domain/model/index.ts';

export type ReviewState = 'overdue' | 'due-soon' | 'scheduled' | 'none';

export interface DocumentControl {
  readonly inForce?: DocumentVersion;
  /** Versions in draft or in review: the work that still needs an approver. */
  readonly awaitingApproval: readonly DocumentVersion[];
  readonly reviewDue?: string;
  readonly review: ReviewState;
}

/** The review date: recorded, or the interval counted from the version in force. */
export function reviewDueOf(document: Document): string | undefined {
  if (document.reviewDue) return document.reviewDue;
  const inForce = currentApprovedVersion(document);
  const from = inForce?.approvedOn ?? inForce?.effectiveOn;
  return from && document.reviewIntervalMonths ? addMonths(from, document.reviewIntervalMonths) : undefined;
}

export function documentControl(document: Document, today: string): DocumentControl {
  const inForce = currentApprovedVersion(document);
  const reviewDue = reviewDueOf(document);
  const review: ReviewState = !reviewDue ? 'none' : isBefore(reviewDue, today) ? 'overdue' : isBefore(reviewDue, addMonths(today, 1)) ? 'due-soon' : 'scheduled';
  return {
    ...(inForce ? { inForce } : {}),
    awaitingApproval: document.versions.filter((v) => v.status === 'draft' || v.status === 'in-review'),
    ...(reviewDue ? { reviewDue } : {}),
    review,
  };
}

/** Newest first: by the latest of its dates, then by its place in the list (later entries are newer). */
export function versionsNewestFirst(document: Document): DocumentVersion[] {
  const dateOf = (v: DocumentVersion) => [v.effectiveOn, v.approvedOn, v.createdOn].filter((d): d is string => d !== undefined).sort().at(-1) ?? '';
  return document.versions.map((v, i) => ({ v, i })).sort((a, b) => dateOf(b.v).localeCompare(dateOf(a.v)) || b.i - a.i).map(({ v }) => v);
}

export interface BaselineDrift {
  readonly baseline: FreezeBaseline;
  /** Documents changed since the freeze: a newer approved version, or a version in force other than the frozen one. */
  readonly changed: readonly DocumentChange[];
  /** Documents with an approved version that the baseline does not list. */
  readonly notFrozen: readonly Document[];
  readonly frozen: number;
}

/** The drift since the latest freeze baseline, or undefined when no baseline was taken. */
export function baselineDrift(documents: readonly Document[], baselines: readonly FreezeBaseline[]): BaselineDrift | undefined {
  const baseline = latestFreezeBaseline({ freezeBaselines: baselines });
  if (!baseline) return undefined;
  const frozen = new Set(baseline.documents.map((d) => d.documentId));
  return {
    baseline,
    changed: documentsChangedSince({ documents }, baseline),
    notFrozen: documents.filter((d) => !frozen.has(d.id) && currentApprovedVersion(d) !== undefined),
    frozen: frozen.size,
  };
}
