// Approving a document version: the version is approved by the acting person and the last one superseded; an
// approved version never changes, and a version with nothing in it, or an approver without a Person, is refused.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { build } from '../../test/factories.ts';
import { getRecord } from '../store/index.ts';
import { approveDocumentVersion } from './approve-document-version.ts';
import { as, importWorkflowOrganisation, ON, trailOf } from './workflow-records.test-support.ts';

const doc = build.documents({
  id: 'doc-1', versions: [
    { version: '1.0', status: 'approved', approvedOn: '2026-01-10', effectiveOn: '2026-01-10', content: 'First text' },
    { version: '1.1', status: 'draft', createdOn: '2026-06-01', content: 'Second text' },
    { version: '1.2', status: 'draft', createdOn: '2026-06-02' },
  ],
});

describeEachDatabase('approve a document version', (getDb) => {
  it('approves the version, supersedes the one in force, and audits the acting user', async () => {
    const db = getDb();
    const ORG = 'org-doc-1';
    await importWorkflowOrganisation(db, ORG, { documents: [build.documents({ id: 'doc-policy' }), doc] });
    const approved = await approveDocumentVersion(db, ORG, { documentId: 'doc-1', expectedVersion: 1, documentVersion: '1.1', approvedOn: ON }, as('p-owner', 'owner@example.org'));
    expect(approved.version).toBe(2);
    expect(approved.record.versions.map((v) => v.status)).toEqual(['superseded', 'approved', 'draft']);
    expect(approved.record.versions[1]).toMatchObject({ approvedById: 'p-owner', approvedOn: ON, effectiveOn: ON });
    expect((await trailOf(db, ORG)).at(-1)).toMatchObject({ action: 'update', register: 'documents', recordId: 'doc-1', actor: 'owner@example.org' });
  });

  it('refuses an approved or superseded version, an empty one, a missing one, a stale record and a user without a Person; nothing changes', async () => {
    const db = getDb();
    const ORG = 'org-doc-2';
    await importWorkflowOrganisation(db, ORG, { documents: [build.documents({ id: 'doc-policy' }), doc] });
    const before = await trailOf(db, ORG);
    const approve = (documentVersion: string, expectedVersion = 1, personId: string | null = 'p-owner', approvedOn = ON) =>
      approveDocumentVersion(db, ORG, { documentId: 'doc-1', expectedVersion, documentVersion, approvedOn }, as(personId));
    await expect(approve('1.0')).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('approved versions never change'), details: [expect.objectContaining({ field: 'versions[0].status' })] });
    await expect(approve('1.2')).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('neither its text'), details: [expect.objectContaining({ field: 'versions[2].content' })] });
    await expect(approve('9.9')).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('has no version "9.9"') });
    await expect(approve('1.1', 1, 'p-owner', '2026-05-01')).rejects.toMatchObject({ code: 'refused', details: [expect.objectContaining({ field: 'approvedOn' })] });
    await expect(approve('1.1', 7)).rejects.toMatchObject({ code: 'version_conflict' });
    await expect(approve('1.1', 1, null)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('not linked to a Person') });
    await expect(approveDocumentVersion(db, ORG, { documentId: 'nope', expectedVersion: 1, documentVersion: '1.1', approvedOn: ON }, as('p-owner'))).rejects.toMatchObject({ code: 'not_found' });
    expect(await trailOf(db, ORG)).toEqual(before);
    expect((await getRecord(db, ORG, 'documents', 'doc-1'))?.version).toBe(1);
  });
});
