// The demo organisation: valid, complete, deterministic, byte-stable as a bundle, and wrong only where planted.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checks } from '../../checks/index.ts';
import { runChecks } from '../../checks/engine.ts';
import { controls, daysBetween, indexSnapshot, registerNames, type RegisterName } from '../../domain/index.ts';
import { formatIssue, validateSnapshot } from '../../domain/validation.ts';
import { readBundle, writeBundle } from '../../store/bundle/index.ts';
import { buildDemoOrganisation, DEMO_WEAKNESSES } from './index.ts';

const asOf = '2026-11-01';
const demo = buildDemoOrganisation({ asOf });
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'openaims-demo-'));
  temps.push(d);
  return d;
};

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
    const inScope = demo.aiSystems.filter((s) => s.inScope);
    expect(inScope.length).toBe(6);
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

  it('gives the check catalogue the planted weaknesses to find, and nothing else', () => {
    const results = runChecks(checks, demo, { now: asOf });
    const findings = results.filter((r) => r.outcome === 'finding');
    const byCheck = new Map<string, Set<string>>();
    for (const f of findings) {
      const set = byCheck.get(f.check) ?? new Set<string>();
      for (const s of f.subjects) set.add(`${s.register}/${s.id}`);
      byCheck.set(f.check, set);
    }
    const planted = new Set<string>(DEMO_WEAKNESSES.map((w) => w.check));
    const unexpected = findings.filter((f) => !planted.has(f.check)).map((f) => `${f.check}: ${f.message}`);
    expect(unexpected).toEqual([]);
    for (const w of DEMO_WEAKNESSES) {
      // Every planted weakness has its check in the registry (a renamed or removed check must not pass silently).
      expect(checks.map((c) => c.id), w.check).toContain(w.check);
      expect([...(byCheck.get(w.check) ?? [])], w.check).toEqual(expect.arrayContaining([...w.records]));
    }
  });
});

describe('the demo as a YAML bundle', () => {
  it('writes, reads back equal, and writes again byte for byte', async () => {
    const first = tempDir();
    await writeBundle(first, demo);
    const read = await readBundle(first);
    // The bundle keeps each register sorted by id; otherwise nothing changes.
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    for (const r of registerNames) expect(read[r], r).toEqual([...(demo[r] as readonly { id: string }[])].sort(byId));
    expect(read.organisation).toEqual(demo.organisation);
    const second = tempDir();
    await writeBundle(second, read);
    const files = readdirSync(first).sort();
    expect(files).toEqual(readdirSync(second).sort());
    expect(files).toHaveLength(1 + registerNames.length - emptyByNature.length);
    for (const f of files) expect(readFileSync(join(second, f), 'utf8'), f).toBe(readFileSync(join(first, f), 'utf8'));
  });
});
