// Deleting a record: refused while others refer to it (each named), otherwise gone with its audit entry.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { build, buildOrganisation } from '../../test/factories.ts';
import { emptySnapshot } from '../domain/index.ts';
import { getRecord, readAuditEntries } from '../store/index.ts';
import { deleteRecord } from './delete-record.ts';
import { importOrganisation } from './import-organisation.ts';

const who = { actor: 'carol' };

describeEachDatabase('delete a record', (getDb) => {
  it('names every record that still refers to it, through a column, a list, a nested field and a record reference', async () => {
    const db = getDb();
    await importOrganisation(db, {
      ...emptySnapshot(buildOrganisation({ id: 'org-d1' })),
      persons: [build.persons({ id: 'p1' }), build.persons({ id: 'p1-other' })],
      documents: [build.documents({ id: 'doc-1', ownerId: 'p1' })],
      roles: [build.roles({ id: 'role-1', holderIds: ['p1-other', 'p1'] })],
      risks: [build.risks({ id: 'risk-1', treatment: { option: 'modify', controlIds: [], actions: [{ description: 'x', ownerId: 'p1', status: 'open' }] } })],
      evidenceItems: [build.evidenceItems({ id: 'ev-1', records: [{ register: 'persons', id: 'p1' }] })],
    }, who);
    const error = await deleteRecord(db, 'org-d1', 'persons', 'p1', 1, who).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'broken_reference' });
    const named = (error as { details: { register: string; recordId: string; field: string }[] }).details.map((d) => `${d.register}/${d.recordId} ${d.field}`);
    expect(named.sort()).toEqual(['documents/doc-1 ownerId', 'evidenceItems/ev-1 records[0]', 'risks/risk-1 treatment.actions[0].ownerId', 'roles/role-1 holderIds[1]']);
    expect(await getRecord(db, 'org-d1', 'persons', 'p1')).toBeDefined();
  });

  it('refuses to delete an organisation control still named as a control', async () => {
    const db = getDb();
    await importOrganisation(db, {
      ...emptySnapshot(buildOrganisation({ id: 'org-d2' })),
      customControls: [build.customControls({ id: 'ORG-1' })],
      soaEntries: [build.soaEntries({ id: 'soa-1', controlId: 'ORG-1' })],
    }, who);
    await expect(deleteRecord(db, 'org-d2', 'customControls', 'ORG-1', 1, who)).rejects.toMatchObject({
      code: 'broken_reference', details: [expect.objectContaining({ register: 'soaEntries', recordId: 'soa-1', field: 'controlId' })],
    });
  });

  it('deletes a record nothing refers to at the version the caller saw, and refuses a stale one', async () => {
    const db = getDb();
    await importOrganisation(db, { ...emptySnapshot(buildOrganisation({ id: 'org-d3' })), sites: [build.sites({ id: 's1' })] }, who);
    await expect(deleteRecord(db, 'org-d3', 'sites', 's1', 7, who)).rejects.toMatchObject({ code: 'version_conflict' });
    await expect(deleteRecord(db, 'org-d3', 'sites', 's1', 1, who)).resolves.toMatchObject({ version: 1, record: { id: 's1' } });
    expect(await getRecord(db, 'org-d3', 'sites', 's1')).toBeUndefined();
    expect((await readAuditEntries(db, 'org-d3')).at(-1)).toMatchObject({ action: 'delete', register: 'sites', recordId: 's1', actor: 'carol', after: null });
    await expect(deleteRecord(db, 'org-d3', 'sites', 's1', 1, who)).rejects.toMatchObject({ code: 'not_found' });
  });
});
