// Tests of risk levels, the acceptance threshold in force and residual-risk acceptance by the owner.
import { describe, expect, it } from 'vitest';
import type { Role } from '../model/index.ts';
import { build } from '../../../test/factories.ts';
import { designatedAcceptors, judgeLevel, maxLevel, residualAcceptance, residualLevel, riskLevel, thresholdsInForce } from './risk-levels.ts';

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

describe('residualAcceptance', () => {
  const treated = (acceptedBy?: string) => ({ option: 'modify' as const, controlIds: [], actions: [], residualAcceptedById: acceptedBy });
  const roles = new Map<string, Role>([['role-x', build.roles({ id: 'role-x', kind: 'committee', holderIds: ['p-1'], accountableChairId: 'p-2' })]]);

  it('accepts the owning person only', () => {
    expect(residualAcceptance({ ownerId: 'p-1', treatment: treated('p-1') }, roles)).toBe('by-owner');
    expect(residualAcceptance({ ownerId: 'p-1', treatment: treated('p-9') }, roles)).toBe('by-someone-else');
  });
  it('accepts a holder or the chair of the owning role', () => {
    expect(residualAcceptance({ ownerRoleId: 'role-x', treatment: treated('p-1') }, roles)).toBe('by-owner');
    expect(residualAcceptance({ ownerRoleId: 'role-x', treatment: treated('p-2') }, roles)).toBe('by-owner');
    expect(residualAcceptance({ ownerRoleId: 'role-x', treatment: treated('p-3') }, roles)).toBe('by-someone-else');
  });
  it('reports no acceptance and unknown owners', () => {
    expect(residualAcceptance({ ownerId: 'p-1', treatment: treated() }, roles)).toBe('not-accepted');
    expect(residualAcceptance({ ownerId: 'p-1' }, roles)).toBe('not-accepted');
    expect(residualAcceptance({ treatment: treated('p-1') }, roles)).toBe('owner-unknown');
    expect(residualAcceptance({ ownerRoleId: 'role-gone', treatment: treated('p-1') }, roles)).toBe('owner-unknown');
  });
  it('judges by the management the risk or the methodology designates, not the owner, when they do', () => {
    const committee = [build.riskMethodologies({ id: 'rm-1', residualAcceptance: { roleIds: ['role-x'] } })];
    expect(residualAcceptance({ ownerId: 'p-9', treatment: treated('p-2') }, roles, committee)).toBe('by-designated');
    expect(residualAcceptance({ ownerId: 'p-9', treatment: treated('p-9') }, roles, committee)).toBe('by-someone-else');
    expect(residualAcceptance({ ownerId: 'p-9', treatment: { ...treated('p-5'), residualAcceptorId: 'p-5' } }, roles, committee)).toBe('by-designated');
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
