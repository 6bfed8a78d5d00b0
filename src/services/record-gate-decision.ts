// Records the decision at a life-cycle gate of an AI system (8.1, A.6.2): who decided, when, on what evidence. A
// gate closes its stage, so an approval moves the system on to its next defined stage.
import { lifecycleStages, type GateRecord, type LifecycleStageName } from '../domain/index.ts';
import { isBlank } from '../domain/predicates/free-text.ts';
import { currentStageOf, gateFor } from '../domain/predicates/lifecycle-stages.ts';
import type { AimsDatabase, StoredRecord } from '../store/index.ts';
import { writeOrganisation } from '../store/writes.ts';
import { actingPerson, recordAsSeen, refuse, saveStep, type WorkflowActor } from './workflow-records.ts';

export type GateDecisionName = Exclude<GateRecord['decision'], 'pending'>;

export interface GateDecision {
  readonly aiSystemId: string;
  readonly expectedVersion: number;
  readonly stage: LifecycleStageName;
  readonly decision: GateDecisionName;
  readonly decidedOn: string;
  readonly evidenceIds: readonly string[];
  readonly notes?: string;
}

const order = (s: LifecycleStageName): number => lifecycleStages.indexOf(s);
const approves = (d: GateRecord['decision']): boolean => d === 'approved' || d === 'approved-with-conditions';

export async function recordGateDecision(db: AimsDatabase, organisationId: string, gate: GateDecision, actor: WorkflowActor): Promise<StoredRecord<'aiSystems'>> {
  return writeOrganisation(db, organisationId, actor, async (writer) => {
    const { record: system } = await recordAsSeen(writer, 'aiSystems', gate.aiSystemId, gate.expectedVersion);
    const at = { register: 'aiSystems' as const, recordId: system.id };
    const defined = [...system.lifecycle.stages].sort((a, b) => order(a) - order(b));
    if (!defined.includes(gate.stage)) {
      refuse(`AI system "${system.id}" does not define the stage ${gate.stage} in its life cycle (it defines: ${defined.join(', ') || 'none'}); define the stage first.`,
        [{ ...at, field: 'stage', message: `not among lifecycle.stages` }]);
    }
    if (gate.decision !== 'approved' && isBlank(gate.notes)) {
      refuse(`A gate ${gate.decision === 'rejected' ? 'rejection' : 'approval with conditions'} must say ${gate.decision === 'rejected' ? 'why' : 'which conditions'} (notes).`, [{ ...at, field: 'notes', message: 'required' }]);
    }
    if (approves(gate.decision)) {
      if (gate.evidenceIds.length === 0) {
        refuse(`Approving the ${gate.stage} gate of "${system.id}" needs the evidence it was decided on (evidenceIds): the verification, validation or assessment results.`, [{ ...at, field: 'evidenceIds', message: 'at least one evidence item' }]);
      }
      const unpassed = defined.filter((s) => order(s) < order(gate.stage)).filter((s) => { const g = gateFor(s, system.lifecycle.gates); return !g || !approves(g.decision); });
      if (unpassed.length > 0) {
        refuse(`The ${gate.stage} gate of "${system.id}" cannot be approved before the gates of the earlier stages: ${unpassed.join(', ')}.`, [{ ...at, field: 'stage', message: `earlier gates not approved: ${unpassed.join(', ')}` }]);
      }
    }
    const approver = await actingPerson(writer, actor, 'decide a life-cycle gate');
    const record: GateRecord = {
      stage: gate.stage, decision: gate.decision, approverId: approver.id, decidedOn: gate.decidedOn, evidenceIds: [...gate.evidenceIds],
      ...(gate.notes !== undefined ? { notes: gate.notes } : {}),
    };
    const current = currentStageOf(system);
    // Passing the gate of the stage the system is at (or of a system whose stage is unknown) moves it to the next one.
    const next = defined.find((s) => order(s) > order(gate.stage));
    const moves = approves(gate.decision) && next !== undefined && (current === undefined || current === gate.stage);
    return saveStep(writer, 'aiSystems', {
      ...system, lifecycle: { ...system.lifecycle, gates: [...system.lifecycle.gates, record], ...(moves ? { currentStage: next } : {}) },
    }, gate.expectedVersion);
  });
}
