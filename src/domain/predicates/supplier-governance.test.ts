// Tests of recognising suppliers of AI and the gaps in their A.10 governance.
import { describe, expect, it } from 'vitest';
import type { Supplier } from '../model/index.ts';
import { clausesLookGeneric, describeProvision, governanceGaps, isReviewOverdue, providesAi } from './supplier-governance.ts';

const supplier = (over: Partial<Supplier> = {}): Supplier => ({
  id: 'sup-1', name: 'S', provides: ['foundation-model'], governedAs: 'ai-supplier', contractClauses: ['Model change notice'],
  responsibilityAllocation: 'We validate outputs', aiAssessment: { assessedOn: '2026-01-01', summary: 'ok', outcome: 'approved' }, ...over,
});

describe('providesAi and describeProvision', () => {
  it('counts models, AI services and components, and data only when it feeds AI', () => {
    expect(providesAi(supplier({ provides: ['ai-saas'] }), false)).toBe(true);
    expect(providesAi(supplier({ provides: ['data'] }), false)).toBe(false);
    expect(providesAi(supplier({ provides: ['data'] }), true)).toBe(true);
    expect(providesAi(supplier({ provides: ['compute', 'ml-tooling', 'non-ai'] }), true)).toBe(false);
  });
  it('words the provision for a message', () => {
    expect(describeProvision(supplier({ provides: ['foundation-model', 'data', 'compute'] }))).toBe('a foundation model and data for AI');
    expect(describeProvision(supplier({ provides: ['ai-component'] }))).toBe('an AI component');
  });
});

describe('governanceGaps', () => {
  it('is empty for a governed supplier', () => {
    expect(governanceGaps(supplier(), true)).toEqual([]);
  });
  it('lists every gap, and a rejection only while the supplier is still used', () => {
    expect(governanceGaps(supplier({ governedAs: 'ordinary-procurement', aiAssessment: undefined, responsibilityAllocation: 'TBD', contractClauses: [] }), true))
      .toEqual(['is governed as ordinary procurement', 'has no AI-specific assessment', 'has no allocation of responsibilities', 'has no AI-relevant contract clauses']);
    const rejected = supplier({ aiAssessment: { assessedOn: '2026-01-01', summary: 'no', outcome: 'rejected' } });
    expect(governanceGaps(rejected, true)).toEqual(['was rejected by its AI assessment but is still used']);
    expect(governanceGaps(rejected, false)).toEqual([]);
  });
  it('is overdue for review only after the date', () => {
    expect(isReviewOverdue(supplier({ nextReviewDue: '2026-11-01' }), '2026-11-01')).toBe(false);
    expect(isReviewOverdue(supplier({ nextReviewDue: '2026-11-01' }), '2026-11-02')).toBe(true);
  });
});

describe('clausesLookGeneric', () => {
  it('is true only when clauses exist and none is about AI', () => {
    expect(clausesLookGeneric(['Payment within 30 days', 'Governing law: England'])).toBe(true);
    expect(clausesLookGeneric(['Payment within 30 days', 'Notify us of model changes'])).toBe(false);
    expect(clausesLookGeneric([])).toBe(false);
  });
});
