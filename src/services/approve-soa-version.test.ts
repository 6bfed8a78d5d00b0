// Approving an SoA version: recorded with the approver; refused while an entry lacks its justification, when
// there are no entries, when it is already approved, or dated before its issue.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { build } from '../../test/factories.ts';
import { approveSoaVersion } from './approve-soa-version.ts';
import { as, importWorkflowOrganisation, ON, trailOf } from './workflow-records.test-support.ts';

describeEachDatabase('approve a Statement of Applicability version', (getDb) => {
  it('approves a version whose entries are all justified, and audits the acting user', async () => {
    const db = getDb();
    await importWorkflowOrganisation(db, 'org-soa-1', { soaVersions: [build.soaVersions({ id: 'soav-1' })], soaEntries: [build.soaEntries({ id: 'soa-1', justification: 'Needed by risk R1.' })] });
    const approved = await approveSoaVersion(db, 'org-soa-1', { soaVersionId: 'soav-1', expectedVersion: 1, approvedOn: ON }, as('p-boss', 'board@example.org'));
    expect(approved.record).toMatchObject({ approvedById: 'p-boss', approvedOn: ON });
    expect((await trailOf(db, 'org-soa-1')).at(-1)).toMatchObject({ register: 'soaVersions', recordId: 'soav-1', actor: 'board@example.org' });
    await expect(approveSoaVersion(db, 'org-soa-1', { soaVersionId: 'soav-1', expectedVersion: 2, approvedOn: ON }, as('p-boss')))
      .rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('already approved') });
  });

  it('refuses unjustified entries (named), no entries, a date before the issue, and changes nothing', async () => {
    const db = getDb();
    await importWorkflowOrganisation(db, 'org-soa-2', {
      soaVersions: [build.soaVersions({ id: 'soav-1', issuedOn: '2026-06-01' })],
      soaEntries: [build.soaEntries({ id: 'soa-1', justification: 'Needed.' }), build.soaEntries({ id: 'soa-2', controlId: 'A.3.2', justification: 'TBD' })],
    });
    await importWorkflowOrganisation(db, 'org-soa-3', { soaVersions: [build.soaVersions({ id: 'soav-1' })] });
    const before = await trailOf(db, 'org-soa-2');
    const approve = (org: string, approvedOn = ON) => approveSoaVersion(db, org, { soaVersionId: 'soav-1', expectedVersion: 1, approvedOn }, as('p-boss'));
    await expect(approve('org-soa-2')).rejects.toMatchObject({
      code: 'refused', message: expect.stringContaining('A.3.2'), details: [{ register: 'soaEntries', recordId: 'soa-2', field: 'justification', message: expect.any(String) }],
    });
    await expect(approve('org-soa-2', '2026-05-01')).rejects.toMatchObject({ code: 'refused', details: [expect.objectContaining({ field: 'approvedOn' })] });
    await expect(approve('org-soa-3')).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('has no entries') });
    expect(await trailOf(db, 'org-soa-2')).toEqual(before);
  });
});
