// The audit-day estimate with its adjustments, pinned to the default table: 300 persons → 15 / 5 / 10 days before
// any adjustment. AI inputs, the 30% cap, an integrated audit (IAF MD 11) and multi-site time (IAF MD 1).
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { auditDayInputsFromRecords, estimateOrganisationAuditDays, siteInputsFromRecords } from './audit-day-estimate.ts';
import { multiSitePlan } from './multi-site.ts';
import { defaultAuditTimeTable, MAX_COMPLEXITY_REDUCTION } from './audit-time.ts';

const ids = (e: ReturnType<typeof estimateOrganisationAuditDays>) => e!.adjustments.map((a) => `${a.id}:${a.share}`);

describe('estimateOrganisationAuditDays', () => {
  it('without inputs is the table: 15 initial, 5 surveillance, 10 recertification, no adjustment', () => {
    const e = estimateOrganisationAuditDays(300)!;
    expect(e).toMatchObject({ initial: { days: 15, stage1: 4.5, stage2: 10.5 }, surveillance: { days: 5 }, recertification: { days: 10 }, adjustments: [] });
    expect(e.tableDays).toEqual({ initial: 15, surveillance: 5, recertification: 10 });
    expect(e.rules.at(-1)).toContain('applies no adjustment');
  });

  it('adds time for a developer of many complex, high-risk AI systems built on bought-in models, each step with its source', () => {
    const e = estimateOrganisationAuditDays(300, { inputs: { aiSystems: 12, complexAiSystems: 4, aiRoles: ['provider', 'deployer'], highRiskUses: 3, outsourcedAiSystems: 2 } })!;
    expect(ids(e)).toEqual(['ai-systems:0.1', 'ai-complexity:0.1', 'ai-roles:0.1', 'high-risk-uses:0.15', 'outsourced-ai:0.05']);
    // +50% of 15 → 22.5 initial; surveillance 7.5; recertification 15.
    expect(e).toMatchObject({ initial: { days: 22.5 }, surveillance: { days: 7.5 }, recertification: { days: 15 } });
    expect(e.adjustments.every((a) => a.confidence === 'configurable' && a.source.startsWith('our assumption'))).toBe(true);
    expect(e.rules.some((r) => r.includes('Complexity adjustments together: +50% of the table’s 15 initial days → 22.5'))).toBe(true);
  });

  it('reduces for a user of one or two AI systems, within the 30% IAF MD 5 allows', () => {
    const small = estimateOrganisationAuditDays(300, { inputs: { aiSystems: 2, aiRoles: ['user'] } })!;
    expect(ids(small)).toEqual(['ai-systems:-0.1', 'ai-roles:-0.05']);
    expect(small.initial.days).toBe(13); // 15 × 0.85 = 12.75 → 13
    // The integrated-audit reduction comes after, on the adjusted days: 13 × 0.8 = 10.4 → 10.5.
    const e = estimateOrganisationAuditDays(300, { inputs: { aiSystems: 1, aiRoles: ['user'], integratedWith: ['ISO/IEC 27001'], integration: 'full' } })!;
    expect(ids(e)).toEqual(['ai-systems:-0.1', 'ai-roles:-0.05', 'integrated-audit:-0.2']);
    expect(e.initial.days).toBe(10.5);
  });

  it('never reduces by more than IAF MD 5’s 30%, whatever the inputs', () => {
    const least = estimateOrganisationAuditDays(300, { inputs: { aiSystems: 0, complexAiSystems: 0, aiRoles: ['user', 'customer'], highRiskUses: 0, outsourcedAiSystems: 0 } })!;
    expect(least.adjustments.reduce((s, a) => s + a.share, 0)).toBeGreaterThanOrEqual(-MAX_COMPLEXITY_REDUCTION);
  });

  it('applies the integrated-audit reduction of IAF MD 11: 10% partly integrated, 20% fully, labelled likely', () => {
    const partly = estimateOrganisationAuditDays(300, { inputs: { integratedWith: ['ISO/IEC 27001', 'ISO 9001'] } })!;
    expect(partly.initial.days).toBe(13.5);
    expect(partly.adjustments[0]).toMatchObject({ id: 'integrated-audit', share: -0.1, confidence: 'likely' });
    expect(partly.adjustments[0]!.source).toContain('IAF MD 11');
    expect(estimateOrganisationAuditDays(300, { inputs: { integratedWith: ['ISO/IEC 27001'], integration: 'full' } })!.initial.days).toBe(12);
  });
});

