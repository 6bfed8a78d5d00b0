// Records survive the database exactly, writes check versions, and organisations never see each other's records.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { build, buildOrganisation } from '../../test/factories.ts';
import { AppError, emptySnapshot, registerNames, type AnyRecord, type RegisterName } from '../domain/index.ts';
import { readAuditEntries } from './audit-log.ts';
import { getRecord, insertRecord, listRecords, modifyRecord, removeRecord } from './records.ts';
import { replaceOrganisation } from './replace.ts';
import { sampleRecord, sampleSnapshot, sortedSnapshot } from './sample-snapshot.test-support.ts';
import { listOrganisations, loadSnapshot } from './snapshot.ts';

const who = { actor: 'test', at: '2026-06-01T10:00:00.000Z' };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describeEachDatabase('store records', (getDb) => {
  it('round-trips every register through a bulk write: all fields, absent fields, empty lists, list order', async () => {
    const snapshot = sampleSnapshot('org-bulk');
    await replaceOrganisation(getDb(), snapshot, who);
    expect(await loadSnapshot(getDb(), 'org-bulk')).toStrictEqual(sortedSnapshot(snapshot));
  });

  it('round-trips every register through single writes, and reads each record back as written', async () => {
    const db = getDb();
    const snapshot = sampleSnapshot('org-single');
    await replaceOrganisation(db, { ...emptySnapshot(snapshot.organisation) }, who);
    // The minimal records first: the others refer to them, and each insert commits on its own.
    for (const shape of ['min', 'full', 'empty'] as const) {
      for (const register of registerNames) await insertRecord(db, 'org-single', register, sampleRecord(register, shape), who);
    }
    for (const register of registerNames) {
      for (const record of snapshot[register] as readonly AnyRecord[]) {
        const stored = await getRecord(db, 'org-single', register, record.id);
        expect(stored?.record, `${register}/${record.id}`).toStrictEqual(record);
        expect(stored?.version).toBe(1);
      }
    }
    expect(await loadSnapshot(db, 'org-single')).toStrictEqual(sortedSnapshot(snapshot));
  });

  it('refuses a write based on a stale version and changes nothing, neither the record nor the audit trail', async () => {
    const db = getDb();
    await replaceOrganisation(db, { ...emptySnapshot(buildOrganisation({ id: 'org-stale' })), persons: [build.persons({ id: 'p1' })] }, who);
    const first = await getRecord(db, 'org-stale', 'persons', 'p1');
    const second = await modifyRecord(db, 'org-stale', 'persons', { ...first!.record, name: 'Ada' }, 1, who);
    expect(second.version).toBe(2);
    const trail = await readAuditEntries(db, 'org-stale');

    expect(await codeOf(modifyRecord(db, 'org-stale', 'persons', { ...first!.record, name: 'Grace' }, 1, who))).toBe('version_conflict');
    expect(await codeOf(removeRecord(db, 'org-stale', 'persons', 'p1', 1, who))).toBe('version_conflict');

    const after = await getRecord(db, 'org-stale', 'persons', 'p1');
    expect(after?.record.name).toBe('Ada');
    expect(after?.version).toBe(2);
    expect(await readAuditEntries(db, 'org-stale')).toEqual(trail);
  });

  it('updates and deletes at the current version, each with its audit entry; an identical update changes nothing', async () => {
    const db = getDb();
    await replaceOrganisation(db, emptySnapshot(buildOrganisation({ id: 'org-crud' })), { actor: 'importer', at: who.at });
    const created = await insertRecord(db, 'org-crud', 'sites', build.sites({ id: 's1' }), { actor: 'alice', at: '2026-06-02T00:00:00.000Z' });
    const same = await modifyRecord(db, 'org-crud', 'sites', created.record, 1, who);
    expect(same.version).toBe(1);
    const changed = await modifyRecord(db, 'org-crud', 'sites', { ...created.record, country: 'France' }, 1, { actor: 'bob', at: '2026-06-03T00:00:00.000Z' });
    expect(changed).toMatchObject({ version: 2, createdAt: '2026-06-02T00:00:00.000Z', updatedAt: '2026-06-03T00:00:00.000Z' });
    await removeRecord(db, 'org-crud', 'sites', 's1', 2, { actor: 'carol', at: '2026-06-04T00:00:00.000Z' });
    expect(await getRecord(db, 'org-crud', 'sites', 's1')).toBeUndefined();
    expect(await codeOf(removeRecord(db, 'org-crud', 'sites', 's1', 2, who))).toBe('not_found');
    expect(await codeOf(insertRecord(db, 'org-crud', 'sites', build.sites({ id: 's2' }), who))).toBe('no error');
    expect(await codeOf(insertRecord(db, 'org-crud', 'sites', build.sites({ id: 's2' }), who))).toBe('already_exists');
    const trail = (await readAuditEntries(db, 'org-crud')).map((e) => [e.seq, e.actor, e.action, e.register, e.recordId]);
    expect(trail).toEqual([
      [1, 'importer', 'create', 'organisation', 'org-crud'],
      [2, 'alice', 'create', 'sites', 's1'],
      [3, 'bob', 'update', 'sites', 's1'],
      [4, 'carol', 'delete', 'sites', 's1'],
      [5, 'test', 'create', 'sites', 's2'],
    ]);
  });

  it('keeps two organisations with the same record ids apart', async () => {
    const db = getDb();
    for (const [org, name] of [['org-a', 'Alpha'], ['org-b', 'Beta']] as const) {
      await replaceOrganisation(db, {
        ...emptySnapshot(buildOrganisation({ id: org, name })),
        persons: [build.persons({ id: 'p1', name: `${name} person` })],
        roles: [build.roles({ id: 'r1', holderIds: ['p1'], accountableChairId: 'p1' })],
      }, who);
    }
    expect((await getRecord(db, 'org-a', 'persons', 'p1'))?.record.name).toBe('Alpha person');
    expect((await getRecord(db, 'org-b', 'persons', 'p1'))?.record.name).toBe('Beta person');
    await removeRecord(db, 'org-a', 'roles', 'r1', 1, who);
    expect(await getRecord(db, 'org-a', 'roles', 'r1')).toBeUndefined();
    expect((await getRecord(db, 'org-b', 'roles', 'r1'))?.record.holderIds).toEqual(['p1']);
    expect((await listOrganisations(db)).map((o) => o.id)).toEqual(expect.arrayContaining(['org-a', 'org-b']));
  });

  it('has the database refuse a reference to a record of another organisation, in a column and in a link table', async () => {
    const db = getDb();
    await replaceOrganisation(db, { ...emptySnapshot(buildOrganisation({ id: 'org-c' })), persons: [build.persons({ id: 'only-in-c' })] }, who);
    await replaceOrganisation(db, emptySnapshot(buildOrganisation({ id: 'org-d' })), who);
    const column = build.roles({ id: 'r-col', accountableChairId: 'only-in-c' });
    const link = build.roles({ id: 'r-link', holderIds: ['only-in-c'] });
    expect(await codeOf(insertRecord(db, 'org-d', 'roles', column, who))).toBe('broken_reference');
    expect(await codeOf(insertRecord(db, 'org-d', 'roles', link, who))).toBe('broken_reference');
    expect(await codeOf(replaceOrganisation(db, { ...emptySnapshot(buildOrganisation({ id: 'org-d' })), roles: [link] }, who))).toBe('broken_reference');
    expect((await loadSnapshot(db, 'org-d')).roles).toEqual([]);
    expect((await readAuditEntries(db, 'org-d')).length).toBe(1);
  });

  it('lists a page of records with the total, searching the label and escaping wildcards', async () => {
    const db = getDb();
    const names = ['Zoe', 'adam', 'Adele', '100% sure', '1000 sure', 'under_score', 'underXscore'];
    await replaceOrganisation(db, {
      ...emptySnapshot(buildOrganisation({ id: 'org-list' })),
      persons: names.map((name, i) => build.persons({ id: `p${i}`, name })),
    }, who);
    const ids = async (register: RegisterName, options: Parameters<typeof listRecords>[3]) =>
      (await listRecords(db, 'org-list', register, options)).items.map((s) => s.record.id);
    expect(await ids('persons', {})).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(await listRecords(db, 'org-list', 'persons', { limit: 2, offset: 1 })).toMatchObject({ total: 7 });
    expect(await ids('persons', { limit: 2, offset: 1 })).toEqual(['p1', 'p2']);
    expect(await ids('persons', { search: 'AD' })).toEqual(['p1', 'p2']);
    expect(await ids('persons', { search: '0%' })).toEqual(['p3']);
    expect(await ids('persons', { search: 'r_s' })).toEqual(['p5']);
    expect(await ids('persons', { sort: 'label' })).toEqual(['p3', 'p4', 'p2', 'p0', 'p1', 'p6', 'p5']);
    expect(await listRecords(db, 'org-list', 'sites', {})).toEqual({ total: 0, items: [] });
  });
});
