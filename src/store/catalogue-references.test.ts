// Clause and control lists live in link tables that every write keeps in step, and recordsReferencing finds
// the records naming a clause or control through them.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { build, buildOrganisation } from '../../test/factories.ts';
import { emptySnapshot, type AimsSnapshot, type RecordOf } from '../domain/index.ts';
import { recordsReferencing } from './catalogue-references.ts';
import { getRecord, insertRecord, modifyRecord, removeRecord } from './records.ts';
import { replaceOrganisation } from './replace.ts';
import { loadSnapshot } from './snapshot.ts';
import { writeOrganisation } from './writer.ts';

const who = { actor: 'test', at: '2026-06-01T10:00:00.000Z' };

const risk = (id: string, controlIds: string[]): RecordOf<'risks'> =>
  build.risks({ id, status: 'treatment-planned', treatment: { option: 'modify', controlIds, actions: [] } });

function organisation(id: string): AimsSnapshot {
  return {
    ...emptySnapshot(buildOrganisation({ id })),
    persons: [build.persons({ id: 'person-1' })],
    customControls: [build.customControls({ id: 'ORG-1' })],
    evidenceItems: [
      build.evidenceItems({ id: 'ev-b', refs: ['7.2', '9.2'] }),
      build.evidenceItems({ id: 'ev-a', refs: ['9.2'] }),
      build.evidenceItems({ id: 'ev-c', refs: [] }),
    ],
    risks: [risk('risk-1', ['ORG-1', 'A.6.2.7']), build.risks({ id: 'risk-2' })],
    soaEntries: [build.soaEntries({ id: 'soa-1', controlId: 'A.6.2.7' })],
    internalAudits: [build.internalAudits({
      id: 'audit-1', scopeRefs: ['9.2', 'A.6.2.7'],
      findings: [{ id: 'f1', classification: 'minor', description: 'Gaps', refs: ['4.3', '9.2'] }],
    })],
    mockInterviews: [build.mockInterviews({ id: 'mi-1', controlIds: ['A.6.2.7'] })],
  };
}

