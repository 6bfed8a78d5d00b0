// Tests of the OSCAL documents: every document of the demo organisation validates against NIST's schemas (with an
// Ajv of the test's own) and the semantic cross-check, uuids are stable v5, and the cross-check catches breakage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessReadiness } from '../../checks/readiness/readiness.ts';
import { controls, clauses } from '../../domain/index.ts';
import { buildDemoOrganisation } from '../../domain/demo/index.ts';
import { buildOscalDocuments, semanticProblems, uuidV5, type OscalFile } from './index.ts';
import { OSCAL_SCHEMA_DIR, oscalSchemaFiles, type OscalModel } from './schema-validate.ts';

const NOW = '2026-12-01';
type Json = Record<string, unknown>;

function documentsOf(asOf = NOW): OscalFile[] {
  const aims = buildDemoOrganisation({ asOf });
  const report = assessReadiness(aims, { now: NOW });
  return buildOscalDocuments({ aims, now: NOW, results: report.results, checks: report.checks });
}

const rootOf = (f: OscalFile) => (f.document as Json)[Object.keys(f.document as Json)[0]!] as Json;
const byFile = (files: OscalFile[], name: string) => files.find((f) => f.file === name)!;
const clone = (files: OscalFile[]): OscalFile[] => files.map((f) => ({ file: f.file, document: structuredClone(f.document) }));
const edit = (files: OscalFile[], name: string, change: (root: Json) => void): OscalFile[] => {
  const copy = clone(files);
  change(rootOf(byFile(copy, name)));
  return copy;
};

describe('OSCAL documents of the demo organisation', () => {
  let files: OscalFile[];
  beforeAll(() => {
    files = documentsOf();
  });

  it('are the six models, with one assessment plan per audit', () => {
    const models = files.map((f) => Object.keys(f.document as Json)[0]);
    expect(new Set(models)).toEqual(new Set(Object.keys(oscalSchemaFiles)));
    expect(files.filter((f) => f.file.startsWith('assessment-plan-')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(Object.entries(oscalSchemaFiles))('validate as %s against NIST\'s OSCAL 1.2.1 schema', (model, schemaFile) => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(OSCAL_SCHEMA_DIR, schemaFile), 'utf8')) as object);
    const ofModel = files.filter((f) => Object.keys(f.document as Json)[0] === (model as OscalModel));
    expect(ofModel.length).toBeGreaterThan(0);
    for (const f of ofModel) expect({ file: f.file, valid: validate(f.document), errors: validate.errors ?? null }).toEqual({ file: f.file, valid: true, errors: null });
  });

  it('pass the semantic cross-check', () => {
    expect(semanticProblems(files)).toEqual([]);
  });

  it('carry every clause and Annex A control in the catalog, and the SoA in the profile and SSP', () => {
    const catalog = JSON.stringify(byFile(files, 'catalog.json').document);
    for (const c of controls) expect(catalog).toContain(`"id":"${c.id}"`);
    for (const c of clauses) expect(catalog).toContain(`"id":"clause-${c.id}"`);
    const aims = buildDemoOrganisation({ asOf: NOW });
    const applied = aims.soaEntries.filter((e) => e.applicable).length;
    const ssp = rootOf(byFile(files, 'ssp.json'));
    expect((ssp['control-implementation'] as Json)['implemented-requirements']).toHaveLength(applied);
    const profile = rootOf(byFile(files, 'profile.json'));
    const imports = profile.imports as Json[];
    expect(((imports[0]!['include-controls'] as Json[])[0]!['with-ids'] as string[]).length).toBe(applied);
    // No licensed wording was imported: the catalog has our summaries and no statement part.
    expect(catalog).not.toContain('"name":"statement"');
  });

  it('report the readiness findings with their controls, and the nonconformities with their corrective actions', () => {
    const aims = buildDemoOrganisation({ asOf: NOW });
    const report = assessReadiness(aims, { now: NOW });
    const result = (rootOf(byFile(files, 'assessment-results.json')).results as Json[])[0]!;
    const findingCount = report.results.filter((r) => r.outcome === 'finding').length;
    expect((result.observations as Json[]).length).toBe(report.results.filter((r) => r.outcome === 'finding' || r.outcome === 'needs-review').length);
    expect((result.findings as Json[]).length).toBeGreaterThan(0);
    expect((result.findings as Json[]).length).toBeLessThanOrEqual(findingCount);
    const poam = rootOf(byFile(files, 'poam.json'));
    expect((poam['poam-items'] as Json[]).length).toBe(aims.nonconformities.length);
    const remediations = (poam.risks as Json[]).flatMap((r) => (r.remediations as Json[] | undefined) ?? []);
    expect(remediations.length).toBe(aims.nonconformities.flatMap((nc) => nc.correctiveActions).length);
  });

  it('are the same byte for byte when the same records are exported again', () => {
    expect(JSON.stringify(documentsOf())).toBe(JSON.stringify(files));
  });
});

