// Proposals side by side: cycle totals, the below-floor warning, the technical assessor, and each body's verdict.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { compareProposals } from './compare-proposals.ts';

const ukas = build.accreditationBodies({ id: 'ukas', acronym: 'UKAS', iafMlaScope: { managementSystemCertification: true, checkedOn: '2026-09-01', source: 'IAF member list' } });
const accredited = [{ standard: 'ISO/IEC 42001', accreditationBodyId: 'ukas', verifiedOn: '2026-05-01' }];
const good = build.certificationBodies({ id: 'cb-good', name: 'Good', accreditations: accredited, sectorExperience: ['Financial services'] });
const only27001 = build.certificationBodies({ id: 'cb-27001', name: 'Cheap', accreditations: [{ ...accredited[0]!, standard: 'ISO/IEC 27001' }], sectorExperience: ['Financial services'] });
const fair = build.proposals({
  id: 'p-good', certificationBodyId: 'cb-good', currency: 'GBP', otherFees: 1500,
  auditDays: { stage1: 4.5, stage2: 10.5, surveillance1: 5, surveillance2: 5, recertification: 10 },
  fees: { stage1: 5000, stage2: 12000, surveillance1: 5500, surveillance2: 5500, recertification: 11000 },
  technicalAssessor: { name: 'T. Assessor', expertise: 'ML model validation' },
});
const cheap = build.proposals({
  id: 'p-cheap', certificationBodyId: 'cb-27001', currency: 'GBP',
  auditDays: { stage1: 2, stage2: 8, surveillance1: 3, surveillance2: 4, recertification: 9 },
  fees: { stage1: 2000, stage2: 7000, surveillance1: 2500, surveillance2: 2500, recertification: 6000 },
});
const aims = (extra: Parameters<typeof aimsOf>[0] = {}) => aimsOf(
  { accreditationBodies: [ukas], certificationBodies: [good, only27001], proposals: [fair, cheap], ...extra },
  { sector: 'financial services', effectivePersonnel: 300 },
);

describe('compareProposals', () => {
  const c = compareProposals(aims(), '2026-06-01');
  const row = (id: string) => c.proposals.find((p) => p.proposalId === id)!;

  it('totals the fees of the whole 3-year cycle, other fees included', () => {
    expect(row('p-good')).toMatchObject({ totalFees: 40500, initialDays: 15, totalDays: 35, feePerAuditDay: 1157 });
    expect(row('p-cheap').totalFees).toBe(20000);
  });

  it('warns when days fall under the table’s days less the largest allowed reduction (30%), audit by audit', () => {
    expect(c.floor?.initial.days).toBe(15);
    expect(row('p-good').belowFloor).toEqual([]);
    // 300 persons: floors 10.5 initial, 3.5 surveillance, 7 recertification. 10 < 10.5 and 3 < 3.5; 4 and 9 are above.
    expect(row('p-cheap').belowFloor.map((b) => `${b.audit}:${b.days}/${b.floor}/${b.tableDays}`)).toEqual(['initial:10/10.5/15', 'surveillance1:3/3.5/5']);
    expect(row('p-cheap').warnings[0]).toBe("Initial (Stage 1 + Stage 2) days 10 are 67% of the table's 15, under the floor of 10.5 (the table's days less the largest reduction allowed for complexity, 30%): an under-scoped audit, or accreditation costs not priced in.");
    expect(c.floorRule).toMatch(/less the largest reduction a body may justify for low complexity \(30%, IAF MD 5\), i\.e\. under 70% of them/);
  });

  it('does not flag days between 70% and 80% of the table, which the old 80% rule did: a reduction the body may justify', () => {
    const justified = { ...cheap, id: 'p-75', certificationBodyId: 'cb-good', auditDays: { stage1: 3, stage2: 8.5, surveillance1: 3.5, surveillance2: 3.5, recertification: 7 } };
    const c3 = compareProposals(aims({ proposals: [justified] }), '2026-06-01');
    expect(c3.proposals[0]!.belowFloor).toEqual([]);
    const below = { ...justified, auditDays: { ...justified.auditDays, stage2: 7 } };
    expect(compareProposals(aims({ proposals: [below] }), '2026-06-01').proposals[0]!.belowFloor.map((b) => b.audit)).toEqual(['initial']);
  });

  it('puts each body’s suitability verdict beside its proposal, and prefers the cheapest suitable one', () => {
    expect(row('p-good').suitability?.verdict).toBe('suitable');
    expect(row('p-cheap').suitability?.verdict).toBe('unsuitable');
    expect(c.cheapestSuitableId).toBe('p-good');
  });

  it('warns about a missing technical assessor only when an in-scope AI system is highly complex', () => {
    expect(row('p-cheap').warnings.some((w) => w.startsWith('No technical assessor'))).toBe(false);
    const complex = compareProposals(aims({ aiSystems: [build.aiSystems({ name: 'Credit model', complexity: 'high' })] }), '2026-06-01');
    expect(complex.proposals.find((p) => p.proposalId === 'p-cheap')!.warnings).toContain('No technical assessor, though 1 in-scope AI system(s) are of high complexity (Credit model).');
    expect(complex.proposals.find((p) => p.proposalId === 'p-good')!.warnings).toEqual([]);
  });

  it('warns of a threat to the body’s impartiality beside its proposal, such as a former consultant as lead auditor', () => {
    const withConsultant = aimsOf(
      { accreditationBodies: [ukas], certificationBodies: [good], proposals: [{ ...fair, leadAuditor: { ...fair.leadAuditor, name: 'Pat Adviser' } }] },
      { sector: 'financial services', effectivePersonnel: 300, managementSystemConsultants: [{ name: 'Pat Adviser', endedOn: '2025-12-31' }] },
    );
    const [p] = compareProposals(withConsultant, '2026-06-01').proposals;
    expect(p!.warnings).toEqual(['Impartiality: Pat Adviser gave the organisation management-system consultancy until 2025-12-31 and is named in proposal p-good (lead auditor): under ISO/IEC 17021-1 they take no part in its audits until 2027-12-31.']);
  });

  it('does not pick a cheapest across currencies', () => {
    const mixed = compareProposals(aims({ proposals: [fair, { ...cheap, certificationBodyId: 'cb-good', currency: 'EUR' }] }), '2026-06-01');
    expect(mixed.currencies).toEqual(['EUR', 'GBP']);
    expect(mixed.cheapestSuitableId).toBeUndefined();
  });

  it('picks the cheapest suitable one when only an unsuitable body quotes in another currency', () => {
    const second = { ...fair, id: 'p-good-2', fees: { ...fair.fees, stage2: 9000 } };
    const c2 = compareProposals(aims({ proposals: [fair, second, { ...cheap, currency: 'EUR' }] }), '2026-06-01');
    expect(c2.currencies).toEqual(['EUR', 'GBP']);
    expect(c2.cheapestSuitableId).toBe('p-good-2');
  });
});
