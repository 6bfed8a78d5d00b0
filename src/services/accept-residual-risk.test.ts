// Accepting a residual risk: only the designated management (named on the risk, else on the methodology, else the
// risk owner), and only an assessed residual level after treatment: within the criteria, or above them with the rationale.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.ts';
import { build } from '../../test/factories.ts';
import type { Risk } from '../domain/index.ts';
import { acceptResidualRisk } from './accept-residual-risk.ts';
import { as, importWorkflowOrganisation, ON, trailOf } from './workflow-records.test-support.ts';

const treated = (treatment: Partial<NonNullable<Risk['treatment']>> = {}): NonNullable<Risk['treatment']> =>
  ({ option: 'modify', controlIds: ['A.6.2.4'], actions: [{ description: 'Add a bias test', status: 'done' }], residualLikelihood: 2, residualConsequence: 2, ...treatment });

describeEachDatabase('accept a residual risk', (getDb) => {
  it('admits the management designated on the risk or the methodology, not the owner then, and records who', async () => {
    const db = getDb();
    const org = 'org-risk-1';
    await importWorkflowOrganisation(db, org, {
      riskMethodologies: [build.riskMethodologies({ id: 'rm-1', residualAcceptance: { roleIds: ['role-risk-committee'] } })],
      risks: [
        build.risks({ id: 'risk-m', ownerId: 'p-owner', treatment: treated() }),
        build.risks({ id: 'risk-r', ownerId: 'p-owner', treatment: treated({ residualAcceptorId: 'p-boss' }) }),
      ],
    });
    const accept = (riskId: string, personId: string, expectedVersion = 1) => acceptResidualRisk(db, org, { riskId, expectedVersion, acceptedOn: ON }, as(personId));
    // The methodology reserves acceptance to the risk committee: its chair and holders, not the risk owner.
    await expect(accept('risk-m', 'p-owner')).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('designated by the risk methodology') });
    const accepted = await accept('risk-m', 'p-chair');
    expect(accepted.record).toMatchObject({ status: 'accepted', treatment: { residualAcceptedById: 'p-chair', residualAcceptedOn: ON } });
    expect((await trailOf(db, org)).at(-1)).toMatchObject({ register: 'risks', recordId: 'risk-m', actor: 'p-chair@example.org' });
    await expect(accept('risk-m', 'p-chair', 2)).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('already accepted') });
    // The risk names its own acceptor, which overrides the methodology.
    await expect(accept('risk-r', 'p-chair')).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('designated by the risk)') });
    expect((await accept('risk-r', 'p-boss')).record.treatment?.residualAcceptedById).toBe('p-boss');
  });

  it('falls back to the risk owner, and refuses untreated, unassessed, unfinished, over-threshold or undesignated risks', async () => {
    const db = getDb();
    const org = 'org-risk-2';
    await importWorkflowOrganisation(db, org, {
      riskMethodologies: [build.riskMethodologies({ id: 'rm-1', acceptanceThreshold: 6 })],
      risks: [
        build.risks({ id: 'risk-owned', ownerId: 'p-owner', treatment: treated() }),
        build.risks({ id: 'risk-untreated', ownerId: 'p-owner' }),
        build.risks({ id: 'risk-unassessed', ownerId: 'p-owner', treatment: { option: 'retain', controlIds: [], actions: [] } }),
        build.risks({ id: 'risk-open', ownerId: 'p-owner', treatment: treated({ actions: [{ description: 'Add a bias test', status: 'open' }] }) }),
        build.risks({ id: 'risk-high', ownerId: 'p-owner', treatment: treated({ residualLikelihood: 3, residualConsequence: 3 }) }),
        build.risks({ id: 'risk-nobody', treatment: treated() }),
      ],
    });
    const before = await trailOf(db, org);
    const accept = (riskId: string, personId: string | null = 'p-owner') => acceptResidualRisk(db, org, { riskId, expectedVersion: 1, acceptedOn: ON }, as(personId));
    await expect(accept('risk-owned', 'p-boss')).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('the risk owner, as nothing else is designated') });
    await expect(accept('risk-owned', null)).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('not linked to a Person') });
    await expect(accept('risk-untreated')).rejects.toMatchObject({ code: 'refused', details: [expect.objectContaining({ field: 'treatment' })] });
    await expect(accept('risk-unassessed')).rejects.toMatchObject({ code: 'refused', details: [expect.objectContaining({ field: 'treatment.residualLikelihood' })] });
    await expect(accept('risk-open')).rejects.toMatchObject({ code: 'refused', details: [expect.objectContaining({ field: 'treatment.actions[0].status' })] });
    await expect(accept('risk-high')).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('above the acceptance threshold 6') });
    await expect(accept('risk-nobody')).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('No management is designated') });
    expect(await trailOf(db, org)).toEqual(before);
    expect((await accept('risk-owned')).record.treatment?.residualAcceptedById).toBe('p-owner');
  });

  it('2026-12-02: accepts a residual level above the criteria only with the rationale, kept on the risk', async () => {
    const db = getDb();
    const org = 'org-risk-3';
    await importWorkflowOrganisation(db, org, {
      riskMethodologies: [build.riskMethodologies({ id: 'rm-1', acceptanceThreshold: 6 })],
      risks: [build.risks({ id: 'risk-high', ownerId: 'p-owner', treatment: treated({ residualLikelihood: 3, residualConsequence: 3 }) })],
    });
    const accept = (rationale?: string) => acceptResidualRisk(db, org, { riskId: 'risk-high', expectedVersion: 1, acceptedOn: ON, ...(rationale !== undefined ? { rationale } : {}) }, as('p-owner'));
    await expect(accept('   ')).rejects.toMatchObject({ code: 'refused', details: [expect.objectContaining({ field: 'rationale', message: 'required: residual level 9 above 6' })] });
    const why = 'No further control is available until the vendor ships v5 in Q2; weekly monitoring and a human review of every decline meanwhile.';
    const accepted = await accept(why);
    expect(accepted.record).toMatchObject({ status: 'accepted', treatment: { residualAcceptedById: 'p-owner', residualAcceptanceRationale: why } });
  });
});
