// Closing a nonconformity: refused without a root cause, without corrective action or a reasoned "no action
// needed", with open actions, or dated before it could be; closed otherwise, the effectiveness review to follow.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { build } from '../../test/factories.ts';
import { closeNonconformity } from './close-nonconformity.ts';
import { as, importWorkflowOrganisation, ON, trailOf } from './workflow-records.test-support.ts';

const done = { id: 'ca-1', description: 'Add the competence check to onboarding', status: 'done' as const, completedOn: '2026-06-20' };

describeEachDatabase('close a nonconformity', (getDb) => {
  it('refuses every closure 10.2 would not accept, with a clear message, and changes nothing', async () => {
    const db = getDb();
    const org = 'org-nc-1';
    await importWorkflowOrganisation(db, org, {
      nonconformities: [
        build.nonconformities({ id: 'nc-no-cause', correctiveActions: [done] }),
        build.nonconformities({ id: 'nc-tbd-cause', rootCause: 'TBD', correctiveActions: [done] }),
        build.nonconformities({ id: 'nc-no-action', rootCause: 'Onboarding had no competence step.' }),
        build.nonconformities({ id: 'nc-open', rootCause: 'Onboarding had no competence step.', correctiveActions: [{ ...done, status: 'open' }] }),
        build.nonconformities({ id: 'nc-closed', rootCause: 'Onboarding had no competence step.', correctiveActions: [done], status: 'closed', closedOn: '2026-06-21' }),
        build.nonconformities({ id: 'nc-ok', rootCause: 'Onboarding had no competence step.', correctiveActions: [done] }),
      ],
    });
    const before = await trailOf(db, org);
    const close = (nonconformityId: string, more: { noActionReason?: string; closedOn?: string } = {}) =>
      closeNonconformity(db, org, { nonconformityId, expectedVersion: 1, closedOn: more.closedOn ?? ON, ...(more.noActionReason ? { noActionReason: more.noActionReason } : {}) }, as('p-owner'));
    await expect(close('nc-no-cause')).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('without a root cause'), details: [expect.objectContaining({ field: 'rootCause' })] });
    await expect(close('nc-tbd-cause')).rejects.toMatchObject({ code: 'refused', details: [expect.objectContaining({ field: 'rootCause' })] });
    await expect(close('nc-no-action')).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('without corrective action, or a reasoned evaluation'), details: [expect.objectContaining({ field: 'correctiveActions' }), expect.objectContaining({ field: 'noActionReason' })] });
    await expect(close('nc-no-action', { noActionReason: 'n/a' })).rejects.toMatchObject({ code: 'refused' });
    await expect(close('nc-open')).rejects.toMatchObject({ code: 'refused', details: [expect.objectContaining({ field: 'correctiveActions[0].status' })] });
    await expect(close('nc-closed')).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('already closed') });
    await expect(close('nc-ok', { closedOn: '2026-06-10' })).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('last corrective action was completed on 2026-06-20') });
    expect(await trailOf(db, org)).toEqual(before);
  });

  it('closes with corrective action done, or with a reasoned evaluation that none is needed', async () => {
    const db = getDb();
    const org = 'org-nc-2';
    await importWorkflowOrganisation(db, org, {
      nonconformities: [
        build.nonconformities({ id: 'nc-ok', rootCause: 'Onboarding had no competence step.', correctiveActions: [done] }),
        build.nonconformities({ id: 'nc-once', rootCause: 'A supplier sent the wrong file once.' }),
      ],
    });
    const closed = await closeNonconformity(db, org, { nonconformityId: 'nc-ok', expectedVersion: 1, closedOn: ON }, as('p-owner', 'owner@example.org'));
    expect(closed.record).toMatchObject({ status: 'closed', closedOn: ON });
    expect(closed.record.effectivenessReview).toBeUndefined();
    expect((await trailOf(db, org)).at(-1)).toMatchObject({ register: 'nonconformities', recordId: 'nc-ok', actor: 'owner@example.org' });
    const reasoned = await closeNonconformity(db, org, { nonconformityId: 'nc-once', expectedVersion: 1, closedOn: ON, noActionReason: 'The supplier\'s process already rejects such files; the cause cannot recur.' }, as('p-owner'));
    expect(reasoned.record).toMatchObject({ status: 'closed', noActionReason: expect.stringContaining('cannot recur') });
  });
});
