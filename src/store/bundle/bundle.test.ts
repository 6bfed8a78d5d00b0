// The YAML bundle: what a user sees when a bundle is wrong, and that writing is deterministic and lossless.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, formatErrorDetail } from '../../domain/index.ts';
import { aimsOf, build } from '../../../test/factories.ts';
import { readBundle, writeBundle } from './index.ts';

const fixture = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'bundles', 'minimal');
const temps: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'openaims-bundle-'));
  temps.push(dir);
  return dir;
}

/** A copy of the minimal fixture with `file` edited. */
function brokenCopy(edits: Record<string, (text: string) => string>): string {
  const dir = tempDir();
  cpSync(fixture, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

async function problemsOf(dir: string): Promise<{ error: AppError; lines: string[] }> {
  try {
    await readBundle(dir);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { error, lines: error.details.map((d) => formatErrorDetail({ ...d, file: d.file?.slice(dir.length + 1) })) };
  }
  throw new Error('the bundle was accepted');
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readBundle', () => {
  it('reads a valid bundle into a snapshot', async () => {
    const snapshot = await readBundle(fixture);
    expect(snapshot.organisation.name).toBe('Fern Lending Ltd');
    expect(snapshot.persons.map((p) => p.id)).toEqual(['p-ada', 'p-ben']);
    expect(snapshot.risks[0]?.treatment?.controlIds).toEqual(['A.6.2.4', 'A.7.4']);
    expect(snapshot.soaEntries).toEqual([]);
  });

  it('refuses a broken reference, naming file, line, column and field', async () => {
    const dir = brokenCopy({ 'risks.yaml': (t) => t.replace('    - ais-affordability', '    - ais-9') });
    const { error, lines } = await problemsOf(dir);
    expect(error.code).toBe('broken_reference');
    expect(error.exitCode).toBe(2);
    expect(lines).toEqual(['risks.yaml:4:7: risks/risk-001 aiSystemIds[0]: no AI system with id "ais-9"']);
  });

  it('refuses a wrong type and an unknown property, at the line of the field', async () => {
    const dir = brokenCopy({
      'risks.yaml': (t) => t.replace('likelihood: 3', 'likelihood: high'),
      'persons.yaml': (t) => t.replace('  jobTitle: Data Scientist', '  jobtitle: Data Scientist'),
    });
    const { error, lines } = await problemsOf(dir);
    expect(error.code).toBe('invalid_input');
    expect(lines).toEqual([
      'persons.yaml:8:3: persons/p-ben jobtitle: unknown property "jobtitle"; did you mean "jobTitle"?',
      'risks.yaml:6:3: risks/risk-001 likelihood: must be a whole number; got text "high"',
    ]);
  });

  it('points a missing field at its record, and a bad enumeration value at its field', async () => {
    const dir = brokenCopy({
      'impact-assessments.yaml': (t) => t.replace('  trigger: initial\n', '').replace('dimension: individual', 'dimension: people'),
    });
    const { lines } = await problemsOf(dir);
    expect(lines).toEqual([
      'impact-assessments.yaml:1:3: impactAssessments/ia-affordability-2026 trigger: is required',
      'impact-assessments.yaml:9:7: impactAssessments/ia-affordability-2026 impacts[0].dimension: must be one of: individual, group, society, organisation; got text "people"',
    ]);
  });

  it('refuses bad YAML with its line, and still reports schema errors in the other files', async () => {
    const dir = brokenCopy({
      'persons.yaml': (t) => t.replace('  name: Ben Marsh', ' name: Ben Marsh\n   oops'),
      'risks.yaml': (t) => t.replace('consequence: 4', 'consequence: 40'),
    });
    const { lines } = await problemsOf(dir);
    expect(lines).toEqual([
      'persons.yaml:7:1: YAML: Sequence item without - indicator (the rest of this file was not checked)',
      'risks.yaml:7:3: risks/risk-001 consequence: must be at most 10; got the number 40',
    ]);
  });

  it('refuses an unknown file, suggesting the name meant', async () => {
    const dir = brokenCopy({});
    writeFileSync(join(dir, 'risk.yaml'), '[]\n');
    writeFileSync(join(dir, 'notes.txt'), 'hello\n');
    writeFileSync(join(dir, '.gitkeep'), '');
    const { lines } = await problemsOf(dir);
    expect(lines).toEqual([
      'notes.txt: unknown file: a bundle holds only organisation.yaml and one <register>.yaml per register (see docs/bundle.md)',
      'risk.yaml: unknown file; did you mean "risks.yaml"?',
    ]);
  });

  it('refuses an id used twice within a register, at the second record', async () => {
    const dir = brokenCopy({ 'persons.yaml': (t) => t.replace('id: p-ben', 'id: p-ada') });
    const { lines } = await problemsOf(dir);
    // The second record's id changed, so the references to it break too: every consequence is listed.
    expect(lines).toEqual([
      'persons.yaml:6:3: persons/p-ada id: duplicate id "p-ada": record 1 of this register has the same id',
      'risks.yaml:17:9: risks/risk-001 treatment.actions[0].ownerId: no Person with id "p-ben"',
      'impact-assessments.yaml:3:3: impactAssessments/ia-affordability-2026 assessorId: no Person with id "p-ben"',
    ]);
  });

  it('refuses a register file that is not a list, and a bundle without organisation.yaml', async () => {
    const dir = brokenCopy({ 'persons.yaml': () => 'id: p-ada\nname: Ada\n' });
    rmSync(join(dir, 'organisation.yaml'));
    const { lines } = await problemsOf(dir);
    expect(lines).toEqual([
      'organisation.yaml: missing: every bundle has an organisation.yaml holding the organisation record',
      'persons.yaml:1:1: must be a list of person records, each starting with "- "',
    ]);
  });

  it('names a bundle file that cannot be read, and still checks the others', async () => {
    const dir = brokenCopy({ 'persons.yaml': (t) => t.replace('id: p-ben', 'id: p-ada') });
    symlinkSync(join(dir, 'gone.yaml'), join(dir, 'sites.yaml'));
    const { error, lines } = await problemsOf(dir);
    expect(error.code).toBe('invalid_input');
    expect(lines).toContain('sites.yaml: is a symbolic link to nothing that can be read (ENOENT)');
    expect(lines).toContain('persons.yaml:6:3: persons/p-ada id: duplicate id "p-ada": record 1 of this register has the same id');
  });

  it('says plainly when the folder does not exist', async () => {
    await expect(readBundle(join(tempDir(), 'nope'))).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('writeBundle', () => {
  it('writes sorted records with keys in schema order, and reads back what it wrote, byte for byte', async () => {
    const snapshot = await readBundle(fixture);
    const first = tempDir();
    await writeBundle(first, snapshot);
    const again = tempDir();
    await writeBundle(again, await readBundle(first));
    const files = readdirSync(first).sort();
    expect(files).toEqual(['ai-systems.yaml', 'impact-assessments.yaml', 'organisation.yaml', 'persons.yaml', 'risks.yaml']);
    for (const f of files) expect(readFileSync(join(again, f), 'utf8')).toBe(readFileSync(join(first, f), 'utf8'));
    expect(await readBundle(first)).toEqual(snapshot);
  });

  it('orders by id in code units, fields in schema order, and opens each file with its register and clauses', async () => {
    const dir = tempDir();
    const risk = (id: string) => build.risks({ id, status: 'identified', title: `Risk ${id}` });
    // Keys given out of schema order, ids out of order, an absent optional field set to undefined.
    const shuffled = { status: 'closed', id: 'b', title: 'B', likelihood: 1, consequence: 1, assessedOn: '2026-01-01', aiSystemIds: [], description: undefined };
    await writeBundle(dir, aimsOf({ risks: [risk('a-2'), shuffled as never, risk('B'), risk('a-10')] }));
    const text = readFileSync(join(dir, 'risks.yaml'), 'utf8');
    expect(text.split('\n').slice(0, 2)).toEqual([
      '# Register "risks" (Risk), evidencing ISO/IEC 42001 6.1.2, 6.1.3, 8.2, 8.3.',
      '# A list of records, sorted by id; schema: bundle.schema.json#/definitions/risks.yaml',
    ]);
    expect([...text.matchAll(/^- id: (.*)$/gm)].map((m) => m[1])).toEqual(['B', 'a-10', 'a-2', 'b']);
    expect(text).toContain('- id: b\n  title: B\n  aiSystemIds: []\n  likelihood: 1\n  consequence: 1\n  assessedOn: "2026-01-01"\n  status: closed\n');
    expect(text).not.toContain('description');
  });

  it('removes the files of registers that are now empty, and leaves other files alone', async () => {
    const dir = tempDir();
    await writeBundle(dir, await readBundle(fixture));
    writeFileSync(join(dir, 'README.md'), 'notes\n');
    const snapshot = await readBundle(fixture);
    await writeBundle(dir, { ...snapshot, risks: [], impactAssessments: [] });
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'ai-systems.yaml', 'organisation.yaml', 'persons.yaml']);
  });

  it('keeps multi-line text, text that looks like numbers and text with colons intact', async () => {
    const dir = tempDir();
    const system = build.aiSystems({ id: 'ais-1', knownLimitations: ['First line\nsecond line\n', '1.0', 'yes', 'note: see #4', '  padded'] });
    await writeBundle(dir, aimsOf({ aiSystems: [system] }));
    const read = await readBundle(dir);
    expect(read.aiSystems[0]?.knownLimitations).toEqual(system.knownLimitations);
  });
});

describe('writeBundle summary', () => {
  it('says which files it created, updated, left unchanged and deleted, and touches only changed files', async () => {
    const dir = tempDir();
    const snapshot = await readBundle(fixture);
    const first = await writeBundle(dir, snapshot);
    expect(first.created).toEqual(['organisation.yaml', 'persons.yaml', 'ai-systems.yaml', 'risks.yaml', 'impact-assessments.yaml']);
    const again = await writeBundle(dir, { ...snapshot, risks: snapshot.risks.map((r) => ({ ...r, likelihood: 2 })), impactAssessments: [] });
    expect(again).toMatchObject({ created: [], updated: ['risks.yaml'], unchanged: ['organisation.yaml', 'persons.yaml', 'ai-systems.yaml'], deleted: ['impact-assessments.yaml'] });
  });
});
