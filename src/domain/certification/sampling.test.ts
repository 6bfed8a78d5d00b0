// Pins IAF MD 1 multi-site sample sizes: √n, 0.6·√n and 0.8·√n rounded up.
import { describe, expect, it } from 'vitest';
import { multiSiteSample } from './sampling.ts';

describe('multiSiteSample', () => {
  it.each([
    [0, 0, 0, 0], [1, 1, 1, 1], [4, 2, 2, 2], [10, 4, 2, 3], [25, 5, 3, 4], [100, 10, 6, 8], [101, 11, 7, 9],
  ])('%i sites → %i initial, %i surveillance, %i recertification', (n, initial, surveillance, recertification) => {
    expect(multiSiteSample(n)).toMatchObject({ initial, surveillance, recertification, centralFunctionAlwaysAudited: true });
  });

  it('says the central function is audited every time', () => {
    expect(multiSiteSample(9).rule).toMatch(/central function is audited every time/);
    expect(multiSiteSample(9).rule).toMatch(/likely reading of IAF MD 1/);
  });
});
