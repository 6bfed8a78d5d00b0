// Tests of when risk and impact assessments are due again.
import { describe, expect, it } from 'vitest';
import { changedSince, fallbackInterval, isOverdue, reassessmentDue } from './reassessment.ts';

describe('reassessmentDue', () => {
  it('takes the earlier of cadence and own next review date', () => {
    expect(reassessmentDue('2026-01-31', 1, undefined)).toEqual({ dueOn: '2026-02-28', dueBy: 'cadence' });
    expect(reassessmentDue('2026-01-01', 12, '2026-06-01')).toEqual({ dueOn: '2026-06-01', dueBy: 'next-review' });
    expect(reassessmentDue('2026-01-01', 12, '2027-06-01')).toEqual({ dueOn: '2027-01-01', dueBy: 'cadence' });
    expect(reassessmentDue('2026-01-01', undefined, '2026-06-01')).toEqual({ dueOn: '2026-06-01', dueBy: 'next-review' });
    expect(reassessmentDue('2026-01-01', undefined, undefined)).toEqual({ dueOn: undefined, dueBy: undefined });
  });
  it('is overdue only after the due date', () => {
    const due = reassessmentDue('2025-11-01', 12, undefined);
    expect(isOverdue(due, '2026-11-01')).toBe(false);
    expect(isOverdue(due, '2026-11-02')).toBe(true);
    expect(isOverdue({ dueOn: undefined, dueBy: undefined }, '2099-01-01')).toBe(false);
  });
});

describe('fallbackInterval and changedSince', () => {
  it('falls back to the longest cadence, or none', () => {
    expect(fallbackInterval([6, 24, 12])).toBe(24);
    expect(fallbackInterval([])).toBeUndefined();
  });
  it('counts a change after the assessment and not after today', () => {
    expect(changedSince('2026-06-01', '2026-06-02', '2026-11-01')).toBe(true);
    expect(changedSince('2026-06-01', '2026-06-01', '2026-11-01')).toBe(false);
    expect(changedSince('2026-06-01', '2026-12-01', '2026-11-01')).toBe(false);
    expect(changedSince('2026-06-01', undefined, '2026-11-01')).toBe(false);
  });
});
