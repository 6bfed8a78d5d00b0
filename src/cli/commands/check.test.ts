// Tests of `aims check` and `aims checks`: output, exit codes and bad input, and the same answer from a bundle
// and from the database (on every database the suite reaches).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aims } from '../../../test/cli.ts';
import { aimsOf, build } from '../../../test/factories.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import type { AimsSnapshot } from '../../domain/index.ts';
import { buildDemoOrganisation } from '../../domain/demo/index.ts';
import { writeBundle } from '../../store/bundle/index.ts';
import { importOrganisation } from '../../services/import-organisation.ts';
import { sampleSnapshot } from '../../store/sample-snapshot.test-support.ts';

const NOW = '2026-11-01';


const work = mkdtempSync(join(tmpdir(), 'openaims-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function bundle(name: string, snapshot: AimsSnapshot): Promise<string> {
  const dir = join(work, name);
  await writeBundle(dir, snapshot);
  return dir;
}

/** An AIMS with one minor finding (a forgotten Annex A control) and no major one in a Stage 1 area is rare; this has both. */
const smallAims = () => aimsOf({ soaEntries: [build.soaEntries({ id: 'soa-policy', controlId: 'A.2.2' })] }, { id: 'org-small', name: 'Small Org' });

describe('aims check on a bundle', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await bundle('small', smallAims());
  });

  it('prints findings by severity with refs, records and fixes, then the summary and the verdict last', async () => {
    const { code, out } = await aims('check', dir, '--now', NOW);
    expect(code).toBe(1);
    expect(out).toMatch(/^OpenAIMS readiness check of Small Org \(org-small\) as of 2026-11-01/);
    const major = out.indexOf('MAJOR (');
    const minor = out.indexOf('MINOR (');
    expect(major).toBeGreaterThan(0);
    expect(minor === -1 || minor > major).toBe(true);
    expect(out).toContain('  soa-incomplete  [6.1.3]');
    expect(out).toContain('37 of the 38 Annex A controls are neither included nor excluded');
    expect(out).toContain('    about: organisation/org-small "Small Org"');
    expect(out).toMatch(/ {4}fix: {3}Add an SoA entry/);
    expect(out).toContain('Evidence index\n');
    expect(out).toContain('[ ] 7. Document version freeze');
    const lines = out.trimEnd().split('\n');
    expect(lines.findIndex((l) => l.startsWith('Stage 1 verdict: NOT READY FOR STAGE 2'))).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Readiness steps')));
  });

  it('prints the documented JSON and keeps its exit code', async () => {
    const { code, out } = await aims('check', dir, '--now', NOW, '--format', 'json');
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['verdict', 'findings', 'evidenceIndex', 'readinessSteps', 'summary', 'passes']));
    expect(json.verdict.verdict).toBe('not-ready');
    const finding = json.findings.find((f: { check: string }) => f.check === 'soa-incomplete');
    expect(Object.keys(finding).sort()).toEqual(['check', 'decidesVerdict', 'fix', 'grading', 'instances', 'message', 'outcome', 'refs', 'severity', 'subjects']);
    expect(json.findings.every((f: { outcome: string }) => f.outcome === 'finding' || f.outcome === 'needs-review')).toBe(true);
    expect(json.readinessSteps).toHaveLength(7);
    expect(json.evidenceIndex.controls.map((c: { ref: string }) => c.ref)).toEqual(['A.2.2']);
  });

  it('exits 1 at --fail-on observation when --fail-on major would have passed, and 0 the other way round', async () => {
    const onlyMinor = aimsOf({ evidenceItems: [build.evidenceItems({ refs: ['4.1'] })] }, { id: 'org-minor', name: 'Minor Org' });
    const results = (await aims('check', await bundle('minor', onlyMinor), '--now', NOW, '--format', 'json'));
    const severities = new Set(JSON.parse(results.out).findings.filter((f: { outcome: string }) => f.outcome === 'finding').map((f: { severity: string }) => f.severity));
    // Whatever the registered checks find here, --fail-on must agree with the severities reported.
    expect(results.code).toBe(severities.has('major') ? 1 : 0);
    const strict = await aims('check', join(work, 'minor'), '--now', NOW, '--fail-on', 'observation');
    expect(strict.code).toBe(severities.size > 0 ? 1 : 0);
  });

  it('rejects bad input with exit 2 and says what was wrong', async () => {
    expect(await aims('check', dir, '--fail-on', 'critical')).toMatchObject({ code: 2, err: expect.stringContaining("argument 'critical' is invalid. Allowed choices are major, minor, observation.") });
    expect(await aims('check', dir, '--now', '2026-13-01')).toMatchObject({ code: 2, err: expect.stringContaining('--now must be a date') });
    expect(await aims('check', dir, '--format', 'xml')).toMatchObject({ code: 2 });
    expect(await aims('check', dir, '--org', 'someone-else')).toMatchObject({ code: 2, err: expect.stringContaining('holds organisation "org-small"') });
    expect(await aims('check', join(work, 'nowhere'))).toMatchObject({ code: 2, err: expect.stringContaining('There is no bundle folder') });
    expect(await aims('check', '--db', join(work, 'missing.sqlite'))).toMatchObject({ code: 2, err: expect.stringContaining('There is no database') });
    expect((await aims('check', dir, '--bogus')).code).toBe(2);
  });

  it('names file and line when the bundle does not validate', async () => {
    const broken = await bundle('broken', smallAims());
    writeFileSync(join(broken, 'soa-entries.yaml'), '- id: soa-policy\n  controlId: A.2.2\n  applicable: maybe\n');
    const { code, err } = await aims('check', broken);
    expect(code).toBe(2);
    expect(err).toMatch(/soa-entries\.yaml:\d+/);
  });
});

