// Tests of `aims check --format sarif|junit` as CI runs them on the demo bundle: SARIF valid against the OASIS schema
// with every result on an existing line of the record it is about, and JUnit XML that parses with a suite per check.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aims } from '../../../test/cli.ts';
import { describeEachDatabase } from '../../../test/databases.ts';
import { checks } from '../../checks/index.ts';
import { buildDemoOrganisation } from '../../domain/demo/index.ts';
import { importOrganisation } from '../../services/import-organisation.ts';

const NOW = '2026-12-01';
const work = mkdtempSync(join(tmpdir(), 'openaims-ci-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Json = Record<string, unknown>;
interface SarifResult {
  ruleId: string;
  level: string;
  kind: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } }; logicalLocations: { name: string }[] }[];
  relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; message: { text: string } }[];
}

function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'reports', 'sarif-schema', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
  const ajv = new AjvDraft04({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('aims check --format sarif on the demo bundle', () => {
  let dir: string;
  let sarif: Json;
  let code: number;
  beforeAll(async () => {
    dir = join(work, 'demo');
    expect((await aims('demo', '--out', dir, '--as-of', NOW)).code).toBe(0);
    // The demo's planted weaknesses are graded minor by the grading rule: --fail-on minor makes them fail the run.
    const run = await aims('check', dir, '--now', NOW, '--format', 'sarif', '--fail-on', 'minor');
    code = run.code;
    sarif = JSON.parse(run.out) as Json;
  });

  it('is valid SARIF 2.1.0 and keeps the exit code of --fail-on', () => {
    const validate = sarifValidator();
    expect({ valid: validate(sarif), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null });
    expect(sarif.version).toBe('2.1.0');
    expect(code).toBe(1);
  });

  it('has a rule per check with its fix as help and its docs page', () => {
    const run = (sarif.runs as Json[])[0]!;
    const rules = ((run.tool as Json).driver as Json).rules as Json[];
    expect(rules.map((r) => r.id)).toEqual(checks.map((c) => c.id));
    for (const r of rules) {
      const uri = r.helpUri as string;
      expect(uri).toMatch(new RegExp(`/docs/checks/${r.id as string}\\.md$`));
      expect(existsSync(fileURLToPath(uri))).toBe(true);
      expect((r.help as Json).text).not.toBe('');
    }
  });

  it('locates every result at an existing line of the bundle whose text holds the record id', () => {
    const run = (sarif.runs as Json[])[0]!;
    const results = run.results as SarifResult[];
    expect(results.length).toBeGreaterThan(0);
    const levels = new Set(results.map((r) => r.level));
    expect([...levels].every((l) => ['error', 'warning', 'note', 'none'].includes(l))).toBe(true);
    expect(levels.has('warning')).toBe(true);
    for (const r of results) {
      const at = r.locations[0]!.physicalLocation;
      expect(at.artifactLocation.uriBaseId).toBe('BUNDLEROOT');
      expect(at.artifactLocation.uri).toMatch(/^[a-z-]+\.yaml$/);
      const lines = readFileSync(join(dir, at.artifactLocation.uri), 'utf8').split('\n');
      const line = lines[at.region.startLine - 1];
      expect({ rule: r.ruleId, line }).toEqual({ rule: r.ruleId, line: expect.stringContaining(r.locations[0]!.logicalLocations[0]!.name) });
      for (const rel of r.relatedLocations ?? []) {
        const text = readFileSync(join(dir, rel.physicalLocation.artifactLocation.uri), 'utf8').split('\n')[rel.physicalLocation.region.startLine - 1];
        expect(text).toContain(rel.message.text.split('/').slice(1).join('/'));
      }
    }
    const base = (run.originalUriBaseIds as Record<string, { uri: string }>).BUNDLEROOT!.uri;
    expect(fileURLToPath(base)).toBe(`${dir}/`);
  });

  it('follows the lines of a hand-edited bundle, not of a freshly written one', async () => {
    const edited = join(work, 'edited');
    expect((await aims('demo', '--out', edited, '--as-of', NOW)).code).toBe(0);
    const file = join(edited, 'internal-audits.yaml');
    writeFileSync(file, `# a comment a person added\n\n${readFileSync(file, 'utf8')}`);
    const before = ((sarif.runs as Json[])[0]!.results as SarifResult[]).find((r) => r.ruleId === 'internal-audit-not-independent')!;
    const run = JSON.parse((await aims('check', edited, '--now', NOW, '--format', 'sarif')).out) as Json;
    const after = ((run.runs as Json[])[0]!.results as SarifResult[]).find((r) => r.ruleId === 'internal-audit-not-independent')!;
    expect(after.locations[0]!.physicalLocation.region.startLine).toBe(before.locations[0]!.physicalLocation.region.startLine + 2);
  });
});

describe('aims check --format junit on the demo bundle', () => {
  it('parses as XML with a test suite per check, a test case per record and a failure per finding', async () => {
    const dir = join(work, 'demo-junit');
    expect((await aims('demo', '--out', dir, '--as-of', NOW)).code).toBe(0);
    const run = await aims('check', dir, '--now', NOW, '--format', 'junit');
    expect(XMLValidator.validate(run.out)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) }).parse(run.out) as Json;
    const suites = (doc.testsuites as Json).testsuite as Json[];
    expect(suites.map((s) => s.name)).toEqual(checks.map((c) => c.id));
    const json = JSON.parse((await aims('check', dir, '--now', NOW, '--format', 'json')).out) as { findings: { check: string; outcome: string; subjects: { register: string; id: string }[] }[] };
    for (const f of json.findings.filter((x) => x.outcome === 'finding')) {
      const suite = suites.find((s) => s.name === f.check)!;
      for (const subject of f.subjects) {
        const testcase = (suite.testcase as Json[]).find((c) => String(c.name).startsWith(`${subject.register}/${subject.id}`));
        expect({ check: f.check, failure: testcase?.failure !== undefined }).toEqual({ check: f.check, failure: true });
      }
    }
    const failures = suites.reduce((n, s) => n + Number(s.failures), 0);
    expect(Number((doc.testsuites as Json).failures)).toBe(failures);
    expect(failures).toBeGreaterThan(0);
  });
});

describeEachDatabase('aims check --format sarif from a database', (getDb, info) => {
  it('locates results in the bundle aims export would write', async () => {
    const demo = buildDemoOrganisation({ asOf: NOW });
    await importOrganisation(getDb(), demo, { actor: 'test', at: '2026-12-01T00:00:00Z' });
    const run = await aims('check', '--db', info().target, '--org', demo.organisation.id, '--now', NOW, '--format', 'sarif');
    const results = ((JSON.parse(run.out) as Json).runs as Json[])[0]!.results as SarifResult[];
    const out = join(work, `export-${info().kind}`);
    expect((await aims('export', out, '--db', info().target, '--org', demo.organisation.id)).code).toBe(0);
    for (const r of results) {
      const at = r.locations[0]!.physicalLocation;
      expect(at.artifactLocation.uriBaseId).toBeUndefined();
      const line = readFileSync(join(out, at.artifactLocation.uri), 'utf8').split('\n')[at.region.startLine - 1];
      expect(line).toContain(r.locations[0]!.logicalLocations[0]!.name);
    }
  });
});
