// Hostile and broken bundles through the real CLI entry: `aims check` and `aims import` both exit 2 (bad input)
// with a message naming the file and the limit, write nothing, and never echo a file from outside the bundle.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aims } from '../../../test/cli.ts';

const work = mkdtempSync(join(tmpdir(), 'openaims-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fixture = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'bundles', 'minimal');
const SECRET = 'OPENAIMS-TEST-SECRET-7f3a9c';
writeFileSync(join(work, 'credentials.yaml'), `token: ${SECRET}\n`);

let n = 0;
/** A copy of the minimal bundle with `make` applied to it. */
function bundle(make: (dir: string) => void): string {
  const dir = join(work, `b${n++}`);
  cpSync(fixture, dir, { recursive: true });
  make(dir);
  return dir;
}
const sites = (dir: string, text: string | Buffer) => writeFileSync(join(dir, 'sites.yaml'), text);

const hostile: [string, (dir: string) => void, RegExp][] = [
  ['an undefined alias', (d) => writeFileSync(join(d, 'risks.yaml'), readFileSync(join(d, 'risks.yaml'), 'utf8').replace('ownerId: p-ada', 'ownerId: *nosuch')),
    /risks\.yaml:5:\d+: the alias "\*nosuch" refers to no anchor/],
  ['an alias bomb', (d) => {
    let text = '- id: s1\n  name: n\n  central: true\n  x0: &a [x,x,x,x,x,x,x,x,x]\n';
    let prev = 'a';
    for (const c of 'bcdefghijk') {
      text += `  x${c}: &${c} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
      prev = c;
    }
    sites(d, text);
  }, /sites\.yaml.*(more than 100 aliases|expand to more than 100)/],
  ['3,000-deep flow nesting', (d) => sites(d, `- id: s1\n  name: ${'['.repeat(3000)}x${']'.repeat(3000)}\n`), /sites\.yaml:2:\d+: lists and mappings are nested more than 64 levels deep/],
  ['2,000-deep block nesting', (d) => sites(d, Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}a:`).join('\n') + '\n'),
    /sites\.yaml:\d+: lists and mappings are nested more than 64 levels deep/],
  ['a 10 MB value', (d) => sites(d, `- id: s1\n  name: ${'a'.repeat(10 * 1024 * 1024)}\n  central: true\n`),
    /sites\.yaml:2: a value of 10,485,760 characters is over the limit of 1,048,576 \(see docs\/bundle\.md, Limits\): "a{40}…" \(10,485,760 characters\)/],
  ['a 10 MB key', (d) => sites(d, `- id: s1\n  ${'k'.repeat(10 * 1024 * 1024)}: x\n`), /sites\.yaml:2: a key of 10,485,760 characters is over the limit/],
  ['200,000 records in one file', (d) => sites(d, Array.from({ length: 200_000 }, (_, i) => `- id: s${i}\n  name: n\n  central: false\n`).join('')),
    /sites\.yaml:\d+: holds more than 100,000 records, the limit for one file/],
  ['Latin-1 bytes', (d) => sites(d, Buffer.from('- id: s1\n  name: Caf\xe9\n  central: true\n', 'latin1')),
    /sites\.yaml:2:12: is not UTF-8 text: the byte 0xE9 at byte offset 20/],
  ['an overlong UTF-8 sequence', (d) => sites(d, Buffer.concat([Buffer.from('- id: s1\n  name: a'), Buffer.from([0xc0, 0xaf]), Buffer.from('\n')])),
    /sites\.yaml:2:10: is not UTF-8 text: the byte 0xC0 at byte offset 18/],
  ['a raw NUL', (d) => sites(d, '- id: s1\n  name: a\u0000b\n  central: true\n'), /sites\.yaml:2:10: holds the control character U\+0000 at byte offset 18/],
  ['a lone surrogate escape', (d) => sites(d, '- id: s1\n  name: "a\\ud800b"\n  central: true\n'), /sites\.yaml:2: .*half a UTF-16 surrogate pair/],
  ['a lone surrogate escape the general parser reads', (d) => sites(d, "- id: 's1'\n  name: \"a\\ud800b\"\n  central: true\n"), /sites\.yaml:2:\d+: .*half a UTF-16 surrogate pair/],
  ['a link to a file outside the bundle', (d) => symlinkSync(join(work, 'credentials.yaml'), join(d, 'sites.yaml')),
    /sites\.yaml: is a symbolic link to a file outside the bundle folder; it was refused without being read/],
  ['an unknown file linking outside the bundle', (d) => symlinkSync(join(work, 'credentials.yaml'), join(d, 'site.yaml')), /site\.yaml: unknown file; did you mean "sites\.yaml"\?/],
  ['a FIFO', (d) => execFileSync('mkfifo', [join(d, 'sites.yaml')]), /sites\.yaml: is a FIFO \(named pipe\), not a regular file; it was refused without being opened/],
  ['an integer beyond 2^53', (d) => writeFileSync(join(d, 'risks.yaml'), readFileSync(join(d, 'risks.yaml'), 'utf8').replace('likelihood: 3', 'likelihood: 9007199254740993')),
    /risks\.yaml:6:3: risks\/risk-001 likelihood: must be between -9,007,199,254,740,991 and 9,007,199,254,740,991/],
  ['year 0000', (d) => writeFileSync(join(d, 'risks.yaml'), readFileSync(join(d, 'risks.yaml'), 'utf8').replace('assessedOn: 2026-05-04', 'assessedOn: 0000-05-04')),
    /risks\.yaml:8:3: risks\/risk-001 assessedOn: must be a calendar date/],
];

describe('hostile bundles', () => {
  it.each(hostile)('refuses %s with exit 2 in check and import, naming the file, writing and echoing nothing', async (_what, make, message) => {
    const dir = bundle(make);
    const db = join(work, `${n}.sqlite`);
    for (const run of [await aims('check', dir), await aims('import', dir, '--db', db)]) {
      expect(run.err).toMatch(message);
      expect(run.code).toBe(2);
      expect(run.out).toBe('');
      expect(run.err.length).toBeLessThan(2000);
      expect(run.err).not.toContain(SECRET);
      expect(run.err).not.toMatch(/^\s+at /m);
    }
    expect(existsSync(db)).toBe(false);
  }, 60_000);

  it('follows a link to a file directly in the bundle folder', async () => {
    const dir = bundle((d) => {
      writeFileSync(join(d, '.sites-source.yaml'), '- id: s1\n  name: Head office\n  central: true\n');
      symlinkSync(join(d, '.sites-source.yaml'), join(d, 'sites.yaml'));
    });
    expect((await aims('check', dir, '--now', '2026-06-01', '--fail-on', 'observation')).code).not.toBe(2);
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'config'), `token: ${SECRET}\n`);
    rmSync(join(dir, 'sites.yaml'));
    symlinkSync(join(dir, '.git', 'config'), join(dir, 'sites.yaml'));
    const run = await aims('check', dir);
    expect(run.code).toBe(2);
    expect(run.err).not.toContain(SECRET);
  });
});
