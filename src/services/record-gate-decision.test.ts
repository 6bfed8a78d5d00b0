// Recording a gate decision: an approval on evidence moves the system to its next stage; refused for a stage the
// system does not define, without evidence, without notes for conditions or a rejection, or past unpassed gates.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { build } from '../../test/factories.ts';
import { recordGateDecision, type GateDecision } from './record-gate-decision.ts';
import { as, importWorkflowOrganisation, ON, trailOf } from './workflow-records.test-support.ts';

const system = build.aiSystems({
  id: 'ais-1', status: 'in-development', ownerId: 'p-owner',
  lifecycle: { stages: ['requirements-and-design', 'verification-and-validation', 'deployment'], currentStage: 'requirements-and-design', gates: [] },
});

describeEachDatabase('record a life-cycle gate decision', (getDb) => {
  it('records an approval on evidence, moves the system on, and refuses what the gates would not accept', async () => {
    const db = getDb();
    const org = 'org-gate';
    await importWorkflowOrganisation(db, org, { aiSystems: [system] });
    const before = await trailOf(db, org);
    const decide = (gate: Partial<GateDecision>, personId: string | null = 'p-owner') => recordGateDecision(db, org, {
      aiSystemId: 'ais-1', expectedVersion: 1, stage: 'requirements-and-design', decision: 'approved', decidedOn: ON, evidenceIds: ['ev-1'], ...gate,
    }, as(personId));
    await expect(decide({ stage: 'retirement' })).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('does not define the stage retirement'), details: [expect.objectContaining({ field: 'stage' })] });
    await expect(decide({ evidenceIds: [] })).rejects.toMatchObject({ code: 'refused', details: [expect.objectContaining({ field: 'evidenceIds' })] });
    await expect(decide({ decision: 'rejected' })).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('must say why'), details: [expect.objectContaining({ field: 'notes' })] });
    await expect(decide({ decision: 'approved-with-conditions', notes: 'TBD' })).rejects.toMatchObject({ code: 'refused', details: [expect.objectContaining({ field: 'notes' })] });
    await expect(decide({ stage: 'deployment' })).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('requirements-and-design, verification-and-validation') });
    await expect(decide({ evidenceIds: ['ev-none'] })).rejects.toMatchObject({ code: 'broken_reference', details: [expect.objectContaining({ field: 'lifecycle.gates[0].evidenceIds[0]' })] });
    await expect(decide({}, null)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await trailOf(db, org)).toEqual(before);

    const passed = await decide({});
    expect(passed.record.lifecycle).toMatchObject({ currentStage: 'verification-and-validation', gates: [{ stage: 'requirements-and-design', decision: 'approved', approverId: 'p-owner', decidedOn: ON, evidenceIds: ['ev-1'] }] });
    expect((await trailOf(db, org)).at(-1)).toMatchObject({ register: 'aiSystems', recordId: 'ais-1', actor: 'p-owner@example.org' });
    const rejected = await decide({ expectedVersion: 2, stage: 'verification-and-validation', decision: 'rejected', notes: 'Bias tests missing for one group.', evidenceIds: [] });
    expect(rejected.record.lifecycle.currentStage).toBe('verification-and-validation');
    expect(rejected.record.lifecycle.gates).toHaveLength(2);
  });
});