describe('aims checks', () => {
  it('lists every check with its metadata, as text and as JSON', async () => {
    const json = await aims('checks', '--format', 'json');
    expect(json.code).toBe(0);
    const list = JSON.parse(json.out) as { id: string; refs: string[]; surfaces: string[]; fix: string }[];
    expect(list.map((c) => c.id)).toContain('evidence-gap');
    expect(list.find((c) => c.id === 'soa-incomplete')).toMatchObject({ severity: 'minor', refs: ['6.1.3'], surfaces: ['stage-1'] });
    const text = await aims('checks');
    expect(text.out).toContain('soa-incomplete  minor  [6.1.3]  surfaces: stage-1');
    expect(text.out).toContain(`${list.length} checks`);
  });
});

describeEachDatabase('aims check gives the same answer from a bundle and from the database', (getDb, info) => {
  it('on a snapshot with records of every register', async () => {
    const snapshot = sampleSnapshot('org-same');
    await importOrganisation(getDb(), snapshot, { actor: 'test', at: '2026-11-01T00:00:00Z' });
    const dir = await bundle(`same-${info().kind}`, snapshot);
    const fromBundle = await aims('check', dir, '--now', NOW, '--format', 'json', '--fail-on', 'observation');
    const fromDb = await aims('check', '--db', info().target, '--org', 'org-same', '--now', NOW, '--format', 'json', '--fail-on', 'observation');
    expect(fromBundle.err).toBe('');
    expect(JSON.parse(fromDb.out)).toEqual(JSON.parse(fromBundle.out));
    expect(fromDb.code).toBe(fromBundle.code);
    expect(JSON.parse(fromBundle.out).findings.length).toBeGreaterThan(0);
  });

  it('picks the only organisation without --org, and asks for --org when there are several', async () => {
    const only = await aims('check', '--db', info().target, '--now', NOW);
    expect(only.out).toContain('as of 2026-11-01');
    expect(only.out).toContain('(org-same)');
    await importOrganisation(getDb(), aimsOf({}, { id: 'org-other' }), { actor: 'test' });
    const several = await aims('check', '--db', info().target, '--now', NOW);
    expect(several).toMatchObject({ code: 2, err: expect.stringContaining('choose one with --org: org-other (') });
  });

  it('on the demo organisation, whose findings the demo plants', async () => {
    const demo = buildDemoOrganisation({ asOf: NOW });
    await importOrganisation(getDb(), demo, { actor: 'test', at: '2026-11-01T00:00:00Z' });
    const dir = await bundle(`demo-${info().kind}`, demo);
    const fromBundle = await aims('check', dir, '--now', NOW, '--format', 'json');
    const fromDb = await aims('check', '--db', info().target, '--org', demo.organisation.id, '--now', NOW, '--format', 'json');
    expect(JSON.parse(fromDb.out)).toEqual(JSON.parse(fromBundle.out));
    expect(fromDb.code).toBe(fromBundle.code);
    expect(JSON.parse(fromBundle.out).summary.organisation.id).toBe(demo.organisation.id);
  });
});
