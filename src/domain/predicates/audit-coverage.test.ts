// Audit coverage of clauses and controls through the catalogue's tree.
import { describe, expect, it } from 'vitest';
import { ancestorsOf, isAudited, unauditedRefs } from './audit-coverage.ts';

describe('ancestorsOf', () => {
  it('walks clauses and Annex A groups up to the top', () => {
    expect(ancestorsOf('9.2.2')).toEqual(['9.2', '9']);
    expect(ancestorsOf('A.6.2.4')).toEqual(['A.6.2', 'A.6']);
    expect(ancestorsOf('A.3.3')).toEqual(['A.3']);
    expect(ancestorsOf('ORG-1')).toEqual([]);
  });
});

describe('isAudited', () => {
  it('counts the ref itself and any parent', () => {
    expect(isAudited('9.2.2', new Set(['9.2.2']))).toBe(true);
    expect(isAudited('9.2.2', new Set(['9']))).toBe(true);
    expect(isAudited('A.6.2.4', new Set(['A.6']))).toBe(true);
    expect(isAudited('ORG-1', new Set(['ORG-1']))).toBe(true);
  });

  it('does not count a sibling or a single child as covering the parent', () => {
    expect(isAudited('9.2.2', new Set(['9.2.1']))).toBe(false);
    expect(isAudited('9.2', new Set(['9.2.1']))).toBe(false);
    expect(isAudited('A.3.3', new Set(['A.3.2']))).toBe(false);
  });

  it('counts a parent whose children were all audited', () => {
    expect(isAudited('9.2', new Set(['9.2.1', '9.2.2']))).toBe(true);
    expect(isAudited('9', new Set(['9.1', '9.2.1', '9.2.2', '9.3']))).toBe(true);
    expect(isAudited('9', new Set(['9.1', '9.2.1', '9.3']))).toBe(false);
  });
});

describe('unauditedRefs', () => {
  it('accepts a test per ref instead of a set', () => {
    expect(unauditedRefs(['9.2.2', 'A.8.4'], (ref) => ref === '9.2')).toEqual(['A.8.4']);
  });

  it('keeps the planned order', () => {
    expect(unauditedRefs(['10.2', '9.1', 'A.8.4', '7.3'], new Set(['9', '7.3']))).toEqual(['10.2', 'A.8.4']);
  });
});
