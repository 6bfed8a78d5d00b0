// Tests of reading objective targets and judging measurements against them.
import { describe, expect, it } from 'vitest';
import { meetsTarget, parseTarget } from './typical-b-targets.ts';

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
  ])('reads "%s"', (text, expected) => {
    expect(parseTarget(text)).toEqual(expected);
  });
  it.each(['95%', 'Improve fairness', 'between 2 and 5', 'at least 2 and below 5', 'at least 95% by Q4 2026', 'below 5 per 1,000 decisions'])(
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
  it('is undecidable for unreadable targets and for a percentage measured as a fraction', () => {
    expect(meetsTarget('95%', 96)).toBe('undecidable');
    expect(meetsTarget('at least 95%', 0.96)).toBe('undecidable');
    expect(meetsTarget('at least 0.95', 0.96)).toBe('met');
  });
});