describe('multi-site rules (IAF MD 1)', () => {
  const table = defaultAuditTimeTable;
  it('samples only sites that run the same processes; a site with processes of its own is visited every time', () => {
    const sites = [
      { id: 'hq', central: true },
      ...['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9'].map((id) => ({ id, central: false, processes: ['Lending', 'Customer service'] })),
      { id: 'lab', central: false, processes: ['Model development'] },
    ];
    const p = multiSitePlan(sites, table);
    expect(p.groups.map((g) => [g.siteIds.length, g.sampled, g.initial, g.surveillance, g.recertification])).toEqual([[9, true, 3, 2, 3], [1, false, 1, 1, 1]]);
    expect(p.visited).toEqual({ initial: 4, surveillance: 3, recertification: 4 });
    // Processes compare regardless of order and case.
    expect(multiSitePlan([{ id: 'a', central: false, processes: ['X', 'y'] }, { id: 'b', central: false, processes: ['Y', 'x'] }], table).groups).toHaveLength(1);
  });

  it('counts time for each site visited, at most 50% less than the table for its personnel, and never goes below it', () => {
    // Central function 262 persons (table 14 days → at least 7), two sites running processes of their own, 108 and 40
    // persons (12 → 6, 8.5 → 4.25): 17.25 → at least 17.5 initial days (surveillance 5.75 → 6, recertification 11.5),
    // more than the single-site 15 days for all 410 persons.
    const sites = [
      { id: 'leeds', central: true, personnel: 262 },
      { id: 'manchester', central: false, personnel: 108, processes: ['Customer contact'] },
      { id: 'dublin', central: false, personnel: 40, processes: ['EU lending'] },
    ];
    const e = estimateOrganisationAuditDays(410, { sites })!;
    expect(e.multiSite?.minimumDays).toEqual({ initial: 17.5, surveillance: 6, recertification: 11.5 });
    expect(e.tableDays.initial).toBe(15);
    expect(e).toMatchObject({ initial: { days: 17.5 }, surveillance: { days: 6 }, recertification: { days: 11.5 } });
    expect(e.rules.some((r) => r.includes('the estimate takes the larger (IAF MD 1)'))).toBe(true);
    // Small sites whose time stays under the single-site figure leave the table's days, and say no adjustment applies.
    const small = estimateOrganisationAuditDays(410, { sites: [{ id: 'c', central: true, personnel: 300 }, { id: 's', central: false, personnel: 10, processes: ['Sales'] }] })!;
    expect(small.multiSite?.minimumDays?.initial).toBe(10); // 15 / 2 + 5 / 2
    expect(small.initial.days).toBe(15);
    expect(small.rules.some((r) => r.includes('applies no adjustment'))).toBe(true);
    // Without every site's personnel the time for sites is not counted, and the rules say so.
    const unknown = estimateOrganisationAuditDays(410, { sites: sites.map(({ personnel: _p, ...s }) => s) })!;
    expect(unknown.initial.days).toBe(15);
    expect(unknown.multiSite?.rules.at(-1)).toContain('it needs every site’s personnel');
  });
});

describe('auditDayInputsFromRecords', () => {
  it('counts in-scope AI systems, the complex and high-risk ones, and those built on an AI supplier', () => {
    const supplier = build.suppliers({ id: 'sup-llm', provides: ['foundation-model'] });
    const aims = aimsOf({
      suppliers: [supplier, build.suppliers({ id: 'sup-cloud', provides: ['compute'] })],
      aiSystems: [
        build.aiSystems({ id: 'a', complexity: 'high', euAiActRiskClass: 'high-risk', supplierIds: ['sup-llm'] }),
        build.aiSystems({ id: 'b', complexity: 'low', supplierIds: ['sup-cloud'] }),
        build.aiSystems({ id: 'c', complexity: 'high', status: 'retired' }),
        build.aiSystems({ id: 'd', complexity: 'medium', inScope: false }),
      ],
      sites: [build.sites({ id: 's', central: true, personnel: 10, processes: ['All'] })],
    }, { aiRoles: ['developer'] });
    expect(auditDayInputsFromRecords(aims)).toEqual({ aiSystems: 2, complexAiSystems: 1, aiRoles: ['developer'], highRiskUses: 1, outsourcedAiSystems: 1 });
    expect(siteInputsFromRecords(aims)).toEqual([{ id: 's', central: true, personnel: 10, processes: ['All'] }]);
    // No AI system recorded is not a narrow AIMS.
    expect(auditDayInputsFromRecords(aimsOf()).aiSystems).toBeUndefined();
  });
});
