// Tests of reading objective targets and judging measurements against them.
import { describe, expect, it } from 'vitest';
import { meetsTarget, parseTarget } from './objective-targets.ts';

describe('parseTarget', () => {
  it.each([
    ['at least 95%', { direction: 'at-least', value: 95, percent: true }],
    ['>= 0.9', { direction: 'at-least', value: 0.9, percent: false }],
    ['≥ 90 %', { direction: 'at-least', value: 90, percent: true }],
    ['95% or more', { direction: 'at-least', value: 95, percent: true }],
    ['no more than 2 complaints a month', { direction: 'at-most', value: 2, percent: false }],
    ['within 48 hours', { direction: 'at-most', value: 48, percent: false }],
    ['<= 3', { direction: 'at-most', value: 3, percent: false }],
    ['more than 80', { direction: 'above', value: 80, percent: false }],
    ['below 5% false positives', { direction: 'below', value: 5, percent: true }],
    ['fewer than 1,5 errors', { direction: 'below', value: 1.5, percent: false }],
    ['at least 1,000 reviewed decisions', { direction: 'at-least', value: 1000, percent: false }],
    ['at least 95% by Q4 2026', { direction: 'at-least', value: 95, percent: true }],
  ])('reads "%s"', (text, expected) => {
    expect(parseTarget(text)).toEqual(expected);
  });
  it.each(['95%', 'Improve fairness', 'between 2 and 5', 'at least 2 and below 5', 'below 5 per 1,000 decisions', 'from 80% to 90%'])(
    'does not guess at "%s"',
    (text) => {
      expect(parseTarget(text)).toBeUndefined();
    },
  );
});

describe('meetsTarget', () => {
  it('compares inclusively for floors and ceilings, strictly for above and below', () => {
    expect(meetsTarget('at least 95%', 95)).toBe('met');
    expect(meetsTarget('at least 95%', 94.9)).toBe('not-met');
    expect(meetsTarget('no more than 2', 2)).toBe('met');
    expect(meetsTarget('no more than 2', 3)).toBe('not-met');
    expect(meetsTarget('below 5', 5)).toBe('not-met');
    expect(meetsTarget('above 5', 5.1)).toBe('met');
  });
  it('reads 100% as a floor and 0% as a ceiling', () => {
    expect(parseTarget('100% each month')).toEqual({ direction: 'at-least', value: 100, percent: true });
    expect(parseTarget('0% unexplained declines')).toEqual({ direction: 'at-most', value: 0, percent: true });
    expect(meetsTarget('100% before Stage 1', 100)).toBe('met');
  });
  it('is undecidable for unreadable targets', () => {
    expect(meetsTarget('95%', 96)).toBe('undecidable');
    expect(meetsTarget('between 90 and 95', 93)).toBe('undecidable');
    expect(meetsTarget('at least 0.95', 0.96)).toBe('met');
  });
  it('decides a percentage target measured in fractions where both readings agree', () => {
    expect(meetsTarget('below 4%', 0.031)).toBe('met');
    expect(meetsTarget('at least 95%', 0.5)).toBe('not-met');
  });
  it('reads values between 0 and 1 as fractions against a high floor, not against a low one or a ceiling', () => {
    expect(meetsTarget('at least 98% each month', 0.986, [0.97, 0.981, 0.986])).toBe('met');
    expect(meetsTarget('at least 98% each month', 0.975, [0.981, 0.975])).toBe('not-met');
    expect(meetsTarget('100% before Stage 1', 1, [0.9, 1])).toBe('met');
    expect(meetsTarget('at least 98%', 0.986, [97, 0.986])).toBe('undecidable');
    expect(meetsTarget('at least 2% of decisions reviewed', 0.5, [0.5])).toBe('undecidable');
    expect(meetsTarget('at most 5% errors', 0.9, [0.9])).toBe('undecidable');
  });
});
