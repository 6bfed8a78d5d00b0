// Tests of loading the demo into an empty database: loaded once, never over an organisation already there.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { listOrganisations, loadSnapshot } from '../store/index.ts';
import { importDemoIntoEmptyDatabase } from './import-demo.ts';

describeEachDatabase('importDemoIntoEmptyDatabase', (getDb) => {
  it('loads the demo into an empty database, and leaves a database that holds an organisation alone', async () => {
    const db = getDb();
    const demo = await importDemoIntoEmptyDatabase(db, '2026-11-01');
    expect(demo).toBeDefined();
    expect((await listOrganisations(db)).map((o) => o.id)).toEqual([demo!.organisation.id]);
    const stored = await loadSnapshot(db, demo!.organisation.id);
    expect(stored.risks.length).toBe(demo!.risks.length);
    expect(await importDemoIntoEmptyDatabase(db, '2027-01-01')).toBeUndefined();
    expect((await loadSnapshot(db, demo!.organisation.id)).managementReviews).toEqual(stored.managementReviews);
  });
});
