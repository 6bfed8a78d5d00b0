// Tests of `aims catalogue` as a user runs it: the documented information each clause and control asks for, in
// JSON and in text, and which records evidence it.
import { describe, expect, it } from 'vitest';
import { aims } from '../../../test/cli.ts';

interface Entry { id: string; parent?: string | null; documentedInformation?: string; evidencedBy: { register: string; attachedTo?: string }[] }

describe('aims catalogue', () => {
  it('gives documentedInformation on every clause and control, none where the Standard asks for none', async () => {
    const run = await aims('catalogue', '--format', 'json');
    expect(run.code).toBe(0);
    const { clauses, controls } = JSON.parse(run.out) as { clauses: Entry[]; controls: Entry[] };
    const all = new Map([...clauses, ...controls].map((c) => [c.id, c]));
    expect([...all.values()].filter((c) => c.documentedInformation === undefined)).toEqual([]);
    for (const id of ['4.1', '4.2', '5.1', '7.3', '7.4']) expect(all.get(id)!.documentedInformation, id).toBe('none');
    for (const id of ['4.3', '5.2', '6.1.2', '6.1.3', '6.1.4', '6.2', '7.2', '8.4', '9.1', '9.2.2', '9.3.3', '10.2']) {
      expect(all.get(id)!.documentedInformation, id).not.toBe('none');
    }
    expect(all.get('8.4')!.evidencedBy).toEqual([
      expect.objectContaining({ register: 'impactAssessments' }),
      expect.objectContaining({ register: 'evidenceItems', attachedTo: 'impactAssessments' }),
    ]);
  });

  it('shows it in text too', async () => {
    const run = await aims('catalogue');
    expect(run.out).toMatch(/4\.1 +Understanding the organization and its context {2}\[none: interview\/observation\]/);
    expect(run.out).toMatch(/8\.4 +AI system impact assessment {2}\[retain\]/);
    expect(run.out).toMatch(/A\.2\.2 +AI policy {2}\[maintain\]/);
  });
});
