// The demo organisation: valid, complete, deterministic, and with the shape of a real lender's AIMS.
import { describe, expect, it } from 'vitest';
import { controls, daysBetween, indexSnapshot, registerNames, type RegisterName } from '../index.ts';
import { formatIssue, validateSnapshot } from '../validation.ts';
import { buildDemoOrganisation, DEMO_WEAKNESSES } from './index.ts';

const asOf = '2026-11-01';
const demo = buildDemoOrganisation({ asOf });

/** Registers a real AIMS cannot hold before its first certification audit, or that the demo's SoA excludes. */
const emptyByNature: RegisterName[] = ['certificates', 'externalFindings', 'freezeBaselines', 'customerExpectations'];

describe('buildDemoOrganisation', () => {
  it('is valid: schemas, unique ids and every reference', () => {
    expect(validateSnapshot(demo).map(formatIssue)).toEqual([]);
  });

  it('fills every register an AIMS holds a few months before Stage 1', () => {
    const empty = registerNames.filter((r) => demo[r].length === 0);
    expect(empty.sort()).toEqual([...emptyByNature].sort());
  });

  it('is the same for the same day, and moves with the day', () => {
    expect(buildDemoOrganisation({ asOf })).toEqual(demo);
    const later = buildDemoOrganisation({ asOf: '2027-03-15' });
    expect(daysBetween(demo.managementReviews[0]!.heldOn, later.managementReviews[0]!.heldOn)).toBe(daysBetween(asOf, '2027-03-15'));
    const stage1 = later.externalAudits.find((a) => a.kind === 'stage-1')!;
    expect(daysBetween('2027-03-15', stage1.plannedStart!)).toBeGreaterThanOrEqual(60);
    expect(daysBetween('2027-03-15', stage1.plannedStart!)).toBeLessThanOrEqual(120);
  });

  it('refuses an as-of day that is not a date', () => {
    expect(() => buildDemoOrganisation({ asOf: '2026-13-01' })).toThrow(/YYYY-MM-DD/);
  });

  it('has the shape of a real mid-sized lender’s AIMS', () => {
    expect(demo.organisation.effectivePersonnel).toBeGreaterThanOrEqual(350);
    expect(demo.organisation.certifiedManagementSystems).toContain('ISO/IEC 27001:2022');
    const inScope = demo.aiSystems.filter((s) => s.inScope && s.generalPurposeTool !== true);
    // Six systems built under the AIMS, two legacy ones adopted with a retrospective baseline, and one
    // general-purpose tool its staff use.
    expect(inScope.length).toBe(8);
    expect(demo.aiSystems.filter((s) => s.generalPurposeTool === true).map((s) => s.id)).toEqual(['ais-staff-assistant']);
    const legacy = inScope.filter((s) => s.lifecycle.retrospectiveBaseline !== undefined);
    expect(legacy.map((s) => [s.id, s.lifecycle.gates.length, s.users])).toEqual([['ais-arrears-warning', 0, 'internal'], ['ais-complaints-triage', 0, 'internal']]);
    const foundationModelUsers = inScope.filter((s) => s.supplierIds.some((id) => demo.suppliers.find((x) => x.id === id)?.provides.includes('foundation-model')));
    expect(foundationModelUsers.map((s) => s.id)).toEqual(['ais-assistant']);
    const [scope] = demo.scopeStatements;
    expect(scope!.excludedAiSystems).toHaveLength(1);
    expect(scope!.excludedAiSystems[0]!.justification).toMatch(/separate legal entity/);
    const committee = demo.roles.find((r) => r.kind === 'committee' && r.name.includes('AI Governance'));
    expect(committee?.accountableChairId).toBe('p-marcus');
    expect(demo.contextIssues.some((i) => i.climateChange === true)).toBe(true);
    expect(demo.risks.length).toBeGreaterThanOrEqual(25);
    expect(demo.riskMethodologies).toHaveLength(1);
    expect(demo.impactMethodologies).toHaveLength(1);
  });

  it('decides all 38 Annex A controls in the SoA, with a justified exclusion', () => {
    const annex = demo.soaEntries.filter((e) => controls.some((c) => c.id === e.controlId));
    expect(annex.map((e) => e.controlId).sort()).toEqual(controls.map((c) => c.id).sort());
    const excluded = annex.filter((e) => !e.applicable);
    expect(excluded.length).toBeGreaterThan(0);
    for (const e of excluded) expect(e.justification).toBeTruthy();
  });

  it('keeps its AI policy as an approved, communicated document with its text inline', () => {
    const [policy] = demo.aiPolicies;
    const doc = indexSnapshot(demo).documents.get(policy!.documentId)!;
    const current = doc.versions.find((v) => v.status === 'approved')!;
    expect(current.content).toMatch(/AI policy/);
    expect(policy!.approvedById).toBe('p-helen');
    expect(policy!.communications.length).toBeGreaterThanOrEqual(2);
  });

  it('names records that exist for every planted weakness', () => {
    const index = indexSnapshot(demo);
    for (const w of DEMO_WEAKNESSES) {
      for (const ref of w.records) {
        const [register, id] = ref.split('/') as [RegisterName, string];
        expect(index[register].has(id), ref).toBe(true);
      }
    }
  });
});
