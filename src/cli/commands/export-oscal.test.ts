// Tests of `aims export --oscal` and `aims import-catalog` as a user runs them, on every database the suite reaches:
// the files written, licensed wording carried into the catalog, and bad catalogs refused with nothing written.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aims } from '../../../test/cli.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { schemaProblems, semanticProblems } from '../../reports/oscal/index.ts';
import { buildDemoOrganisation } from '../../domain/demo/index.ts';
import { importOrganisation } from '../../services/import-organisation.ts';
import { loadControlStatements } from '../../store/control-statements.ts';
import { verifyAuditTrail } from '../../store/index.ts';

const NOW = '2026-12-01';
const work = mkdtempSync(join(tmpdir(), 'openaims-oscal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A licensed catalog as a user might hold it: lower-case ids, a statement with items, and a control we do not know. */
const licensed = {
  catalog: {
    uuid: '5f0e3a52-8f43-4a55-9b1c-1c7d1f6a2b10',
    metadata: { title: 'Licensed ISO/IEC 42001 wording (test)', 'last-modified': '2026-11-30T12:00:00Z', version: '1', 'oscal-version': '1.2.1' },
    groups: [{
      id: 'a.6', title: 'Life cycle',
      controls: [
        { id: 'a.6.2.4', title: 'Verification and validation', parts: [{ id: 'a.6.2.4_smt', name: 'statement', prose: 'Licensed wording of A.6.2.4.',
          parts: [{ id: 'a.6.2.4_smt.a', name: 'item', props: [{ name: 'label', value: 'a)' }], prose: 'first item' }] }] },
        { id: 'clause-9.2', title: 'Internal audit', parts: [{ id: 'c92_smt', name: 'statement', prose: 'Licensed wording of 9.2.' }] },
        { id: 'x-99', title: 'Not ours', parts: [{ id: 'x99_smt', name: 'statement', prose: 'Something else.' }] },
      ],
    }],
  },
};

describeEachDatabase('aims export --oscal and aims import-catalog', (getDb, info) => {
  it('writes the six models, valid and cross-checked, and carries imported wording into the catalog', async () => {
    await importOrganisation(getDb(), buildDemoOrganisation({ asOf: NOW }), { actor: 'test', at: '2026-12-01T00:00:00Z' });
    const file = join(work, `licensed-${info().kind}.json`);
    writeFileSync(file, JSON.stringify(licensed));
    const imported = await aims('import-catalog', file, '--db', info().target);
    expect(imported.err).toBe('');
    expect(imported.out).toContain('Imported 2 statements from "Licensed ISO/IEC 42001 wording (test)" for organisation "larchfield": 2 new');
    expect(imported.out).toContain('Skipped 1 controls that name no ISO/IEC 42001 clause or Annex A control: x-99.');
    expect((await loadControlStatements(getDb(), 'larchfield')).map((s) => s.controlId)).toEqual(['9.2', 'A.6.2.4']);
    expect((await verifyAuditTrail(getDb(), 'larchfield')).intact).toBe(true);
    const again = await aims('import-catalog', file, '--db', info().target);
    expect(again.out).toContain('0 new, 0 changed, 2 unchanged');

    const out = join(work, `oscal-${info().kind}`);
    const run = await aims('export', '--oscal', out, '--db', info().target, '--now', NOW);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/catalog\.json +\d+ bytes {2}83 controls/);
    const names = readdirSync(out).sort();
    expect(names).toEqual(expect.arrayContaining(['catalog.json', 'profile.json', 'ssp.json', 'assessment-results.json', 'poam.json']));
    expect(names.some((n) => n.startsWith('assessment-plan-'))).toBe(true);
    const files = names.map((n) => ({ file: n, document: JSON.parse(readFileSync(join(out, n), 'utf8')) as unknown }));
    for (const f of files) expect({ file: f.file, problems: schemaProblems(f.document) }).toEqual({ file: f.file, problems: [] });
    expect(semanticProblems(files)).toEqual([]);
    const catalog = readFileSync(join(out, 'catalog.json'), 'utf8');
    expect(catalog).toContain('"prose": "Licensed wording of A.6.2.4.\\n  a) first item"');
    expect(catalog).toContain('"prose": "Licensed wording of 9.2."');
  });

  it('refuses a file that is no valid OSCAL catalog, naming the problem, and writes nothing', async () => {
    const file = join(work, `bad-${info().kind}.json`);
    writeFileSync(file, JSON.stringify({ catalog: { uuid: 'not-a-uuid', metadata: { title: 'x' } } }));
    const run = await aims('import-catalog', file, '--db', info().target);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/is not a valid OSCAL v1\.2\.1 catalog/);
    expect(run.err).toMatch(/\/catalog\/uuid/);
    expect((await loadControlStatements(getDb(), 'larchfield')).length).toBe(2);
  });
});

describe('aims export --oscal from a bundle', () => {
  it('gives the same documents as from the database, and needs a folder to write to', async () => {
    const bundle = join(work, 'bundle');
    expect((await aims('demo', '--out', bundle, '--as-of', NOW)).code).toBe(0);
    const out = join(work, 'from-bundle');
    const run = await aims('export', '--oscal', out, bundle, '--now', NOW);
    expect(run.err).toBe('');
    expect(readdirSync(out)).toContain('poam.json');
    // An audit cancelled since: its plan goes; a file of someone else's stays.
    writeFileSync(join(out, 'assessment-plan-notes.json'), '{"mine": true}');
    const audits = join(bundle, 'internal-audits.yaml');
    writeFileSync(audits, readFileSync(audits, 'utf8').replace(/(id: audit-04\n(?:.*\n)*?\s+status: )\S+/, '$1cancelled'));
    const again = await aims('export', '--oscal', out, bundle, '--now', NOW);
    expect(again.err).toBe('');
    expect(again.out).toContain('Removed 1 assessment plans of audits no longer on record: assessment-plan-internal-audit-04.json.');
    expect(readdirSync(out)).toContain('assessment-plan-notes.json');
    expect(readdirSync(out)).not.toContain('assessment-plan-internal-audit-04.json');
    const bare = await aims('export');
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('Give the folder to write the bundle to, or --oscal <dir>.');
  });
});
