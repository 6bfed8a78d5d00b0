// The demo organisation end to end: the check catalogue finds exactly its planted weaknesses, and it round-trips as a YAML bundle.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checks } from '../src/checks/index.ts';
import { runChecks } from '../src/checks/engine.ts';
import { registerNames, type RegisterName } from '../src/domain/index.ts';
import { readBundle, writeBundle } from '../src/store/bundle/index.ts';
import { buildDemoOrganisation, DEMO_WEAKNESSES } from '../src/domain/demo/index.ts';

const asOf = '2026-11-01';
const demo = buildDemoOrganisation({ asOf });
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'openaims-demo-'));
  temps.push(d);
  return d;
};

/** Registers a real AIMS cannot hold before its first certification audit, or that the demo's SoA excludes. */
const emptyByNature: RegisterName[] = ['certificates', 'externalFindings', 'freezeBaselines', 'customerExpectations'];

describe('the demo organisation through the checks', () => {
  it('gives the check catalogue the planted weaknesses to find, and nothing else', () => {
    const results = runChecks(checks, demo, { now: asOf });
    const findings = results.filter((r) => r.outcome === 'finding');
    const byCheck = new Map<string, Set<string>>();
    for (const f of findings) {
      const set = byCheck.get(f.check) ?? new Set<string>();
      for (const s of f.subjects) set.add(`${s.register}/${s.id}`);
      byCheck.set(f.check, set);
    }
    const planted = new Set<string>(DEMO_WEAKNESSES.map((w) => w.check));
    const unexpected = findings.filter((f) => !planted.has(f.check)).map((f) => `${f.check}: ${f.message}`);
    expect(unexpected).toEqual([]);
    for (const w of DEMO_WEAKNESSES) {
      // Every planted weakness has its check in the registry (a renamed or removed check must not pass silently).
      expect(checks.map((c) => c.id), w.check).toContain(w.check);
      expect([...(byCheck.get(w.check) ?? [])], w.check).toEqual(expect.arrayContaining([...w.records]));
    }
  });
});

describe('the demo as a YAML bundle', () => {
  it('writes, reads back equal, and writes again byte for byte', async () => {
    const first = tempDir();
    await writeBundle(first, demo);
    const read = await readBundle(first);
    // The bundle keeps each register sorted by id; otherwise nothing changes.
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    for (const r of registerNames) expect(read[r], r).toEqual([...(demo[r] as readonly { id: string }[])].sort(byId));
    expect(read.organisation).toEqual(demo.organisation);
    const second = tempDir();
    await writeBundle(second, read);
    const files = readdirSync(first).sort();
    expect(files).toEqual(readdirSync(second).sort());
    expect(files).toHaveLength(1 + registerNames.length - emptyByNature.length);
    for (const f of files) expect(readFileSync(join(second, f), 'utf8'), f).toBe(readFileSync(join(first, f), 'utf8'));
  });
});
