// Tests of the review due dates of the AI policy and of controlled documents.
import { describe, expect, it } from 'vitest';
import { documentReviewDue, dueByInterval, policyReviewDue } from './review-due.ts';

describe('dueByInterval', () => {
  it('adds the interval to the latest basis date, ignoring missing and malformed dates', () => {
    expect(dueByInterval(['2025-01-31', undefined, 'yesterday', '2024-06-01'], 1)).toBe('2025-02-28');
  });
  it('is undefined without a basis date or a usable interval', () => {
    expect(dueByInterval([undefined], 12)).toBeUndefined();
    expect(dueByInterval(['2025-01-01'], 0)).toBeUndefined();
    expect(dueByInterval(['2025-01-01'], undefined)).toBeUndefined();
  });
});

describe('policyReviewDue', () => {
  it('takes the stated date when it comes first', () => {
    expect(policyReviewDue({ nextReviewDue: '2026-03-01', approvedOn: '2025-06-01', reviewIntervalMonths: 12 }))
      .toEqual({ due: '2026-03-01', source: 'stated' });
  });
  it('takes the interval when the stated date lies beyond it', () => {
    expect(policyReviewDue({ nextReviewDue: '2028-01-01', lastReviewedOn: '2025-06-01', approvedOn: '2024-06-01', reviewIntervalMonths: 12 }))
      .toEqual({ due: '2026-06-01', source: 'interval' });
  });
  it('counts from the later of last review and approval', () => {
    expect(policyReviewDue({ lastReviewedOn: '2025-02-01', approvedOn: '2025-09-15', reviewIntervalMonths: 6 }))
      .toEqual({ due: '2026-03-15', source: 'interval' });
  });
  it('ignores a stated date that a later review already met', () => {
    expect(policyReviewDue({ nextReviewDue: '2026-01-10', lastReviewedOn: '2026-01-12', approvedOn: '2025-01-10', reviewIntervalMonths: 12 }))
      .toEqual({ due: '2027-01-12', source: 'interval' });
    expect(policyReviewDue({ nextReviewDue: '2026-01-10', lastReviewedOn: '2026-01-10' })).toBeUndefined();
  });
  it('is undefined when nothing dates the policy', () => {
    expect(policyReviewDue({ reviewIntervalMonths: 12 })).toBeUndefined();
  });
});

describe('documentReviewDue', () => {
  it('trusts the recorded review date over the approval date', () => {
    expect(documentReviewDue({ reviewDue: '2027-01-01', reviewIntervalMonths: 12, versions: [{ status: 'approved', approvedOn: '2024-01-01' }] }))
      .toEqual({ due: '2027-01-01', source: 'stated' });
  });
  it('falls back to the latest approval plus the interval, superseded approvals included', () => {
    expect(documentReviewDue({
      reviewIntervalMonths: 12,
      versions: [{ status: 'superseded', approvedOn: '2024-01-01' }, { status: 'approved', effectiveOn: '2025-03-01' }, { status: 'draft' }],
    })).toEqual({ due: '2026-03-01', source: 'interval' });
  });
  it('is undefined without a review date, an interval or an approval', () => {
    expect(documentReviewDue({ versions: [{ status: 'approved', approvedOn: '2025-01-01' }] })).toBeUndefined();
    expect(documentReviewDue({ reviewIntervalMonths: 12, versions: [{ status: 'draft' }] })).toBeUndefined();
  });
});
