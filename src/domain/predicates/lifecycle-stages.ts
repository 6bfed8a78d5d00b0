// An AI system's walk through its life cycle: which stages it has passed, and what each passed stage's gate lacks.
import { lifecycleStages, type AiSystem, type GateRecord, type LifecycleStageName } from '../model/index.ts';

const order = new Map<LifecycleStageName, number>(lifecycleStages.map((s, i) => [s, i]));

/**
 * The stage the system is at: as recorded, else as its status implies (in operation means operating, retired
 * means retirement). Undefined when neither tells, e.g. a system in development with no current stage.
 */
export function currentStageOf(system: AiSystem): LifecycleStageName | undefined {
  if (system.lifecycle.currentStage) return system.lifecycle.currentStage;
  if (system.status === 'in-operation') return 'operation-and-monitoring';
  if (system.status === 'retired') return 'retirement';
  if (system.status === 'proposed') return 'inception';
  return undefined;
}

/**
 * The defined stages the system has gone past, in life-cycle order: each stage before the current one. A gate
 * closes a stage (the deployment gate is passed on the way into operation), so the current stage's gate is not
 * due yet.
 */
export function passedStages(system: AiSystem): LifecycleStageName[] {
  const current = currentStageOf(system);
  if (current === undefined) return [];
  const at = order.get(current) ?? 0;
  return [...system.lifecycle.stages]
    .filter((s) => (order.get(s) ?? 0) < at)
    .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

export type GateGap = 'no gate record' | 'gate not approved' | 'no approver' | 'no decision date' | 'no evidence';

const approved = (g: GateRecord) => g.decision === 'approved' || g.decision === 'approved-with-conditions';

/**
 * The gate that lets the system past a stage: an approved one if any (the latest decided), else the latest
 * record, so a rejected gate that was later approved counts as approved.
 */
export function gateFor(stage: LifecycleStageName, gates: readonly GateRecord[]): GateRecord | undefined {
  const forStage = gates.filter((g) => g.stage === stage);
  const pool = forStage.some(approved) ? forStage.filter(approved) : forStage;
  return pool.reduce<GateRecord | undefined>(
    (best, g) => (best === undefined || (g.decidedOn ?? '') >= (best.decidedOn ?? '') ? g : best),
    undefined,
  );
}

/**
 * What a passed stage's gate lacks for a walkthrough: a record at all, an approving decision, an approver, a
 * date, evidence. `evidenceExists` says whether an evidence id points at a real evidence item.
 */
export function gateGaps(gate: GateRecord | undefined, evidenceExists: (id: string) => boolean): GateGap[] {
  if (!gate) return ['no gate record'];
  const gaps: GateGap[] = [];
  if (!approved(gate)) gaps.push('gate not approved');
  if (!gate.approverId) gaps.push('no approver');
  if (!gate.decidedOn) gaps.push('no decision date');
  if (!gate.evidenceIds.some(evidenceExists)) gaps.push('no evidence');
  return gaps;
}

/**
 * Whether a passed stage is one the system went through before the AIMS existed and that its retrospective
 * baseline stands in for: stages before the baseline's `atStage`. An auditor does not expect gate records invented
 * after the fact for those; the baseline documenting the system as it was adopted is the evidence.
 */
export function coveredByBaseline(system: AiSystem, stage: LifecycleStageName): boolean {
  const baseline = system.lifecycle.retrospectiveBaseline;
  if (!baseline) return false;
  return (order.get(stage) ?? 0) < (order.get(baseline.atStage) ?? 0);
}

export type BaselineGap = 'no approver' | 'no evidence';

/** What a retrospective baseline lacks to stand in for past gates: someone who approved it, and evidence or a document. */
export function baselineGaps(
  system: AiSystem,
  exists: { evidence: (id: string) => boolean; document: (id: string) => boolean },
): BaselineGap[] {
  const baseline = system.lifecycle.retrospectiveBaseline;
  if (!baseline) return [];
  const gaps: BaselineGap[] = [];
  if (!baseline.approverId) gaps.push('no approver');
  const documented = (baseline.evidenceIds ?? []).some(exists.evidence) || (baseline.documentId !== undefined && exists.document(baseline.documentId));
  if (!documented) gaps.push('no evidence');
  return gaps;
}
