// Tests of risk levels, the acceptance threshold in force and residual-risk acceptance by the owner.
import { describe, expect, it } from 'vitest';
import type { Person, Role } from '../model/index.ts';
import { build } from '../../../test/factories.ts';
import { designatedAcceptors, evaluationInForce, judgeLevel, judgeRisk, maxLevel, residualAcceptance, residualLevel, riskLevel, thresholdsInForce } from './risk-levels.ts';

describe('riskLevel and residualLevel', () => {
  it('multiplies likelihood by consequence', () => {
    expect(riskLevel({ likelihood: 3, consequence: 4 })).toBe(12);
  });
  it('is undefined when a factor is missing', () => {
    expect(riskLevel({ likelihood: 3 })).toBeUndefined();
    expect(residualLevel(build.risks())).toBeUndefined();
    expect(residualLevel(build.risks({ treatment: { option: 'modify', controlIds: [], actions: [], residualLikelihood: 2 } }))).toBeUndefined();
    expect(residualLevel(build.risks({ treatment: { option: 'modify', controlIds: [], actions: [], residualLikelihood: 2, residualConsequence: 3 } }))).toBe(6);
  });
});

describe('maxLevel', () => {
  it('is the product of the top values of both scales', () => {
    expect(maxLevel(build.riskMethodologies())).toBe(25);
  });
  it('is undefined for an empty scale', () => {
    expect(maxLevel({ likelihoodScale: [], consequenceScale: [{ value: 3, label: 'x' }] })).toBeUndefined();
  });
});

describe('thresholdsInForce and judgeLevel', () => {
  it('uses the most recently approved methodology', () => {
    const range = thresholdsInForce([
      build.riskMethodologies({ id: 'old', acceptanceThreshold: 4, approvedOn: '2024-01-01' }),
      build.riskMethodologies({ id: 'new', acceptanceThreshold: 9, approvedOn: '2025-01-01' }),
      build.riskMethodologies({ id: 'draft', acceptanceThreshold: 2 }),
    ]);
    expect(range).toEqual({ low: 9, high: 9, methodologyIds: ['new'] });
    expect(judgeLevel(9, range!)).toBe('within');
    expect(judgeLevel(10, range!)).toBe('above');
  });
  it('spans every threshold when none is approved, leaving levels between them undecided', () => {
    const range = thresholdsInForce([build.riskMethodologies({ acceptanceThreshold: 4 }), build.riskMethodologies({ acceptanceThreshold: 9 })])!;
    expect([judgeLevel(4, range), judgeLevel(6, range), judgeLevel(12, range)]).toEqual(['within', 'undecided', 'above']);
  });
  it('is undefined when no methodology has a threshold', () => {
    const m = build.riskMethodologies();
    delete (m as Partial<typeof m>).acceptanceThreshold;
    expect(thresholdsInForce([m])).toBeUndefined();
    expect(thresholdsInForce([])).toBeUndefined();
  });
});

describe('residualAcceptance by designated management (ISO/IEC 42001 6.1.3), issue 9 (2026-12-02)', () => {
  const treated = (acceptedBy?: string, over: object = {}) => ({ option: 'modify' as const, controlIds: [], actions: [], residualAcceptedById: acceptedBy, ...over });
  const roles = new Map<string, Role>([
    ['role-x', build.roles({ id: 'role-x', kind: 'committee', holderIds: ['p-1'], accountableChairId: 'p-2' })],
    ['role-board', build.roles({ id: 'role-board', kind: 'committee', holderIds: ['p-7'] })],
  ]);
  const persons = new Map<string, Person>([['p-ceo', build.persons({ id: 'p-ceo', topManagement: true })]]);
  const board = [build.riskMethodologies({ residualAcceptance: { roleIds: ['role-board'] } })];

  it('without a designation, takes the owning person or a holder or chair of the owning role as designated', () => {
    expect(residualAcceptance({ ownerId: 'p-1', treatment: treated('p-1') }, roles, [], persons)).toBe('by-designated-management');
    expect(residualAcceptance({ ownerRoleId: 'role-x', treatment: treated('p-1') }, roles, [], persons)).toBe('by-designated-management');
    expect(residualAcceptance({ ownerRoleId: 'role-x', treatment: treated('p-2') }, roles, [], persons)).toBe('by-designated-management');
    expect(residualAcceptance({ ownerId: 'p-1', treatment: treated('p-9') }, roles, [], persons)).toBe('designation-unknown');
    expect(residualAcceptance({ treatment: treated('p-1') }, roles, [], persons)).toBe('designation-unknown');
    expect(residualAcceptance({ ownerRoleId: 'role-gone', treatment: treated('p-1') }, roles, [], persons)).toBe('designation-unknown');
  });
  it('always counts top management, whoever owns the risk and whatever is designated', () => {
    expect(residualAcceptance({ ownerId: 'p-1', treatment: treated('p-ceo') }, roles, [], persons)).toBe('by-designated-management');
    expect(residualAcceptance({ ownerId: 'p-1', treatment: treated('p-ceo') }, roles, board, persons)).toBe('by-designated-management');
  });
  it('with a designation on the methodology or the risk, counts those designated only, not the owner', () => {
    expect(residualAcceptance({ ownerId: 'p-1', treatment: treated('p-7') }, roles, board, persons)).toBe('by-designated-management');
    expect(residualAcceptance({ ownerId: 'p-1', treatment: treated('p-1') }, roles, board, persons)).toBe('outside-designation');
    expect(residualAcceptance({ ownerId: 'p-1', treatment: treated('p-9', { residualAcceptorId: 'p-9' }) }, roles, board, persons)).toBe('by-designated-management');
  });
  it('reports no acceptance', () => {
    expect(residualAcceptance({ ownerId: 'p-1', treatment: treated() }, roles)).toBe('not-accepted');
    expect(residualAcceptance({ ownerId: 'p-1' }, roles)).toBe('not-accepted');
  });
});

