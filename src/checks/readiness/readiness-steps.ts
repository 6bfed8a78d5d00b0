// The seven readiness steps before Stage 1 (the seed's sequence; once certified, before the cycle's next audit), each with a state derived from the data: the
// organisation's own tracking (readinessSteps) where it keeps one, checked against what the records show.
import {
  addMonths,
  isBefore,
  isOnOrBefore,
  readinessStepNames,
  type AimsSnapshot,
  type ReadinessStep,
} from '../../domain/index.ts';
import { readinessSequence, type ReadinessStepName } from '../../domain/certification/index.ts';
import type { EvidenceIndex } from './evidence-index.ts';
import { auditCycleStep, freezeStep, managementReviewStep, mockInterviewStep, preparedFor, soaReconciliationStep, type StepEvidence } from './readiness-step-rules.ts';
import type { CheckResult, Subject } from '../types.ts';

export type StepState = 'done' | 'in-progress' | 'not-started';

const titles = new Map(readinessSequence.map((s) => [s.step, s.title]));

export interface ReadinessStepStatus {
  readonly number: number;
  readonly step: ReadinessStepName;
  readonly title: string;
  readonly state: StepState;
  /** The organisation's own record of the step, when it tracks it. */
  readonly tracked?: Pick<ReadinessStep, 'id' | 'status' | 'completedOn' | 'dueDate' | 'ownerId'>;
  /** What the data shows, in one sentence. */
  readonly evidence: string;
  /** What is still needed before the step counts as done; empty when done. */
  readonly outstanding: readonly string[];
  /** The organisation marked the step done, but the records do not bear it out. */
  readonly contradicted: boolean;
  readonly subjects: readonly Subject[];
}

/** The record kept for a step: a done one first, then the most recent. */
function trackedSteps(aims: AimsSnapshot): Map<string, ReadinessStep> {
  const score = (s: ReadinessStep) => `${s.status === 'done' ? 1 : 0}${s.completedOn ?? s.dueDate ?? ''}`;
  const out = new Map<string, ReadinessStep>();
  for (const s of aims.readinessSteps) {
    const seen = out.get(s.step);
    if (!seen || score(seen) < score(s)) out.set(s.step, s);
  }
  return out;
}

/** A gap review leaves no trace but its own record: it counts when recorded done within the last 12 months. */
function gapReviewStep(aims: AimsSnapshot, tracked: ReadinessStep | undefined, now: string): StepEvidence {
  if (!tracked || tracked.status !== 'done') {
    return { evidenced: false, started: false, evidence: 'No completed gap review is recorded.', outstanding: ['Walk through every clause and applicable control against documentation and evidence, and record the review as done.'], subjects: [] };
  }
  if (tracked.completedOn === undefined || isBefore(now, tracked.completedOn)) {
    return { evidenced: false, started: true, evidence: 'The gap review is marked done without a completion date.', outstanding: ['Record the date the gap review was completed.'], subjects: [] };
  }
  if (isBefore(tracked.completedOn, addMonths(now, -12))) {
    return { evidenced: false, started: true, evidence: `The last gap review was completed on ${tracked.completedOn}, more than 12 months ago.`, outstanding: [`Repeat the gap review before ${preparedFor(aims, now)}.`], subjects: [] };
  }
  return { evidenced: true, started: true, evidence: `Gap review completed on ${tracked.completedOn}.`, outstanding: [], subjects: [] };
}

function evidenceIndexStep(index: EvidenceIndex): StepEvidence {
  const { clauses, controls } = index.summary;
  const evidence = `${clauses.evidenced} of ${clauses.total} clauses and ${controls.evidenced} of ${controls.total} applied ${controls.total === 1 ? 'control' : 'controls'} have current evidence`
    + `${clauses.interviewOrObservation + controls.interviewOrObservation > 0 ? `; ${clauses.interviewOrObservation + controls.interviewOrObservation} ask for no records (verified by interview or observation)` : ''}.`;
  const blocking = index.gaps.filter((g) => g.status === 'no-evidence' || g.status === 'only-expired');
  const outstanding = [
    ...(controls.total === 0 ? ['Include controls in the SoA: the index maps each applied control to its evidence.'] : []),
    ...(blocking.length > 0 ? [`Link evidence to ${blocking.map((g) => g.ref).join(', ')}.`] : []),
  ];
  const started = clauses.evidenced + controls.evidenced > 0;
  return { evidenced: outstanding.length === 0, started, evidence, outstanding, subjects: [] };
}

/** The internal audits a finding of internal-audit-not-independent names: they show no objective coverage. */
export function auditsNotObjective(results: readonly CheckResult[]): Set<string> {
  return new Set(results
    .filter((r) => r.check === 'internal-audit-not-independent' && r.outcome === 'finding')
    .flatMap((r) => r.subjects.filter((s) => s.register === 'internalAudits').map((s) => s.id)));
}

/** Derives the seven steps in the seed's order; with the check results, no step reads done against a finding. */
export function readinessStepsOf(aims: AimsSnapshot, index: EvidenceIndex, now: string, results: readonly CheckResult[] = []): ReadinessStepStatus[] {
  const tracked = trackedSteps(aims);
  const derive: Record<ReadinessStepName, () => StepEvidence> = {
    'gap-review': () => gapReviewStep(aims, tracked.get('gap-review'), now),
    'soa-reconciliation': () => soaReconciliationStep(aims, now),
    'internal-audit-cycle': () => auditCycleStep(aims, now, auditsNotObjective(results)),
    'management-review': () => managementReviewStep(aims, now),
    'evidence-index': () => evidenceIndexStep(index),
    'mock-interviews': () => mockInterviewStep(aims, now),
    'document-freeze': () => freezeStep(aims, now),
  };
  return readinessStepNames.map((step, i) => {
    const t = tracked.get(step);
    const e = derive[step]();
    const trackedStarted = t !== undefined && t.status !== 'not-started';
    const state: StepState = e.evidenced ? 'done' : e.started || trackedStarted ? 'in-progress' : 'not-started';
    const contradicted = t?.status === 'done' && !e.evidenced;
    const trackedPart = t
      ? { tracked: { id: t.id, status: t.status, ...(t.completedOn ? { completedOn: t.completedOn } : {}), ...(t.dueDate ? { dueDate: t.dueDate } : {}), ...(t.ownerId ? { ownerId: t.ownerId } : {}) } }
      : {};
    const overdue = t && t.status !== 'done' && t.dueDate !== undefined && !e.evidenced && !isOnOrBefore(now, t.dueDate)
      ? [`The step was due on ${t.dueDate}.`] : [];
    return {
      number: i + 1,
      step,
      title: titles.get(step) ?? step,
      state,
      ...trackedPart,
      evidence: e.evidence,
      outstanding: [...e.outstanding, ...overdue],
      contradicted,
      subjects: [...(t ? [{ register: 'readinessSteps' as const, id: t.id, label: t.step }] : []), ...e.subjects],
    };
  });
}
