// Importing an organisation: valid snapshots land whole, invalid ones are refused with every problem named.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { build, buildOrganisation } from '../../test/factories.ts';
import { AppError, emptySnapshot, type AimsSnapshot } from '../domain/index.ts';
import { sampleSnapshot, sortedSnapshot } from '../store/sample-snapshot.test-support.ts';
import { listOrganisations, loadSnapshot, readAuditEntries, verifyAuditTrail } from '../store/index.ts';
import { importOrganisation } from './import-organisation.ts';

const who = { actor: 'importer' };

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describeEachDatabase('import an organisation', (getDb) => {
  it('stores a valid snapshot whole, and a second import of the same snapshot changes nothing', async () => {
    const snapshot = sampleSnapshot('org-imp');
    const summary = await importOrganisation(getDb(), snapshot, who);
    expect(summary).toMatchObject({ organisationId: 'org-imp', organisation: 'created', updated: 0, deleted: 0 });
    expect(await loadSnapshot(getDb(), 'org-imp')).toStrictEqual(sortedSnapshot(snapshot));
    const entries = (await readAuditEntries(getDb(), 'org-imp', 0, 10_000)).length;
    expect(entries).toBe(summary.created + 1);
    expect(await importOrganisation(getDb(), snapshot, who)).toMatchObject({ organisation: 'unchanged', created: 0, updated: 0, deleted: 0 });
    expect((await readAuditEntries(getDb(), 'org-imp', 0, 10_000)).length).toBe(entries);
    expect((await verifyAuditTrail(getDb(), 'org-imp')).intact).toBe(true);
  });

  it('refuses a snapshot with schema problems as invalid_input, naming register, record and field, and writes nothing', async () => {
    const bad = {
      ...emptySnapshot(buildOrganisation({ id: 'org-bad' })),
      persons: [build.persons({ id: 'p1' }), { ...build.persons({ id: 'p2' }), inAimsScope: 'yes' }],
      risks: [build.risks({ id: 'r1', ownerId: 'nobody' })],
    } as unknown as AimsSnapshot;
    const error = await failure(importOrganisation(getDb(), bad, who));
    expect(error.code).toBe('invalid_input');
    expect(error.details).toEqual(expect.arrayContaining([
      expect.objectContaining({ register: 'persons', recordId: 'p2', field: 'inAimsScope' }),
      expect.objectContaining({ register: 'risks', recordId: 'r1', field: 'ownerId', message: expect.stringContaining('nobody') }),
    ]));
    expect((await listOrganisations(getDb())).map((o) => o.id)).not.toContain('org-bad');
  });

  it('refuses a snapshot whose only problems are references to nothing as broken_reference', async () => {
    const dangling: AimsSnapshot = {
      ...emptySnapshot(buildOrganisation({ id: 'org-dangling' })),
      risks: [build.risks({ id: 'r1', aiSystemIds: ['ais-404'], treatment: { option: 'modify', controlIds: ['A.99.9'], actions: [] } })],
    };
    const error = await failure(importOrganisation(getDb(), dangling, who));
    expect(error.code).toBe('broken_reference');
    expect(error.details.map((d) => d.field)).toEqual(['aiSystemIds[0]', 'treatment.controlIds[0]']);
    expect((await listOrganisations(getDb())).map((o) => o.id)).not.toContain('org-dangling');
  });

  it('leaves an existing organisation as it was when a new import of it is refused', async () => {
    const good: AimsSnapshot = { ...emptySnapshot(buildOrganisation({ id: 'org-keep' })), persons: [build.persons({ id: 'p1' })] };
    await importOrganisation(getDb(), good, who);
    const before = await loadSnapshot(getDb(), 'org-keep');
    const worse = { ...good, persons: [], roles: [build.roles({ id: 'r1', holderIds: ['p1'] })] };
    await failure(importOrganisation(getDb(), worse, who));
    expect(await loadSnapshot(getDb(), 'org-keep')).toStrictEqual(before);
  });
});

describeEachDatabase('import an organisation: deletions and concurrency', (getDb, info) => {
  const persons = (n: number) => Array.from({ length: n }, (_, i) => build.persons({ id: `p${String(i).padStart(2, '0')}` }));

  it('refuses an import that would delete most of the records unless deletions are allowed, and changes nothing', async () => {
    const full: AimsSnapshot = { ...emptySnapshot(buildOrganisation({ id: 'org-cut' })), persons: persons(20) };
    await importOrganisation(getDb(), full, who);
    const before = await loadSnapshot(getDb(), 'org-cut');
    const cut = { ...full, persons: persons(5) };
    const error = await failure(importOrganisation(getDb(), cut, who));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('would delete 15 of the 20 records organisation "org-cut" holds; nothing was written');
    expect(error.details).toEqual([{ register: 'persons', message: 'persons: would delete 15 of its 20 records' }]);
    expect(await loadSnapshot(getDb(), 'org-cut')).toStrictEqual(before);
    // Half, or fewer than ten, needs no confirmation; more with allowDeletions goes through.
    expect(await importOrganisation(getDb(), { ...full, persons: persons(10) }, who)).toMatchObject({ deleted: 10 });
    expect(await importOrganisation(getDb(), cut, { ...who, allowDeletions: true })).toMatchObject({ deleted: 5 });
    expect((await verifyAuditTrail(getDb(), 'org-cut')).intact).toBe(true);
  });

  // Two connections in one process cannot test SQLite (better-sqlite3 waits for its lock synchronously, holding the
  // event loop the other needs); BEGIN IMMEDIATE serialises its writers between processes.
  it.runIf(Boolean(process.env.OPENAIMS_TEST_PG_URL))('serialises two first imports of the same organisation on PostgreSQL: both finish, one creates, the other sees it', async () => {
    if (info().kind !== 'postgres') return;
    const { openDatabase } = await import('../store/index.ts');
    const [a, b] = [await openDatabase(info().target), await openDatabase(info().target)];
    try {
      const snapshot: AimsSnapshot = { ...emptySnapshot(buildOrganisation({ id: 'org-race' })), persons: persons(30) };
      const changed = { ...snapshot, persons: [...persons(30), build.persons({ id: 'p-extra' })] };
      const results = await Promise.all([importOrganisation(a, snapshot, who), importOrganisation(b, changed, who)]);
      expect(results.filter((r) => r.organisation === 'created')).toHaveLength(1);
      const stored = await loadSnapshot(getDb(), 'org-race');
      const second = results[0]!.organisation === 'created' ? changed : snapshot;
      expect(stored.persons.map((p) => p.id)).toEqual(second.persons.map((p) => p.id).sort());
      expect((await verifyAuditTrail(getDb(), 'org-race')).intact).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
