// The seven-step readiness sequence of the weeks before Stage 1, with each step's purpose and when it is due.
import { addDays, type IsoDateString } from '../dates.ts';
import type { ReadinessStep } from '../model/index.ts';

export type ReadinessStepName = ReadinessStep['step'];

export interface ReadinessStepDefinition {
  readonly step: ReadinessStepName;
  readonly title: string;
  readonly purpose: string;
  /** Due this many weeks before Stage 1 (editable default, spread over the 8–12 readiness weeks). */
  readonly weeksBeforeStage1: number;
}

export const readinessSequence: readonly ReadinessStepDefinition[] = [
  { step: 'gap-review', title: 'Pre-audit gap review', weeksBeforeStage1: 8, purpose: 'Walk every clause and every applicable control against its documents and evidence.' },
  { step: 'soa-reconciliation', title: 'SoA reconciliation', weeksBeforeStage1: 7, purpose: 'Each applied control traces to the risks that need it; each exclusion is justified.' },
  { step: 'internal-audit-cycle', title: 'Internal audit cycle complete', weeksBeforeStage1: 5, purpose: 'At least one full internal audit done, its findings closed or closing.' },
  { step: 'management-review', title: 'Management review held', weeksBeforeStage1: 4, purpose: 'A review covering every required input and output, minuted.' },
  { step: 'evidence-index', title: 'Evidence index', weeksBeforeStage1: 3, purpose: 'Every clause and applied control mapped to the records that evidence it.' },
  { step: 'mock-interviews', title: 'Mock interviews', weeksBeforeStage1: 2, purpose: 'Control owners and the AIMS owner rehearse explaining their controls and showing evidence.' },
  { step: 'document-freeze', title: 'Document version freeze', weeksBeforeStage1: 1, purpose: 'Document versions fixed so that Stage 1 does not chase a moving target.' },
];

/** The default due date of a step, counted back from Stage 1. */
export function readinessDueDate(step: ReadinessStepName, stage1: IsoDateString): IsoDateString {
  const def = readinessSequence.find((s) => s.step === step)!;
  return addDays(stage1, -7 * def.weeksBeforeStage1);
}
