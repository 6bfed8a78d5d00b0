// Taking a freeze baseline: the version in force of every document, read from the documents; refused when none is
// approved, for an audit that does not exist or has begun.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { build } from '../../test/factories.ts';
import { takeFreezeBaseline } from './take-freeze-baseline.ts';
import { as, importWorkflowOrganisation, ON, trailOf } from './workflow-records.test-support.ts';

describeEachDatabase('take a document freeze baseline', (getDb) => {
  it('records the approved versions in force, and refuses what cannot be frozen', async () => {
    const db = getDb();
    const org = 'org-freeze';
    await importWorkflowOrganisation(db, org, {
      documents: [
        build.documents({ id: 'doc-a', versions: [{ version: '1.0', status: 'superseded', approvedOn: '2026-01-01' }, { version: '2.0', status: 'approved', approvedOn: '2026-03-01' }] }),
        build.documents({ id: 'doc-b', versions: [{ version: '0.1', status: 'draft' }] }),
        build.documents({ id: 'doc-c', versions: [{ version: '1.0', status: 'approved', approvedOn: '2026-09-01' }] }),
      ],
      externalAudits: [build.externalAudits({ id: 'xa-planned', plannedStart: '2026-08-01' }), build.externalAudits({ id: 'xa-done', status: 'done', plannedStart: '2026-02-01', actualStart: '2026-02-01' })],
    });
    const before = await trailOf(db, org);
    await expect(takeFreezeBaseline(db, org, { frozenOn: '2025-01-01' }, as('p-owner'))).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('nothing to freeze') });
    await expect(takeFreezeBaseline(db, org, { frozenOn: ON, forAuditId: 'xa-none' }, as('p-owner'))).rejects.toMatchObject({ code: 'broken_reference', details: [expect.objectContaining({ field: 'forAuditId' })] });
    await expect(takeFreezeBaseline(db, org, { frozenOn: ON, forAuditId: 'xa-done' }, as('p-owner'))).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('taken before the audit starts') });
    await expect(takeFreezeBaseline(db, org, { frozenOn: ON }, as(null))).rejects.toMatchObject({ code: 'forbidden' });
    expect(await trailOf(db, org)).toEqual(before);

    const taken = await takeFreezeBaseline(db, org, { frozenOn: ON, forAuditId: 'xa-planned' }, as('p-owner', 'owner@example.org'));
    // doc-a's version in force is 2.0; doc-b has none approved; doc-c's approval comes after the freeze date.
    expect(taken.record).toEqual({ id: `freeze-${ON}`, frozenOn: ON, forAuditId: 'xa-planned', documents: [{ documentId: 'doc-a', version: '2.0' }], approvedById: 'p-owner' });
    expect((await trailOf(db, org)).at(-1)).toMatchObject({ action: 'create', register: 'freezeBaselines', actor: 'owner@example.org' });
    expect((await takeFreezeBaseline(db, org, { frozenOn: ON }, as('p-owner'))).record.id).toBe(`freeze-${ON}-2`);
  });
});
