// The IAF MLA reference list agrees with the reference table, and marks what no public source confirmed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIafMlaEntry, iafMlaAccreditationBodyRecords, iafMlaReference } from './iaf-mla.ts';

const rows = readFileSync(join(import.meta.dirname, '../../../test/fixtures/iaf-mla-accreditation-bodies.tsv'), 'utf8')
  .trim().split('\n').slice(1).map((line) => line.split('\t'));

describe('the IAF MLA reference list', () => {
  it('holds every body of the reference table, confirmed exactly where a V-source is given', () => {
    expect(iafMlaReference.map((e) => e.acronym)).toEqual(rows.map((r) => r[0]));
    for (const [acronym, name, country, evidence] of rows) {
      const entry = findIafMlaEntry(acronym!)!;
      expect(entry).toMatchObject({ name, country, confirmed: evidence!.startsWith('V') });
    }
  });

  it('finds bodies by id or acronym, whatever the case', () => {
    expect(findIafMlaEntry('ukas')?.confirmed).toBe(true);
    expect(findIafMlaEntry('SCC')?.confirmed).toBe(false);
    expect(findIafMlaEntry('nobody')).toBeUndefined();
  });

  it('seeds accreditationBodies records that say where the status comes from', () => {
    const records = iafMlaAccreditationBodyRecords();
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(records.find((r) => r.id === 'ukas')?.source).toContain('ukas.com');
    expect(records.find((r) => r.id === 'a2la')?.source).toMatch(/Not confirmed.*17065/);
  });
});
