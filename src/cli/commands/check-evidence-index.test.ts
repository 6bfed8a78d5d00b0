// `aims check` on the demo as a user runs it: the evidence index judges by the requirements model. Without any
// impact assessment 8.4 is not evidenced, whatever names it; clauses asking for no records are verified by
// interview or observation, never a gap.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aims } from '../../../test/cli.ts';

const NOW = '2026-11-01';
const work = mkdtempSync(join(tmpdir(), 'openaims-check-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Row { ref: string; status: string; documentedInformation?: string; evidence: { supporting?: boolean }[] }
interface Index { clauses: Row[]; controls: Row[]; gaps: { ref: string }[]; summary: { clauses: { interviewOrObservation: number } } }

async function indexOf(dir: string): Promise<Index> {
  const run = await aims('check', dir, '--now', NOW, '--format', 'json');
  expect(run.err).toBe('');
  return (JSON.parse(run.out) as { evidenceIndex: Index }).evidenceIndex;
}

describe('aims check: the evidence index by the requirements model', () => {
  const demo = join(work, 'demo');
  beforeAll(async () => {
    expect((await aims('demo', '--out', demo, '--as-of', NOW)).code).toBe(0);
  });

  it('evidences 8.4 by the demo’s impact assessments, and shows clauses asking for no records as verified by interview', async () => {
    const index = await indexOf(demo);
    const row = (ref: string) => index.clauses.find((c) => c.ref === ref)!;
    expect(row('8.4')).toMatchObject({ status: 'evidenced', documentedInformation: 'retain' });
    for (const ref of ['4.1', '4.2', '5.1', '7.3', '7.4']) expect(row(ref).status, ref).toBe('interview-or-observation');
    expect(index.gaps.map((g) => g.ref)).not.toContain('4.1');
    expect(index.summary.clauses.interviewOrObservation).toBeGreaterThan(0);
  });

  it('with an empty impact-assessments register, 8.4 is not evidenced: the files naming it only support it', async () => {
    const copy = join(work, 'no-impact-assessments');
    expect((await aims('demo', '--out', copy, '--as-of', NOW)).code).toBe(0);
    writeFileSync(join(copy, 'impact-assessments.yaml'), '[]\n');
    const index = await indexOf(copy);
    const c84 = index.clauses.find((c) => c.ref === '8.4')!;
    expect(c84.status).toBe('no-evidence');
    expect(c84.evidence.length).toBeGreaterThan(0);
    expect(c84.evidence.every((e) => e.supporting === true)).toBe(true);
    expect(index.gaps.map((g) => g.ref)).toEqual(expect.arrayContaining(['6.1.4', '8.4', 'A.5.3']));
  });
});
