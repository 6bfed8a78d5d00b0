// Coverage of the AIMS across the cycle and the proposed sample of the next audit.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { proposeSample } from './audit-sample.ts';
import { cycleCoverage, leafClausesOf } from './coverage.ts';

const cert = build.certificates({ id: 'cert-1', decisionOn: '2026-03-10', expiresOn: '2029-03-09' });
const soa = ['A.2.2', 'A.5.4', 'A.6.2.7', 'A.10.3'].map((controlId) => build.soaEntries({ id: `soa-${controlId}`, controlId }));
const excluded = build.soaEntries({ id: 'soa-x', controlId: 'A.9.4', applicable: false, implementationStatus: 'not-applicable' });
const stage2 = build.externalAudits({ id: 'st2', kind: 'stage-2', actualStart: '2026-01-19', status: 'done', sampledRefs: ['4', '5', '6.1.3', 'A.2.2', 'A.9.4'] });
const s1 = build.externalAudits({ id: 's1', kind: 'surveillance-1', actualStart: '2027-02-01', status: 'done', sampledRefs: ['9.2', '10.2', 'A.5.4'] });
const s2 = build.externalAudits({ id: 's2', kind: 'surveillance-2', plannedStart: '2028-02-01', status: 'planned', sampledRefs: ['7.5'] });

describe('cycleCoverage', () => {
  const c = cycleCoverage(aimsOf({ certificates: [cert], soaEntries: [...soa, excluded], externalAudits: [stage2, s1, s2] }), '2027-06-01');

  it('expands a parent clause to its leaves and counts only applicable controls', () => {
    expect(leafClausesOf('9.2')).toEqual(['9.2.1', '9.2.2']);
    const st2 = c.audits.find((a) => a.auditId === 'st2')!;
    expect(st2.covers.clauses).toEqual(['4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '6.1.3']);
    expect(st2.covers.controls).toEqual(['A.2.2']);
    expect(st2.outside).toEqual(['A.9.4']);
  });

  it('says what the held audits covered, what only a planned one will, and what is still uncovered', () => {
    expect(c.universe.controls).toEqual(['A.2.2', 'A.5.4', 'A.6.2.7', 'A.10.3']);
    expect(c.covered.controls).toEqual(['A.2.2', 'A.5.4']);
    expect(c.plannedOnly.clauses).toEqual(['7.5.1', '7.5.2', '7.5.3']);
    expect(c.uncovered.controls).toEqual(['A.6.2.7', 'A.10.3']);
    expect(c.uncovered.clauses).toContain('8.4');
    expect(c.uncovered.clauses).not.toContain('9.2.1');
    expect(c.complete).toBe(false);
  });

  it('shows 100% only when complete, however large the universe', () => {
    const own = Array.from({ length: 300 }, (_, i) => build.soaEntries({ id: `soa-org-${i}`, controlId: `ORG-${i}` }));
    const all = build.externalAudits({ id: 'all', kind: 'surveillance-1', actualStart: '2027-02-01', status: 'done', sampledRefs: ['4', '5', '6', '7', '8', '9', '10', ...own.slice(1).map((e) => e.controlId)] });
    const nearly = cycleCoverage(aimsOf({ certificates: [cert], soaEntries: own, externalAudits: [all] }), '2027-06-01');
    expect(nearly.uncovered.controls).toEqual(['ORG-0']);
    expect(nearly.percent).toBe(99);
  });
});

describe('proposeSample', () => {
  const risky = build.risks({ id: 'r1', aiSystemIds: ['ais-hi'], treatment: { option: 'modify', controlIds: ['A.10.3'], actions: [] } });
  const risky2 = build.risks({ id: 'r2', aiSystemIds: ['ais-lo'], treatment: { option: 'modify', controlIds: ['A.10.3', 'A.6.2.7'], actions: [] } });
  const systems = [build.aiSystems({ id: 'ais-hi', complexity: 'high' }), build.aiSystems({ id: 'ais-lo', complexity: 'low' }), build.aiSystems({ id: 'ais-md', complexity: 'medium' })];
  const aims = aimsOf({ certificates: [cert], soaEntries: soa, externalAudits: [stage2, s1], risks: [risky, risky2], aiSystems: systems });

  it('a surveillance sample takes what every surveillance looks at, then the uncovered, most risks first', () => {
    const s = proposeSample(aims, '2027-06-01', { auditKind: 'surveillance', size: 3 });
    expect(s.items.map((i) => i.ref)).toEqual(['4.3', '6.1.3', '9.2.2', '9.3.2', '10.2', 'A.10.3', 'A.6.2.7', '6.1.4']);
    expect(s.items.find((i) => i.ref === 'A.10.3')).toMatchObject({ uncovered: true, riskCount: 2, aiComplexity: 'high' });
    // 5.2 weighs as much as 6.1.4 but Stage 2 covered it; 6.1.4 is uncovered.
    expect(s.items.find((i) => i.ref === '6.1.4')?.reasons).toEqual(['Not yet covered in this cycle.', 'AI impact assessments are among the five most scrutinised documents.']);
  });

  it('samples the most complex AI systems not yet sampled, √n of those in scope', () => {
    const s = proposeSample(aims, '2027-06-01');
    expect(s.aiSystems.map((a) => a.id)).toEqual(['ais-hi', 'ais-md']);
  });

  it('a Stage 2 sample covers every clause and ranks the controls', () => {
    const s = proposeSample(aims, '2027-06-01', { auditKind: 'stage-2', size: 2 });
    expect(s.items.filter((i) => i.kind === 'clause')).toHaveLength(c0());
    expect(s.items.filter((i) => i.kind === 'control').map((i) => i.ref)).toEqual(['A.10.3', 'A.6.2.7']);
  });
});

function c0(): number {
  return cycleCoverage(aimsOf(), '2026-01-01').universe.clauses.length;
}
