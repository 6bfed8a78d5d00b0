// Approving the AI policy: only a person of top management, and only a policy with the commitments and the
// objectives framework 5.2 asks for.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { build } from '../../test/factories.ts';
import { approveAiPolicy } from './approve-ai-policy.ts';
import { as, importWorkflowOrganisation, ON, trailOf } from './workflow-records.test-support.ts';

describeEachDatabase('approve the AI policy', (getDb) => {
  it('is approved by top management and refused to anyone else or without what 5.2 asks', async () => {
    const db = getDb();
    const org = 'org-policy';
    await importWorkflowOrganisation(db, org, {
      aiObjectives: [build.aiObjectives({ id: 'obj-1' })],
      aiPolicies: [
        build.aiPolicies({ id: 'policy-1', objectiveIds: ['obj-1'] }),
        build.aiPolicies({ id: 'policy-thin', objectiveIds: [], commitments: ['responsible-ai'] }),
        build.aiPolicies({ id: 'policy-no-objectives', objectiveIds: [] }),
      ],
    });
    const before = await trailOf(db, org);
    const approve = (policyId: string, personId: string | null) => approveAiPolicy(db, org, { policyId, expectedVersion: 1, approvedOn: ON }, as(personId));
    await expect(approve('policy-1', 'p-owner')).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('not recorded as top management'), details: [expect.objectContaining({ field: 'topManagement' })] });
    await expect(approve('policy-1', null)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('not linked to a Person') });
    await expect(approve('policy-thin', 'p-boss')).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('applicable-requirements, continual-improvement') });
    await expect(approve('policy-no-objectives', 'p-boss')).rejects.toMatchObject({ code: 'refused', details: [expect.objectContaining({ field: 'objectiveIds' })] });
    expect(await trailOf(db, org)).toEqual(before);

    const approved = await approveAiPolicy(db, org, { policyId: 'policy-1', expectedVersion: 1, approvedOn: ON }, as('p-boss', 'board@example.org'));
    expect(approved.record).toMatchObject({ approvedById: 'p-boss', approvedOn: ON });
    expect((await trailOf(db, org)).at(-1)).toMatchObject({ register: 'aiPolicies', recordId: 'policy-1', actor: 'board@example.org' });
    await expect(approveAiPolicy(db, org, { policyId: 'policy-1', expectedVersion: 2, approvedOn: ON }, as('p-boss'))).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('already approved') });
  });
});
