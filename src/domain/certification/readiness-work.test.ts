// Readiness as tracked work: due dates counted back from Stage 1, interview packs per control owner, freeze drift.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { readinessWork } from './readiness-work.ts';

const stage1 = build.externalAudits({ id: 'st1', kind: 'stage-1', plannedStart: '2026-09-07', status: 'planned' });

describe('readinessWork', () => {
  it('counts due dates back from the Stage 1 on record and flags overdue steps', () => {
    const gap = build.readinessSteps({ id: 'rs-gap', step: 'gap-review', ownerId: 'p-ana', status: 'in-progress' });
    const mr = build.readinessSteps({ id: 'rs-mr', step: 'management-review', status: 'done', completedOn: '2026-08-01', dueDate: '2026-08-03' });
    const w = readinessWork(aimsOf({ externalAudits: [stage1], readinessSteps: [gap, mr], persons: [build.persons({ id: 'p-ana', name: 'Ana' })] }), '2026-07-14');
    expect(w.stage1).toBe('2026-09-07');
    expect(w.steps.map((s) => s.step)).toEqual(['gap-review', 'soa-reconciliation', 'internal-audit-cycle', 'management-review', 'evidence-index', 'mock-interviews', 'document-freeze']);
    expect(w.steps[0]).toMatchObject({ dueDate: '2026-07-13', dueFrom: 'stage-1', ownerName: 'Ana', status: 'in-progress', overdue: true });
    expect(w.steps[3]).toMatchObject({ dueDate: '2026-08-03', dueFrom: 'record', status: 'done', overdue: false });
    expect(w.steps[6]).toMatchObject({ dueDate: '2026-08-31', status: 'not-started', overdue: false });
  });

  it('builds an interview pack per control owner: what to rehearse and how rehearsals went', () => {
    const role = build.roles({ id: 'role-dpo', holderIds: ['p-bo'] });
    const aims = aimsOf({
      persons: [build.persons({ id: 'p-ana', name: 'Ana' }), build.persons({ id: 'p-bo', name: 'Bo' })],
      roles: [role],
      soaEntries: [
        build.soaEntries({ controlId: 'A.5.4', ownerId: 'p-ana' }), build.soaEntries({ controlId: 'A.6.2.7', ownerId: 'p-ana' }),
        build.soaEntries({ controlId: 'A.7.5', ownerRoleId: 'role-dpo' }),
      ],
      aiSystems: [build.aiSystems({ id: 'ais-1', name: 'Scoring', ownerId: 'p-ana' })],
      mockInterviews: [
        build.mockInterviews({ intervieweeId: 'p-ana', heldOn: '2026-08-10', controlIds: ['A.5.4'], outcome: 'needs-practice' }),
        build.mockInterviews({ intervieweeId: 'p-ana', heldOn: '2026-08-20', controlIds: ['A.5.4'], outcome: 'ready' }),
      ],
    });
    const [ana, bo] = ['p-ana', 'p-bo'].map((id) => readinessWork(aims, '2026-08-25').interviewPacks.find((p) => p.personId === id)!);
    expect(ana).toMatchObject({ toRehearse: ['A.6.2.7'], status: 'needs-practice', aiSystems: [{ id: 'ais-1', name: 'Scoring' }] });
    expect(ana!.controls[0]).toMatchObject({ controlId: 'A.5.4', lastOutcome: 'ready', lastHeldOn: '2026-08-20' });
    expect(bo).toMatchObject({ toRehearse: ['A.7.5'], status: 'not-rehearsed' });
  });

  it('lists documents changed since the latest freeze', () => {
    const doc = build.documents({ id: 'doc-1', versions: [{ version: '2.0', status: 'approved', approvedOn: '2026-08-28' }] });
    const w = readinessWork(aimsOf({ documents: [doc], freezeBaselines: [build.freezeBaselines({ id: 'fz', frozenOn: '2026-08-25', documents: [] })] }), '2026-08-30');
    expect(w.freeze).toMatchObject({ baselineId: 'fz', ended: false, documentsChanged: [{ documentId: 'doc-1' }] });
  });
});