describeEachDatabase('records naming a clause or control', (getDb) => {
  it('lists every record naming a clause, with the field and list position, in register and id order', async () => {
    await replaceOrganisation(getDb(), organisation('org-q'), who);
    expect(await recordsReferencing(getDb(), 'org-q', '9.2')).toEqual([
      { register: 'evidenceItems', id: 'ev-a', field: 'refs[0]' },
      { register: 'evidenceItems', id: 'ev-b', field: 'refs[1]' },
      { register: 'internalAudits', id: 'audit-1', field: 'scopeRefs[0]' },
      { register: 'internalAudits', id: 'audit-1', field: 'findings[0].refs[1]' },
    ]);
    expect(await recordsReferencing(getDb(), 'org-q', 'A.6.2.7')).toEqual([
      { register: 'risks', id: 'risk-1', field: 'treatment.controlIds[1]' },
      { register: 'soaEntries', id: 'soa-1', field: 'controlId' },
      { register: 'internalAudits', id: 'audit-1', field: 'scopeRefs[1]' },
      { register: 'mockInterviews', id: 'mi-1', field: 'controlIds[0]' },
    ]);
    expect(await recordsReferencing(getDb(), 'org-q', 'ORG-1')).toEqual([{ register: 'risks', id: 'risk-1', field: 'treatment.controlIds[0]' }]);
    expect(await recordsReferencing(getDb(), 'org-q', '5.2')).toEqual([]);
  });

  it('never answers with another organisation\'s records', async () => {
    await replaceOrganisation(getDb(), organisation('org-mine'), who);
    await replaceOrganisation(getDb(), { ...emptySnapshot(buildOrganisation({ id: 'org-other' })), evidenceItems: [build.evidenceItems({ id: 'ev-x', refs: ['9.2'] })] }, who);
    expect((await recordsReferencing(getDb(), 'org-other', '9.2')).map((r) => r.id)).toEqual(['ev-x']);
    expect((await recordsReferencing(getDb(), 'org-mine', '9.2')).map((r) => r.id)).not.toContain('ev-x');
  });

  it('follows single writes: insert, update (reorder, remove, add), delete', async () => {
    const db = getDb();
    await replaceOrganisation(db, { ...emptySnapshot(buildOrganisation({ id: 'org-w' })), customControls: [build.customControls({ id: 'ORG-1' })] }, who);
    const ids = async (ref: string) => (await recordsReferencing(db, 'org-w', ref)).map((r) => `${r.id}.${r.field}`);

    await insertRecord(db, 'org-w', 'evidenceItems', build.evidenceItems({ id: 'ev-1', refs: ['9.2', '7.2'] }), who);
    await insertRecord(db, 'org-w', 'risks', risk('risk-1', ['A.6.2.7']), who);
    expect(await ids('9.2')).toEqual(['ev-1.refs[0]']);
    expect(await ids('A.6.2.7')).toEqual(['risk-1.treatment.controlIds[0]']);

    await modifyRecord(db, 'org-w', 'evidenceItems', build.evidenceItems({ id: 'ev-1', refs: ['7.2', '8.4'] }), 1, who);
    await modifyRecord(db, 'org-w', 'risks', risk('risk-1', ['ORG-1']), 1, who);
    expect(await ids('9.2')).toEqual([]);
    expect(await ids('7.2')).toEqual(['ev-1.refs[0]']);
    expect(await ids('8.4')).toEqual(['ev-1.refs[1]']);
    expect(await ids('A.6.2.7')).toEqual([]);
    expect(await ids('ORG-1')).toEqual(['risk-1.treatment.controlIds[0]']);
    expect((await getRecord(db, 'org-w', 'evidenceItems', 'ev-1'))?.record.refs).toEqual(['7.2', '8.4']);

    // A risk whose treatment goes away names no control any more, and reads back without a treatment.
    await modifyRecord(db, 'org-w', 'risks', build.risks({ id: 'risk-1' }), 2, who);
    expect(await ids('ORG-1')).toEqual([]);
    expect((await getRecord(db, 'org-w', 'risks', 'risk-1'))?.record).toStrictEqual(build.risks({ id: 'risk-1' }));

    await removeRecord(db, 'org-w', 'evidenceItems', 'ev-1', 2, who);
    expect(await ids('7.2')).toEqual([]);
  });

  it('follows bulk replacement, and a failed write leaves the links as they were', async () => {
    const db = getDb();
    const before = organisation('org-r');
    await replaceOrganisation(db, before, who);
    const after: AimsSnapshot = {
      ...before,
      evidenceItems: [build.evidenceItems({ id: 'ev-a', refs: ['4.1'] }), build.evidenceItems({ id: 'ev-new', refs: ['9.2'] })],
      risks: [risk('risk-1', ['A.6.2.7', 'ORG-1'])],
    };
    await replaceOrganisation(db, after, who);
    expect(await recordsReferencing(db, 'org-r', '9.2')).toEqual([
      { register: 'evidenceItems', id: 'ev-new', field: 'refs[0]' },
      { register: 'internalAudits', id: 'audit-1', field: 'scopeRefs[0]' },
      { register: 'internalAudits', id: 'audit-1', field: 'findings[0].refs[1]' },
    ]);
    expect((await recordsReferencing(db, 'org-r', 'ORG-1')).map((r) => r.field)).toEqual(['treatment.controlIds[1]']);

    // A record pointing at a missing register record fails at commit: nothing of the write stays, links included.
    const broken = { ...after, evidenceItems: [build.evidenceItems({ id: 'ev-a', refs: ['5.2'], ownerId: 'nobody' })] };
    await expect(replaceOrganisation(db, broken, who)).rejects.toMatchObject({ code: 'broken_reference' });
    expect(await recordsReferencing(db, 'org-r', '5.2')).toEqual([]);
    expect((await recordsReferencing(db, 'org-r', '4.1')).map((r) => r.id)).toEqual(['ev-a']);
    const loaded = await loadSnapshot(db, 'org-r');
    expect(loaded.evidenceItems.map((e) => [e.id, e.refs])).toEqual([['ev-a', ['4.1']], ['ev-new', ['9.2']]]);
  });

  it('finds an organisation control named in link tables as referred to, so it cannot be deleted from under them', async () => {
    const db = getDb();
    const snapshot = organisation('org-ref');
    await replaceOrganisation(db, { ...snapshot, mockInterviews: [build.mockInterviews({ id: 'mi-1', controlIds: ['A.2.2', 'ORG-1'] })] }, who);
    const referrers = await writeOrganisation(db, 'org-ref', who, (w) => w.referrers('customControls', 'ORG-1'));
    expect(referrers).toEqual(expect.arrayContaining([
      { register: 'risks', id: 'risk-1', field: 'treatment.controlIds[0]' },
      { register: 'mockInterviews', id: 'mi-1', field: 'controlIds[1]' },
    ]));
    expect(referrers).toHaveLength(2);
  });
});
