// Tests of which impact assessment results are significant (issue 9, 2026-12-02).
import { describe, expect, it } from 'vitest';
import { build } from '../../../test/factories.ts';
import { significantFrom, significantImpacts, type Impact } from './impact-significance.ts';

const impact = (over: Partial<Impact>): Impact => ({ description: 'Unfair refusal', dimension: 'individual', type: 'fairness', severity: 3, likelihood: 2, ...over });

describe('significantFrom', () => {
  it('is the second-highest level of the methodology scale', () => {
    expect(significantFrom(build.impactMethodologies(), [])).toBe(4);
    expect(significantFrom({ severityScale: [{ value: 1, label: 'Low' }, { value: 2, label: 'Mid' }, { value: 3, label: 'High' }] }, [])).toBe(2);
  });
  it('without a scale, assumes 1 to 5, or 1 to 10 once a severity above 5 is recorded', () => {
    expect(significantFrom(undefined, [impact({ severity: 5 })])).toBe(4);
    expect(significantFrom(undefined, [impact({ severity: 8 })])).toBe(9);
  });
});

describe('significantImpacts', () => {
  const ia = (impacts: Impact[]) => build.impactAssessments({ impacts });
  it('keeps harmful effects on people at the two highest levels', () => {
    const high = impact({ severity: 4 });
    expect(significantImpacts(ia([high, impact({ severity: 3 })]), build.impactMethodologies())).toEqual([high]);
  });
  it('leaves out business risk and beneficial effects, however severe', () => {
    expect(significantImpacts(ia([impact({ severity: 5, dimension: 'organisation' }), impact({ severity: 5, beneficial: true })]), undefined)).toEqual([]);
  });
  it('follows the assessor where they marked significance', () => {
    const marked = impact({ severity: 2, significant: true });
    expect(significantImpacts(ia([marked, impact({ severity: 5, significant: false })]), undefined)).toEqual([marked]);
  });
});
