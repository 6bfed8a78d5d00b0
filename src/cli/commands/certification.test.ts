// Tests of `aims audit-days`, `aims plan` and `aims certification`: outputs, the calendar, bad input, and the same
// records from a bundle and from the database (on every database the suite reaches).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { aims } from '../../../test/cli.ts';
import { aimsOf, build } from '../../../test/factories.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { writeBundle } from '../../store/bundle/index.ts';
import { importOrganisation } from '../../services/import-organisation.ts';


const work = mkdtempSync(join(tmpdir(), 'openaims-cert-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('aims audit-days', () => {
  it('gives 15 initial, 5 surveillance and 10 recertification days for 300 persons', async () => {
    const { code, out } = await aims('audit-days', '--personnel', '300', '--sites', '16', '--format', 'json');
    expect(code).toBe(0);
    const d = JSON.parse(out);
    expect(d).toMatchObject({ initial: { days: 15 }, surveillance: { days: 5 }, recertification: { days: 10 }, sites: { initial: 4, surveillance: 3, recertification: 4 } });
    expect(d.row).toMatchObject({ personsMin: 276, personsMax: 425 });
    expect(d.table.name).toContain('ISO/IEC 27006');
  });

  it('prints the table row, the rules and the sample in text', async () => {
    const { out } = await aims('audit-days', '--personnel', '300');
    expect(out).toContain('Initial audit             15  (Stage 1 4.5 + Stage 2 10.5)');
    expect(out).toContain('row 276–425 persons → 15 days');
    expect(out).toContain('nearest half day');
    expect(out).toContain('Single site');
  });

  it('uses the body’s own table, and names file and line when it is wrong', async () => {
    const good = join(work, 'body.tsv');
    writeFileSync(good, 'persons_min\tpersons_max\tdays\n1\t500\t12\n501\t\t20\n');
    expect(JSON.parse((await aims('audit-days', '--personnel', '300', '--table', good, '--format', 'json')).out).initial.days).toBe(12);
    const bad = join(work, 'bad.tsv');
    writeFileSync(bad, '1\t500\t12\n502\t\t20\n');
    const r = await aims('audit-days', '--personnel', '300', '--table', bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${bad}:2: personsMin: must be 501`);
  });

  it('refuses a personnel count that is not a whole number', async () => {
    expect((await aims('audit-days', '--personnel', 'many')).code).toBe(2);
    expect(await aims('audit-days')).toMatchObject({ code: 2, err: expect.stringContaining('Give --personnel') });
  });

  it('adjusts for the AI in scope and an integrated audit, each adjustment with its source, in JSON', async () => {
    const { code, out } = await aims('audit-days', '--personnel', '300', '--ai-systems', '12', '--complex-ai-systems', '4', '--ai-roles', 'provider,deployer',
      '--high-risk-uses', '3', '--outsourced-ai', '2', '--integrated-with', 'ISO/IEC 27001', '--integration', 'full', '--format', 'json');
    expect(code).toBe(0);
    const d = JSON.parse(out);
    // 15 × 1.5 = 22.5, then × 0.8 for a fully integrated audit = 18; surveillance 7.5 × 0.8 = 6; recertification 15 × 0.8 = 12.
    expect(d).toMatchObject({ initial: { days: 18 }, surveillance: { days: 6 }, recertification: { days: 12 }, tableDays: { initial: 15, surveillance: 5, recertification: 10 } });
    expect(d.inputs).toEqual({ aiSystems: 12, complexAiSystems: 4, aiRoles: ['provider', 'deployer'], highRiskUses: 3, outsourcedAiSystems: 2, integratedWith: ['ISO/IEC 27001'], integration: 'full' });
    expect(d.adjustments.map((a: { id: string; confidence: string }) => `${a.id}:${a.confidence}`)).toEqual([
      'ai-systems:configurable', 'ai-complexity:configurable', 'ai-roles:configurable', 'high-risk-uses:configurable', 'outsourced-ai:configurable', 'integrated-audit:likely',
    ]);
    expect(d.adjustments.at(-1).source).toContain('IAF MD 11');
  });

  it('samples only sites running the same processes: --distinct-sites are visited every time', async () => {
    const d = JSON.parse((await aims('audit-days', '--personnel', '300', '--sites', '10', '--distinct-sites', '2', '--format', 'json')).out);
    // 8 sites alike: √8 → 3, 0.6·√8 → 2, 0.8·√8 → 3; plus the 2 with processes of their own at every audit.
    expect(d.sites).toMatchObject({ sites: 10, initial: 5, surveillance: 4, recertification: 5 });
    expect(d.multiSite.groups.map((g: { sampled: boolean }) => g.sampled)).toEqual([true, false, false]);
    expect(await aims('audit-days', '--personnel', '300', '--sites', '1', '--distinct-sites', '2')).toMatchObject({ code: 2, err: expect.stringContaining('more than --sites') });
    expect(await aims('audit-days', '--personnel', '300', '--integration', 'full')).toMatchObject({ code: 2, err: expect.stringContaining('--integrated-with') });
    expect((await aims('audit-days', '--personnel', '300', '--ai-roles', 'wizard')).code).toBe(2);
  });

  it('takes personnel, AI systems, roles and sites from a bundle, options overriding them', async () => {
    const dir = join(work, 'audit-days-bundle');
    await writeBundle(dir, aimsOf({
      aiSystems: [build.aiSystems({ id: 'ais-1', complexity: 'high', euAiActRiskClass: 'high-risk' })],
      sites: [
        build.sites({ id: 'leeds', central: true, personnel: 262 }),
        build.sites({ id: 'manchester', central: false, personnel: 108, processes: ['Customer contact'] }),
        build.sites({ id: 'dublin', central: false, personnel: 40, processes: ['EU lending'] }),
      ],
    }, { id: 'org-days', effectivePersonnel: 410, aiRoles: ['deployer'] }));
    const d = JSON.parse((await aims('audit-days', dir, '--format', 'json')).out);
    expect(d.personnel).toBe(410);
    expect(d.inputs).toMatchObject({ aiSystems: 1, complexAiSystems: 1, highRiskUses: 1, aiRoles: ['deployer'] });
    // One system (−10%), most of them complex (+10%), a deployer only (−5%), one high-risk use (+10%): +5% of 15 → 15.75 → 16;
    // the sites visited need at least 17.5 (IAF MD 1), which wins.
    expect(d.multiSite.minimumDays).toEqual({ initial: 17.5, surveillance: 6, recertification: 11.5 });
    expect(d.initial.days).toBe(17.5);
    expect(d.sites).toMatchObject({ sites: 2, initial: 2, surveillance: 2, recertification: 2 });
    const over = JSON.parse((await aims('audit-days', dir, '--personnel', '300', '--ai-systems', '5', '--format', 'json')).out);
    expect(over).toMatchObject({ personnel: 300, inputs: { aiSystems: 5 } });
    expect(await aims('audit-days', dir, '--sites', '3')).toMatchObject({ code: 2, err: expect.stringContaining('--sites is for an estimate without records') });
  });
});

describe('aims plan', () => {
  it('writes the cycle as a calendar with one event per phase', async () => {
    const { code, out } = await aims('plan', '--stage2', '2026-01-26', '--format', 'ics');
    expect(code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(out)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBeGreaterThanOrEqual(8);
    const at = (kind: string) => events.find((e) => e.uid === `plan-2026-01-26.${kind}@openaims`)!.startDate.toString();
    expect(at('certification-decision')).toBe('2026-03-10');
    expect(at('expiry')).toBe('2029-03-09');
    expect(at('surveillance-1')).toBe('2027-02-10');
  });

  it('prints JSON with the events, audit days and rules', async () => {
    const p = JSON.parse((await aims('plan', '--stage2', '2027-03-01', '--personnel', '300', '--format', 'json')).out);
    expect(p.events.map((e: { kind: string }) => e.kind)).toContain('recertification');
    expect(p.auditDays.initial.days).toBe(15);
    expect(p.rules.some((r: { confidence: string }) => r.confidence === 'configurable')).toBe(true);
  });

  it('needs a Stage 2 date or records, and a real date', async () => {
    expect(await aims('plan')).toMatchObject({ code: 2, err: expect.stringContaining('Give --stage2') });
    expect((await aims('plan', '--stage2', '2027-02-30')).code).toBe(2);
    // --org asks for an organisation's records: never silently a plan from the date alone.
    expect(await aims('plan', '--stage2', '2027-02-01', '--org', 'org-nowhere')).toMatchObject({ code: 2, err: expect.stringMatching(/no database|org-nowhere/i) });
  });

  it('plans from a bundle’s certificate and flags what is overdue', async () => {
    const dir = join(work, 'certified');
    await writeBundle(dir, aimsOf({ certificates: [build.certificates({ id: 'cert-1', certificationBodyId: 'cb-1' })], certificationBodies: [build.certificationBodies({ id: 'cb-1' })] }, { id: 'org-cert' }));
    const { code, out } = await aims('plan', dir, '--now', '2027-03-11');
    expect(code).toBe(0);
    expect(out).toContain('from its certificate record');
    expect(out).toMatch(/Surveillance audit 1\s+overdue\s+due by 2027-03-10/);
    // The factory organisation (120 persons) provides AI: its audit days are the table's plus 10%, said with the plan.
    expect(out).toContain("Adjusted from the table's 12 / 4 / 8 (aims audit-days gives each reason and source): ai-roles +10%.");
    // The sites come from the records; a count given as well is refused rather than silently left unused.
    expect(await aims('plan', dir, '--now', '2027-03-11', '--sites', '3')).toMatchObject({ code: 2, err: expect.stringContaining('--sites is for a plan from --stage2 alone') });
    // Calendar UIDs name the cycle's certificate: the next cycle's calendar adds events rather than replacing these.
    const ics = await aims('plan', dir, '--now', '2027-03-11', '--format', 'ics');
    const uids = new ICAL.Component(ICAL.parse(ics.out)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid);
    expect(uids).toContain('org-cert.cert-1.surveillance-1@openaims');
  });
  it('plans cycle 2 after a recertification, as text and as a calendar of its own', async () => {
    const dir = join(work, 'recertified');
    const held = (id: string, kind: 'stage-2' | 'surveillance-1' | 'surveillance-2' | 'recertification', start: string) =>
      build.externalAudits({ id, kind, plannedStart: start, actualStart: start, actualEnd: start, status: 'done' });
    await writeBundle(dir, aimsOf({
      certificationBodies: [build.certificationBodies({ id: 'cb-1' })],
      certificates: [
        build.certificates({ id: 'cert-1', certificationBodyId: 'cb-1', decisionOn: '2026-03-10', expiresOn: '2029-03-09', status: 'expired' }),
        build.certificates({ id: 'cert-2', certificationBodyId: 'cb-1', number: 'AIMS-R1', decisionOn: '2029-01-20', expiresOn: '2032-03-09', status: 'valid' }),
      ],
      externalAudits: [held('st2', 'stage-2', '2026-01-19'), held('s1', 'surveillance-1', '2027-02-08'), held('s2', 'surveillance-2', '2028-02-07'), held('re', 'recertification', '2028-12-04')],
    }, { id: 'org-re' }));
    const { code, out } = await aims('plan', dir, '--now', '2030-01-21');
    expect(code).toBe(0);
    expect(out).toContain('Recertification decision (cycle 2 starts)');
    expect(out).toMatch(/Surveillance audit 1\s+proposed\s+due by 2030-12-31/);
    expect(out).not.toContain('Stage 2 audit');
    const ics = await aims('plan', dir, '--now', '2030-01-21', '--format', 'ics');
    const events = new ICAL.Component(ICAL.parse(ics.out)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const s1 = events.find((e) => e.uid === 'org-re.cert-2.surveillance-1@openaims')!;
    expect(s1.startDate.toString()).toBe('2030-02-11'); // the anniversary, a Sunday, moved to the Monday
    expect(events.find((e) => e.uid === 'org-re.cert-2.expiry@openaims')!.startDate.toString()).toBe('2032-03-09');
  });
});

describeEachDatabase('aims certification gives the same records from a bundle and from the database', (getDb, info) => {
  it('as JSON for the web app', async () => {
    const snapshot = aimsOf({
      certificationBodies: [build.certificationBodies({ id: 'cb-1', status: 'selected' })],
      proposals: [build.proposals({ id: 'prop-1', certificationBodyId: 'cb-1' })],
      externalAudits: [build.externalAudits({ id: 'xa-1', kind: 'stage-2', plannedStart: '2026-12-07', status: 'planned' })],
    }, { id: 'org-cert-db', effectivePersonnel: 300 });
    await importOrganisation(getDb(), snapshot, { actor: 'test', at: '2026-11-01T00:00:00Z' });
    const dir = join(work, `cert-${info().kind}`);
    await writeBundle(dir, snapshot);
    const fromBundle = await aims('certification', dir, '--now', '2026-11-01', '--format', 'json');
    const fromDb = await aims('certification', '--db', info().target, '--org', 'org-cert-db', '--now', '2026-11-01', '--format', 'json');
    expect(fromBundle.err).toBe('');
    expect(JSON.parse(fromDb.out)).toEqual(JSON.parse(fromBundle.out));
    const r = JSON.parse(fromBundle.out);
    expect(r.cycle.events.find((e: { kind: string }) => e.kind === 'stage-2')).toMatchObject({ start: '2026-12-07', auditId: 'xa-1', status: 'planned' });
    expect(r.proposals.proposals[0]).toMatchObject({ proposalId: 'prop-1', totalFees: 29000 });
    expect(r.certificationBodies[0]).toMatchObject({ bodyId: 'cb-1', verdict: 'unsuitable' });
    expect(r.nextAudit).toMatchObject({ kind: 'stage-2', auditId: 'xa-1' });
    expect(r.coverage.universe.clauses.length).toBeGreaterThan(20);
  });

  it('scopes the evidence index to one audit, and names an unknown audit', async () => {
    const dir = join(work, `cert-${info().kind}`);
    const scoped = JSON.parse((await aims('certification', dir, '--audit', 'xa-1', '--now', '2026-11-01', '--format', 'json')).out);
    expect(scoped).toMatchObject({ auditId: 'xa-1', scope: 'proposed' });
    expect(scoped.clauses.map((c: { ref: string }) => c.ref)).toContain('9.2.2');
    const missing = await aims('certification', dir, '--audit', 'nope');
    expect(missing).toMatchObject({ code: 2, err: expect.stringContaining('No external audit "nope"') });
  });
});