describe('evaluationInForce and judgeRisk, issue 9 (2026-12-02)', () => {
  const withoutThreshold = (over: Parameters<typeof build.riskMethodologies>[0]) => {
    const m = build.riskMethodologies(over);
    delete m.acceptanceThreshold;
    return m;
  };
  const matrix = [{ likelihood: 3, consequence: 3, rating: 'High', needsTreatment: true }, { likelihood: 1, consequence: 3, rating: 'Low', needsTreatment: false }];
  it('prefers a threshold, then a matrix, then qualitative criteria, among the methodologies in force', () => {
    expect(evaluationInForce([build.riskMethodologies({ acceptanceThreshold: 6, matrix })])?.kind).toBe('threshold');
    expect(evaluationInForce([withoutThreshold({ matrix })])?.kind).toBe('matrix');
    expect(evaluationInForce([withoutThreshold({ id: 'rm-q' })])).toEqual({ kind: 'qualitative', methodologyIds: ['rm-q'] });
    expect(evaluationInForce([])).toBeUndefined();
  });
  it('uses the latest approved methodology even when an older one has a threshold', () => {
    const e = evaluationInForce([build.riskMethodologies({ acceptanceThreshold: 6, approvedOn: '2025-01-01' }), withoutThreshold({ matrix, approvedOn: '2026-01-01' })]);
    expect(e?.kind).toBe('matrix');
  });
  it('looks a pair up in the matrix; an unrated pair or qualitative criteria stay undecided', () => {
    const e = evaluationInForce([withoutThreshold({ matrix })])!;
    expect(judgeRisk(e, { likelihood: 3, consequence: 3 })).toBe('above');
    expect(judgeRisk(e, { likelihood: 1, consequence: 3 })).toBe('within');
    expect(judgeRisk(e, { likelihood: 2, consequence: 2 })).toBe('undecided');
    expect(judgeRisk(e, { likelihood: 2 })).toBe('unknown');
    expect(judgeRisk(evaluationInForce([withoutThreshold({})])!, { likelihood: 5, consequence: 5 })).toBe('undecided');
  });
});

describe('designatedAcceptors', () => {
  const roles = new Map<string, Role>([['role-x', build.roles({ id: 'role-x', kind: 'committee', holderIds: ['p-1'], accountableChairId: 'p-2' })]]);
  const treatment = { option: 'modify' as const, controlIds: [], actions: [] };
  it('reads the risk first, then the methodology in force, then the owner', () => {
    const methodologies = [build.riskMethodologies({ id: 'rm-1', residualAcceptance: { roleIds: ['role-x'] } })];
    expect(designatedAcceptors({ ownerId: 'p-9', treatment: { ...treatment, residualAcceptorRoleId: 'role-x' } }, [], roles)).toEqual({ personIds: new Set(['p-1', 'p-2']), source: 'risk' });
    expect(designatedAcceptors({ ownerId: 'p-9', treatment }, methodologies, roles)).toEqual({ personIds: new Set(['p-1', 'p-2']), source: 'methodology' });
    expect(designatedAcceptors({ ownerRoleId: 'role-x', treatment }, [], roles)).toEqual({ personIds: new Set(['p-1', 'p-2']), source: 'owner' });
    expect(designatedAcceptors({ treatment }, [], roles)).toEqual({ personIds: new Set(), source: 'none' });
  });
});
