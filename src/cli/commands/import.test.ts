// End to end through main(): aims demo → aims import → aims export gives the same folder back, and a broken
// bundle imported on top changes nothing (on every database the suite reaches).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { aims } from '../../../test/cli.ts';
import { describeEachDatabase } from '../../../test/databases.ts';

const work = mkdtempSync(join(tmpdir(), 'openaims-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fixture = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'bundles', 'minimal');


/** Every file of a folder with its text, to compare folders byte for byte. */
function folder(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describeEachDatabase('aims demo, import and export', (_db, info) => {
  const dir = (name: string) => join(work, `${info().kind}-${name}`);

  it('round-trips the demo: demo → import → export gives an identical folder', async () => {
    const demo = await aims('demo', '--out', dir('demo'), '--as-of', '2026-11-01');
    expect(demo).toMatchObject({ code: 0, err: '' });
    expect(demo.out).toMatch(/^Wrote "Larchfield Consumer Finance Ltd" as of 2026-11-01 to .*: \d+ records in 39 files \(39 created, 0 updated, 0 deleted\)\.\n$/);

    const imported = await aims('import', dir('demo'), '--db', info().target);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/^Imported organisation "larchfield" \(created\) into .*: 431 created, 0 updated, 0 deleted, 0 unchanged\.\n$/);

    const exported = await aims('export', dir('export'), '--db', info().target);
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect(exported.out).toMatch(/Exported organisation "larchfield" \(431 records\) to .*: 39 files created, 0 updated, 0 deleted, 0 unchanged\.\n$/);
    expect(folder(dir('export'))).toEqual(folder(dir('demo')));

    const again = await aims('import', dir('demo'), '--db', info().target);
    expect(again.out).toMatch(/\(unchanged\) into .*: 0 created, 0 updated, 0 deleted, 431 unchanged\.\n$/);
  });

  it('refuses a broken bundle with file:line:column for each problem, and writes nothing', async () => {
    const broken = dir('broken');
    cpSync(dir('demo'), broken, { recursive: true });
    const risks = readFileSync(join(broken, 'risks.yaml'), 'utf8');
    writeFileSync(join(broken, 'risks.yaml'), risks.replace('  likelihood: 3\n', '  likelihood: high\n').replace('    - ais-credit-scoring\n', '    - ais-gone\n'));
    // Valid changes elsewhere must not be written either: the import is all or nothing.
    const sites = readFileSync(join(broken, 'sites.yaml'), 'utf8');
    writeFileSync(join(broken, 'sites.yaml'), sites.replace('Leeds head office', 'Leeds HQ'));

    const result = await aims('import', broken, '--db', info().target);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    const lines = result.err.trim().split('\n');
    expect(lines[0]).toBe('error: The bundle has 2 problems; nothing was read from it.');
    expect(lines.slice(1).map((l) => l.trim().slice(broken.length + 1))).toEqual([
      expect.stringMatching(/^risks\.yaml:\d+:7: risks\/risk-001 aiSystemIds\[0\]: no AI system with id "ais-gone"$/),
      expect.stringMatching(/^risks\.yaml:\d+:3: risks\/risk-001 likelihood: must be a whole number; got text "high"$/),
    ]);

    await aims('export', dir('after-broken'), '--db', info().target);
    expect(folder(dir('after-broken'))).toEqual(folder(dir('demo')));
  });

  it('asks for --org when the database holds several organisations, naming them', async () => {
    expect((await aims('import', fixture, '--db', info().target)).code).toBe(0);
    const ambiguous = await aims('export', dir('which'), '--db', info().target);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err).toContain('choose one with --org: fern-lending (Fern Lending Ltd), larchfield (Larchfield Consumer Finance Ltd)');
    const chosen = await aims('export', dir('fern'), '--db', info().target, '--org', 'fern-lending');
    expect(chosen.code).toBe(0);
    expect(Object.keys(folder(dir('fern')))).toEqual(['ai-systems.yaml', 'impact-assessments.yaml', 'organisation.yaml', 'persons.yaml', 'risks.yaml']);
    const unknown = await aims('export', dir('none'), '--db', info().target, '--org', 'nope');
    expect(unknown).toMatchObject({ code: 2, err: 'error: No organisation with id "nope" in this database.\n' });
  });
});

it('aims demo refuses a bad scale or date, and export a database that does not exist', async () => {
  expect(await aims('demo', '--out', join(work, 'x'), '--scale', '0')).toMatchObject({ code: 2, err: expect.stringContaining('--scale must be a whole number of at least 1; got "0".') });
  expect(await aims('demo', '--out', join(work, 'x'), '--as-of', '2026-02-30')).toMatchObject({ code: 2, err: expect.stringContaining('--as-of must be a date as YYYY-MM-DD; got "2026-02-30".') });
  const missing = join(work, 'missing.sqlite');
  expect(await aims('export', join(work, 'y'), '--db', missing)).toMatchObject({ code: 2, err: expect.stringContaining(`There is no database at ${missing}`) });
});

it('aims import of a folder that cannot be read is bad input (exit 2) and creates no database', async () => {
  const db = join(work, 'never.sqlite');
  const unreadable = join(work, 'not-a-folder.yaml');
  writeFileSync(unreadable, 'a file, not a bundle folder\n');
  for (const dir of [join(work, 'no-such-bundle'), unreadable]) {
    const run = await aims('import', dir, '--db', db);
    expect(run.code, run.err).toBe(2);
  }
  expect(existsSync(db)).toBe(false);
});

it('aims import stops an import that would delete most of the records until --allow-deletions, saying how many per register', async () => {
  const db = join(work, 'deletions.sqlite');
  const bundleOf = (name: string, persons: number) => {
    const dir = join(work, name);
    cpSync(fixture, dir, { recursive: true });
    const extra = Array.from({ length: persons }, (_, i) => `- id: p-x${String(i).padStart(2, '0')}\n  name: Person ${i}\n  inAimsScope: true\n`).join('\n');
    writeFileSync(join(dir, 'persons.yaml'), `${readFileSync(join(fixture, 'persons.yaml'), 'utf8')}\n${extra}`);
    return dir;
  };
  expect((await aims('import', bundleOf('full', 30), '--db', db)).code).toBe(0);
  const cut = bundleOf('cut', 0);
  const refused = await aims('import', cut, '--db', db);
  expect(refused.code).toBe(2);
  expect(refused.err).toMatch(/^error: Importing this bundle would delete 30 of the \d+ records organisation "fern-lending" holds; nothing was written\./);
  expect(refused.err).toContain('\n  persons: would delete 30 of its ');
  expect(refused.err).toContain('--allow-deletions');
  expect((await aims('import', bundleOf('again', 30), '--db', db)).out).toContain(' 0 created, 0 updated, 0 deleted,');
  const allowed = await aims('import', cut, '--db', db, '--allow-deletions');
  expect(allowed.code, allowed.err).toBe(0);
  expect(allowed.out).toContain('30 deleted');
});
