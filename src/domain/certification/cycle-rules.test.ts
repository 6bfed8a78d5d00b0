// Pins the firm cycle rules to dates: validity, surveillance due dates, the recertification window, the major limit.
import { describe, expect, it } from 'vitest';
import {
  auditLength, certificateExpiry, cycleRules, firstSurveillanceDue, majorDeadline, recertificationWindow, restorationDeadline, secondSurveillanceDue,
  surveillanceDueAfterRecertification,
} from './cycle-rules.ts';

describe('the certification cycle rules', () => {
  it('a decision on 2026-03-10 expires on 2029-03-09 with the first surveillance due by 2027-03-10', () => {
    expect(certificateExpiry('2026-03-10')).toBe('2029-03-09');
    expect(firstSurveillanceDue('2026-03-10')).toBe('2027-03-10');
  });

  it('a decision on 29 February runs three full years, to 28 February of a common year', () => {
    expect(certificateExpiry('2028-02-29')).toBe('2031-02-28');
    expect(certificateExpiry('2029-03-01')).toBe('2032-02-29');
    expect(certificateExpiry('2027-02-28')).toBe('2030-02-27');
    expect(firstSurveillanceDue('2028-02-29')).toBe('2029-02-28');
  });

  it('the second surveillance is due by the end of the calendar year after the first', () => {
    expect(secondSurveillanceDue('2027-02-10')).toBe('2028-12-31');
    expect(secondSurveillanceDue('2026-12-15')).toBe('2027-12-31');
  });

  it('the recertification audit window is 4 to 2 months before expiry', () => {
    expect(recertificationWindow('2029-03-09')).toEqual({ from: '2028-11-09', to: '2029-01-09' });
  });

  it('a Stage 2 major must be verified closed within 6 months of Stage 2’s last day', () => {
    expect(majorDeadline('2026-01-23')).toBe('2026-07-23');
    expect(majorDeadline('2026-08-31')).toBe('2027-02-28');
  });

  it('keeps audits on site within the typical calendar lengths', () => {
    expect(auditLength('stage-2', 10.5)).toBe(6);
    expect(auditLength('stage-1', 0.5)).toBe(1);
    expect(auditLength('surveillance', 2.5)).toBe(3);
  });

  it('restores an expired certificate only within 6 months of expiry', () => {
    expect(restorationDeadline('2029-03-09')).toBe('2029-09-09');
    expect(restorationDeadline('2029-08-31')).toBe('2030-02-28');
  });

  it('after a recertification decided on 2029-01-20, the first surveillance is due by 2030-12-31', () => {
    expect(surveillanceDueAfterRecertification('2029-01-20')).toBe('2030-12-31');
    expect(surveillanceDueAfterRecertification('2028-12-30')).toBe('2029-12-31');
  });

  it('labels each rule with its confidence and its source', () => {
    const rules = cycleRules();
    const source = (id: string) => rules.find((r) => r.id === id)?.source;
    expect(source('major-limit')).toBe('ISO/IEC 17021-1');
    expect(source('restoration')).toBe('ISO/IEC 17021-1');
    expect(source('recertification-window')).toBe('typical practice');
    expect(source('deadline-warning')).toBe('our assumption');
    expect(rules.every((r) => r.source)).toBe(true);
    expect(rules.find((r) => r.id === 'surveillance-1')?.confidence).toBe('firm');
    expect(rules.find((r) => r.id === 'stage-gap')?.confidence).toBe('configurable');
  });
});
