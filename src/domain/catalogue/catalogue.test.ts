// The catalogue must equal the reference lists of clause and control ids and short titles, copied into test/fixtures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annexCRiskSources, clauses, controlGroups, controls, findClause, isCatalogueReference, leafClauses } from './index.ts';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures');
const rows = (file: string) =>
  readFileSync(join(fixtures, file), 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));

describe('ISO/IEC 42001 catalogue', () => {
  it('has exactly the clauses of the reference list, with their titles and parents', () => {
    const reference = rows('iso42001-clauses.tsv').map(([id, title, parent]) => ({ id, title, parent: parent || undefined }));
    expect(clauses.map(({ id, title, parent }) => ({ id, title, parent }))).toEqual(reference);
  });

  it('has exactly the 38 Annex A controls of the reference list, in their groups', () => {
    const reference = rows('iso42001-annex-a.tsv').map(([id, title, group]) => ({ id, title, group }));
    expect(reference).toHaveLength(38);
    const groupTitle = (id: string) => {
      const g = controlGroups.find((x) => x.id === id)!;
      const parent = g.parent ? controlGroups.find((x) => x.id === g.parent)! : undefined;
      return parent ? `${parent.id} ${parent.title} / ${g.id} ${g.title}` : `${g.id} ${g.title}`;
    };
    expect(controls.map((c) => ({ id: c.id, title: c.title, group: groupTitle(c.group) }))).toEqual(reference);
  });

  it('writes a summary of its own for every clause and control, never the title again', () => {
    for (const item of [...clauses, ...controls]) {
      expect(item.summary.length, item.id).toBeGreaterThan(20);
      expect(item.summary.toLowerCase(), item.id).not.toBe(item.title.toLowerCase());
    }
  });

  it('knows catalogue references and the clauses that carry requirements', () => {
    expect(isCatalogueReference('6.1.4')).toBe(true);
    expect(isCatalogueReference('A.10.4')).toBe(true);
    expect(isCatalogueReference('A.1.1')).toBe(false);
    expect(findClause('9.3.2')?.parent).toBe('9.3');
    expect(leafClauses().map((c) => c.id)).not.toContain('6.1');
    expect(leafClauses().map((c) => c.id)).toContain('6.1.4');
    expect(annexCRiskSources.length).toBe(7);
  });
});
