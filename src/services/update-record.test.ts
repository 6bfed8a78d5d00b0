// Updating a record: only from the version the caller saw, and checked like a new record.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { build, buildOrganisation } from '../../test/factories.ts';
import { emptySnapshot } from '../domain/index.ts';
import { getRecord, readAuditEntries } from '../store/index.ts';
import { importOrganisation } from './import-organisation.ts';
import { updateRecord } from './update-record.ts';

const who = { actor: 'bob' };

describeEachDatabase('update a record', (getDb) => {
  it('stores a new version, refuses a stale one, and refuses invalid records and broken references', async () => {
    const db = getDb();
    const person = build.persons({ id: 'p1' });
    await importOrganisation(db, { ...emptySnapshot(buildOrganisation({ id: 'org-u1' })), persons: [person], roles: [build.roles({ id: 'r1' })] }, who);

    const renamed = await updateRecord(db, 'org-u1', 'persons', { ...person, name: 'Ada Lovelace' }, 1, who);
    expect(renamed.version).toBe(2);
    const trail = await readAuditEntries(db, 'org-u1');
    expect(trail.at(-1)).toMatchObject({ action: 'update', register: 'persons', recordId: 'p1', actor: 'bob' });

    await expect(updateRecord(db, 'org-u1', 'persons', { ...person, name: 'Stale' }, 1, who)).rejects.toMatchObject({ code: 'version_conflict' });
    await expect(updateRecord(db, 'org-u1', 'persons', { ...person, email: 'not an email' }, 2, who)).rejects.toMatchObject({
      code: 'invalid_input', details: [expect.objectContaining({ field: 'email' })],
    });
    await expect(updateRecord(db, 'org-u1', 'roles', build.roles({ id: 'r1', holderIds: ['p1', 'p2'] }), 1, who)).rejects.toMatchObject({
      code: 'broken_reference', details: [expect.objectContaining({ field: 'holderIds[1]' })],
    });
    await expect(updateRecord(db, 'org-u1', 'sites', build.sites({ id: 'nope' }), 1, who)).rejects.toMatchObject({ code: 'not_found' });

    expect(await getRecord(db, 'org-u1', 'persons', 'p1')).toMatchObject({ version: 2, record: { name: 'Ada Lovelace' } });
    expect(await readAuditEntries(db, 'org-u1')).toEqual(trail);
  });
});
