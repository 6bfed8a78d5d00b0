// Tests of `aims crosswalk` as a user runs it: the shipped crosswalks over the demo, a user's mapping laid over them,
// a broken mapping refused with its line, and the same answer from a bundle and from the database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aims } from '../../../test/cli.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { buildDemoOrganisation } from '../../domain/demo/index.ts';
import { importOrganisation } from '../../services/import-organisation.ts';

const NOW = '2026-12-01';
const work = mkdtempSync(join(tmpdir(), 'openaims-crosswalk-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const bundle = join(work, 'demo');
beforeAll(async () => {
  expect((await aims('demo', '--out', bundle, '--as-of', NOW)).code).toBe(0);
});

type Json = Record<string, unknown>;
const json = async (...args: string[]) => {
  const run = await aims('crosswalk', ...args, '--now', NOW, '--format', 'json');
  expect(run.err).toBe('');
  return JSON.parse(run.out) as Json;
};

describe('aims crosswalk eu-ai-act', () => {
  it('covers the fourteen articles with who they bind, from when, the coverage and the gaps', async () => {
    const out = await json('eu-ai-act', bundle);
    const articles = out.articles as Json[];
    expect(articles.map((a) => a.article)).toEqual(['9', '10', '11', '12', '13', '14', '15', '17', '26', '27', '49', '50', '72', '73']);
    for (const a of articles) {
      expect(a.appliesFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((a.binds as Json[]).length).toBeGreaterThan(0);
      expect(a.percent).toBeGreaterThanOrEqual(0);
      expect((a.gaps as string[]).length === 0).toBe(a.coverage === 'covered');
    }
    // The demo excludes A.10.4 (it has no business customers): Article 13 shows that as a gap.
    expect((articles.find((a) => a.article === '13')!.gaps as string[]).some((g) => g.startsWith('A.10.4: excluded from the SoA'))).toBe(true);
  });

  it('lists per AI system its role, risk class and the articles that bind it', async () => {
    const out = await json('eu-ai-act', bundle);
    const demo = buildDemoOrganisation({ asOf: NOW });
    const systems = out.aiSystems as Json[];
    expect(systems.map((s) => s.aiSystemId)).toEqual(demo.aiSystems.filter((s) => s.status !== 'retired').map((s) => s.id).sort());
    const highRiskProvider = demo.aiSystems.find((s) => s.euAiActRole === 'provider' && s.euAiActRiskClass === 'high-risk')!;
    const obligations = (systems.find((s) => s.aiSystemId === highRiskProvider.id)!.obligations as Json[]);
    expect(obligations.filter((o) => o.applies === 'binds').map((o) => o.article)).toEqual(['9', '10', '11', '12', '13', '14', '15', '17', '72', '73']);
  });

  it('prints text with the coverage of each article and the obligations of each system', async () => {
    const run = await aims('crosswalk', 'eu-ai-act', bundle, '--now', NOW);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^EU AI Act \(Regulation \(EU\) 2024\/1689\) → ISO\/IEC 42001: coverage by the AIMS of Larchfield/);
    expect(run.out).toMatch(/\nArt 9 {3}Risk management system +(covered|partial|gap) +\d+%/);
    expect(run.out).toMatch(/\nOverall: \d+% across 14 articles\./);
    expect(run.out).toContain('AI systems and the articles that bind them');
  });

  it('lays a user\'s mapping over the shipped one, and refuses a broken one at its line', async () => {
    const mine = join(work, 'mine.yaml');
    writeFileSync(mine, 'framework: eu-ai-act\nitems:\n  - id: "9"\n    title: Risk management (ours)\n    binds:\n      - { role: provider, riskClasses: [high-risk] }\n    clauses: []\n    controls: [A.7.4]\n');
    const out = await json('eu-ai-act', bundle, '--mapping', mine);
    const art9 = (out.articles as Json[])[0]!;
    expect(art9).toMatchObject({ article: '9', title: 'Risk management (ours)', controls: ['A.7.4'] });
    writeFileSync(mine, 'framework: eu-ai-act\nitems:\n  - id: "9"\n    title: x\n    clauses: []\n    controls: [A.7.40]\n');
    const bad = await aims('crosswalk', 'eu-ai-act', bundle, '--mapping', mine);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(`${mine}:6: items.0.controls.0: "A.7.40" is no Annex A control`);
  });

  it('refuses an unknown framework', async () => {
    const run = await aims('crosswalk', 'iso-27001', bundle);
    expect(run.code).toBe(2);
    expect(run.err).toContain('The framework must be one of eu-ai-act, nist-ai-rmf; got "iso-27001".');
  });
});

describe('aims crosswalk nist-ai-rmf', () => {
  it('covers the 19 categories of the four functions', async () => {
    const out = await json('nist-ai-rmf', bundle);
    const ids = (out.categories as Json[]).map((c) => c.category);
    expect(ids).toEqual(['GOVERN', 'MAP', 'MEASURE', 'MANAGE'].flatMap((f, i) => Array.from({ length: [6, 5, 4, 4][i]! }, (_, k) => `${f} ${k + 1}`)));
    expect(out.aiSystems).toBeUndefined();
  });
});

describeEachDatabase('aims crosswalk from the database', (getDb, info) => {
  it('gives the same answer as from the bundle', async () => {
    await importOrganisation(getDb(), buildDemoOrganisation({ asOf: NOW }), { actor: 'test', at: '2026-12-01T00:00:00Z' });
    expect(await json('eu-ai-act', '--db', info().target)).toEqual(await json('eu-ai-act', bundle));
    expect(await json('nist-ai-rmf', '--db', info().target)).toEqual(await json('nist-ai-rmf', bundle));
  });
});