describe('uuids', () => {
  it('of one record stay when another record changes', () => {
    const aims = buildDemoOrganisation({ asOf: NOW });
    const build = (snapshot: typeof aims) => {
      const report = assessReadiness(snapshot, { now: NOW });
      const poam = buildOscalDocuments({ aims: snapshot, now: NOW, results: report.results, checks: report.checks }).find((f) => f.file === 'poam.json')!;
      return ((poam.document as Json)['plan-of-action-and-milestones'] as Json)['poam-items'] as Json[];
    };
    const before = build(aims);
    const [first, ...rest] = aims.nonconformities;
    const after = build({ ...aims, nonconformities: [{ ...first!, title: 'Retitled' }, ...rest] });
    expect(after.map((i) => i.uuid)).toEqual(before.map((i) => i.uuid));
    expect(after[0]!.title).toBe('Retitled');
    for (const item of after) expect(item.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('are RFC 4122 version 5 (the RFC\'s DNS example)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe('the semantic cross-check', () => {
  let files: OscalFile[];
  beforeAll(() => {
    files = documentsOf();
  });
  const messages = (broken: OscalFile[]) => semanticProblems(broken).map((p) => `${p.file} ${p.path}: ${p.message}`);

  it('finds an implemented requirement for a control the catalog does not hold', () => {
    const broken = edit(files, 'ssp.json', (ssp) => {
      ((ssp['control-implementation'] as Json)['implemented-requirements'] as Json[])[0]!['control-id'] = 'A.99.1';
    });
    expect(messages(broken)).toEqual([expect.stringMatching(/ssp\.json \/system-security-plan\/control-implementation\/implemented-requirements\/0\/control-id: names control "A\.99\.1"/)]);
  });

  it('finds a responsible party that no party defines, and a role no role defines', () => {
    const broken = edit(files, 'ssp.json', (ssp) => {
      const req = ((ssp['control-implementation'] as Json)['implemented-requirements'] as Json[])[0]!;
      req['responsible-roles'] = [{ 'role-id': 'nobody', 'party-uuids': ['1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b'] }];
    });
    const found = messages(broken);
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/refers to uuid 1b4e28ba/), expect.stringMatching(/refers to role "nobody"/)]));
  });

  it('finds a uuid that is not version 4 or 5, a uuid defined twice, and a date-time without a time zone', () => {
    const broken = edit(files, 'poam.json', (poam) => {
      (poam.metadata as Json)['last-modified'] = '2026-12-01T10:00:00';
      (poam['poam-items'] as Json[])[0]!.uuid = 'a8098c1a-f86e-11da-bd1a-00112444be1e';
      (poam['poam-items'] as Json[])[1]!.uuid = (poam['poam-items'] as Json[])[2]!.uuid;
    });
    const found = messages(broken);
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/has no time zone/), expect.stringMatching(/not an RFC 4122 version 4 or 5 uuid/), expect.stringMatching(/is defined twice/),
    ]));
  });

  it('finds imports that do not resolve: a profile without its catalog, results without their plan', () => {
    const withoutCatalog = clone(files).filter((f) => f.file !== 'catalog.json');
    expect(messages(withoutCatalog)).toEqual(expect.arrayContaining([expect.stringMatching(/profile\.json \/profile\/imports\/0\/href: .*does not resolve to a catalog/)]));
    const noPlan = edit(files, 'assessment-results.json', (ar) => {
      (ar['import-ap'] as Json).href = 'assessment-plan-missing.json';
    });
    expect(messages(noPlan)).toEqual([expect.stringMatching(/imports "assessment-plan-missing\.json", which is not a assessment-plan/)]);
  });

  it('finds an SSP that implements a control the profile leaves out', () => {
    const broken = edit(files, 'profile.json', (profile) => {
      const sel = ((profile.imports as Json[])[0]!['include-controls'] as Json[])[0]!;
      sel['with-ids'] = (sel['with-ids'] as string[]).slice(1);
    });
    expect(messages(broken).some((m) => /implements ".*", which the profile does not include/.test(m))).toBe(true);
  });

  it('finds a link to evidence that is no resource of the back-matter', () => {
    const broken = edit(files, 'ssp.json', (ssp) => {
      (ssp['back-matter'] as Json).resources = ((ssp['back-matter'] as Json).resources as Json[]).slice(1);
    });
    expect(messages(broken).some((m) => /links to #.*which is no resource/.test(m))).toBe(true);
  });
});
