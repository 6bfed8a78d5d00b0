// Tests of the one list and count wording every message uses.
import { describe, expect, it } from 'vitest';
import { listForMessage, plural } from './wording.ts';

describe('listForMessage', () => {
  it('joins a short list as a sentence does', () => {
    expect(listForMessage([])).toBe('');
    expect(listForMessage(['a'])).toBe('a');
    expect(listForMessage(['a', 'b'])).toBe('a and b');
    expect(listForMessage(['a', 'b', 'c'])).toBe('a, b and c');
  });
  it('lists up to the limit, then counts the rest', () => {
    expect(listForMessage(['a', 'b', 'c', 'd', 'e'], 3)).toBe('a, b, c and 2 more');
    expect(listForMessage(['a', 'b', 'c'], 1, { separator: '; ' })).toBe('a and 2 more');
    expect(listForMessage(['a, x', 'b'], 3, { separator: '; ' })).toBe('a, x and b');
    expect(listForMessage(['a, x', 'b', 'c'], 3, { separator: '; ' })).toBe('a, x; b and c');
  });
  it('quotes names on request', () => {
    expect(listForMessage(['Credit scoring', 'HR, hiring'], 5, { quoted: true })).toBe('"Credit scoring" and "HR, hiring"');
  });
});

describe('plural', () => {
  it('counts in the singular for one only', () => {
    expect(plural(0, 'risk')).toBe('0 risks');
    expect(plural(1, 'risk')).toBe('1 risk');
    expect(plural(2, 'policy', 'policies')).toBe('2 policies');
  });
});
