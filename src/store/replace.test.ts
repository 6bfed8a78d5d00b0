// Replacing an organisation's records: only real changes are written and audited, and a failure writes nothing.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { build, buildOrganisation } from '../../test/factories.ts';
import { AppError, emptySnapshot, type AimsSnapshot } from '../domain/index.ts';
import { readAuditEntries } from './audit-log.ts';
import { verifyAuditTrail } from './audit-verification.ts';
import type { AimsDatabase } from './database.ts';
import { getRecord } from './records.ts';
import { replaceOrganisation } from './replace.ts';
import { loadSnapshot } from './snapshot.ts';

const at1 = { actor: 'import-1', at: '2026-06-01T00:00:00.000Z' };
const at2 = { actor: 'import-2', at: '2026-07-01T00:00:00.000Z' };

function first(id: string): AimsSnapshot {
  return {
    ...emptySnapshot(buildOrganisation({ id, name: 'First name' })),
    persons: [build.persons({ id: 'p1' }), build.persons({ id: 'p2' }), build.persons({ id: 'p3' })],
    aiSystems: [build.aiSystems({ id: 'sys-1', ownerId: 'p1', supplierIds: [] })],
    risks: [build.risks({ id: 'risk-1', ownerId: 'p2', aiSystemIds: ['sys-1'] })],
  };
}

/** Everything a failed write could have touched: records, versions, timestamps and the audit trail. */
async function state(db: AimsDatabase, org: string) {
  const snapshot = await loadSnapshot(db, org);
  const versions = await Promise.all(snapshot.persons.map((p) => getRecord(db, org, 'persons', p.id)));
  return { snapshot, versions, trail: await readAuditEntries(db, org, 0, 100_000) };
}

describeEachDatabase('replace an organisation', (getDb) => {
  it('inserts, updates and deletes only what differs, bumping versions and auditing each change once', async () => {
    const db = getDb();
    const created = await replaceOrganisation(db, first('org-r1'), at1);
    expect(created).toMatchObject({ organisation: 'created', created: 5, updated: 0, deleted: 0, unchanged: 0 });

    const again = await replaceOrganisation(db, first('org-r1'), at2);
    expect(again).toMatchObject({ organisation: 'unchanged', created: 0, updated: 0, deleted: 0, unchanged: 5 });
    expect((await readAuditEntries(db, 'org-r1')).length).toBe(6);

    const next = first('org-r1');
    const changed: AimsSnapshot = {
      ...next,
      organisation: { ...next.organisation, name: 'Second name' },
      persons: [next.persons[0]!, { ...next.persons[1]!, name: 'Changed' }, build.persons({ id: 'p4' })],
      risks: [{ ...next.risks[0]!, aiSystemIds: [] }],
    };
    const summary = await replaceOrganisation(db, changed, at2);
    expect(summary).toMatchObject({ organisation: 'updated', created: 1, updated: 2, deleted: 1, unchanged: 2 });
    expect(summary.registers.persons).toEqual({ created: 1, updated: 1, deleted: 1, unchanged: 1 });

    expect(await getRecord(db, 'org-r1', 'persons', 'p1')).toMatchObject({ version: 1, updatedAt: at1.at });
    expect(await getRecord(db, 'org-r1', 'persons', 'p2')).toMatchObject({ version: 2, createdAt: at1.at, updatedAt: at2.at });
    expect(await getRecord(db, 'org-r1', 'persons', 'p3')).toBeUndefined();
    expect((await getRecord(db, 'org-r1', 'risks', 'risk-1'))?.record.aiSystemIds).toEqual([]);
    const latest = (await readAuditEntries(db, 'org-r1')).slice(6).map((e) => [e.action, e.register, e.recordId, e.actor]);
    expect(latest).toEqual([
      ['update', 'organisation', 'org-r1', 'import-2'],
      ['update', 'persons', 'p2', 'import-2'],
      ['create', 'persons', 'p4', 'import-2'],
      ['delete', 'persons', 'p3', 'import-2'],
      ['update', 'risks', 'risk-1', 'import-2'],
    ]);
    expect((await verifyAuditTrail(db, 'org-r1')).intact).toBe(true);
  });

  it('is all-or-nothing: an insert failing midway leaves the database as it was', async () => {
    const db = getDb();
    await replaceOrganisation(db, first('org-r2'), at1);
    const before = await state(db, 'org-r2');
    const next = first('org-r2');
    // Valid changes in early registers, then a duplicate id in a later one: its insert fails after the others ran.
    const failing: AimsSnapshot = {
      ...next,
      organisation: { ...next.organisation, name: 'Never stored' },
      persons: [{ ...next.persons[0]!, name: 'Never stored' }, build.persons({ id: 'p9' })],
      freezeBaselines: [build.freezeBaselines({ id: 'fb' }), build.freezeBaselines({ id: 'fb' })],
    };
    const error = await replaceOrganisation(db, failing, at2).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('already_exists');
    expect(await state(db, 'org-r2')).toEqual(before);
  });

  it('is all-or-nothing when a reference fails at commit, and for an organisation that did not exist yet', async () => {
    const db = getDb();
    await replaceOrganisation(db, first('org-r3'), at1);
    const before = await state(db, 'org-r3');
    const broken: AimsSnapshot = { ...first('org-r3'), risks: [build.risks({ id: 'risk-1', ownerId: 'nobody' })] };
    await expect(replaceOrganisation(db, broken, at2)).rejects.toMatchObject({ code: 'broken_reference' });
    expect(await state(db, 'org-r3')).toEqual(before);

    await expect(replaceOrganisation(db, { ...first('org-new'), risks: [build.risks({ id: 'r', ownerId: 'nobody' })] }, at2))
      .rejects.toMatchObject({ code: 'broken_reference' });
    await expect(loadSnapshot(db, 'org-new')).rejects.toMatchObject({ code: 'not_found' });
  });
});
