// Creating a record: schema and references are checked against the organisation's data before anything is written.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { build, buildOrganisation } from '../../test/factories.ts';
import { emptySnapshot } from '../domain/index.ts';
import { getRecord, readAuditEntries } from '../store/index.ts';
import { createRecord } from './create-record.ts';
import { importOrganisation } from './import-organisation.ts';

const who = { actor: 'alice' };

describeEachDatabase('create a record', (getDb) => {
  it('creates a valid record at version 1 with its audit entry', async () => {
    await importOrganisation(getDb(), { ...emptySnapshot(buildOrganisation({ id: 'org-c1' })), persons: [build.persons({ id: 'p1' })] }, who);
    const risk = build.risks({ id: 'r1', ownerId: 'p1', treatment: { option: 'modify', controlIds: ['A.6.2.7'], actions: [{ description: 'Test', ownerId: 'p1', status: 'open' }] } });
    const stored = await createRecord(getDb(), 'org-c1', 'risks', risk, who);
    expect(stored).toMatchObject({ version: 1, record: risk });
    expect((await getRecord(getDb(), 'org-c1', 'risks', 'r1'))?.record).toStrictEqual(risk);
    expect((await readAuditEntries(getDb(), 'org-c1')).at(-1)).toMatchObject({ action: 'create', register: 'risks', recordId: 'r1', actor: 'alice' });
  });

  it('refuses a record the schema rejects, naming the field, and writes nothing', async () => {
    await importOrganisation(getDb(), emptySnapshot(buildOrganisation({ id: 'org-c2' })), who);
    await expect(createRecord(getDb(), 'org-c2', 'persons', { id: 'p1', name: '', inAimsScope: true, shoeSize: 44 }, who)).rejects.toMatchObject({
      code: 'invalid_input',
      details: expect.arrayContaining([
        expect.objectContaining({ field: 'name', message: 'must not be empty' }),
        expect.objectContaining({ field: 'shoeSize' }),
      ]),
    });
    await expect(createRecord(getDb(), 'org-c2', 'customControls', build.customControls({ id: 'A.2.2' }), who)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await getRecord(getDb(), 'org-c2', 'persons', 'p1')).toBeUndefined();
    expect(await readAuditEntries(getDb(), 'org-c2')).toHaveLength(1);
  });

  it('refuses references to nothing, nested ones and catalogue ones included, and accepts the organisation’s own controls', async () => {
    await importOrganisation(getDb(), { ...emptySnapshot(buildOrganisation({ id: 'org-c3' })), customControls: [build.customControls({ id: 'ORG-1' })] }, who);
    const risk = build.risks({
      id: 'r1', aiSystemIds: ['ais-404'],
      treatment: { option: 'modify', controlIds: ['ORG-1', 'ORG-2', 'A.6.2.7'], actions: [{ description: 'x', ownerId: 'ghost', status: 'open' }] },
    });
    await expect(createRecord(getDb(), 'org-c3', 'risks', risk, who)).rejects.toMatchObject({
      code: 'broken_reference',
      details: [
        expect.objectContaining({ field: 'aiSystemIds[0]', message: expect.stringContaining('ais-404') }),
        expect.objectContaining({ field: 'treatment.controlIds[1]', message: expect.stringContaining('ORG-2') }),
        expect.objectContaining({ field: 'treatment.actions[0].ownerId', message: expect.stringContaining('ghost') }),
      ],
    });
    expect(await getRecord(getDb(), 'org-c3', 'risks', 'r1')).toBeUndefined();
    const fixed = { ...risk, aiSystemIds: [], treatment: { ...risk.treatment!, controlIds: ['ORG-1', 'A.6.2.7'], actions: [] } };
    await expect(createRecord(getDb(), 'org-c3', 'risks', fixed, who)).resolves.toMatchObject({ version: 1 });
  });

  it('answers not_found for an organisation that does not exist and already_exists for a taken id', async () => {
    await expect(createRecord(getDb(), 'org-none', 'sites', build.sites({ id: 's1' }), who)).rejects.toMatchObject({ code: 'not_found' });
    await importOrganisation(getDb(), { ...emptySnapshot(buildOrganisation({ id: 'org-c4' })), sites: [build.sites({ id: 's1' })] }, who);
    await expect(createRecord(getDb(), 'org-c4', 'sites', build.sites({ id: 's1' }), who)).rejects.toMatchObject({ code: 'already_exists' });
  });
});
